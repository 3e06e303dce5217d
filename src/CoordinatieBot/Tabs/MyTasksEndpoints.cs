using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Tabs;
using CoordinatieBot.Teams.Bot;

namespace CoordinatieBot.Tabs;

/// <summary>GET /api/tabs/tasks and POST /api/tabs/tasks/{familyId}/{number}: the "Mijn taken" tab.</summary>
public static class MyTasksEndpoints
{
    public static IServiceCollection AddMyTasksTab(this IServiceCollection services) => services.AddSingleton<MyTasksTab>();

    public static RouteGroupBuilder MapMyTasksApi(this RouteGroupBuilder api)
    {
        api.MapGet("/tasks", ReadAsync);
        api.MapPost("/tasks/{familyId}/{number:int}", UpdateAsync);
        return api;
    }

    private static async Task<IResult> ReadAsync(HttpContext http, MyTasksTab tab, CancellationToken ct)
    {
        var user = http.User();
        try
        {
            var page = await tab.ReadAsync(PersonOf(user), ct);
            var tenant = user.TenantId;
            return Results.Json(new MyTasksJson.Page(
                Conversation.Coordination.CardVerbs.LanguageCode(page.Language), page.Today, page.Texts,
                page.Tasks.Select(t => MyTasksJson.Row.Of(t, tenant)).ToList()));
        }
        catch (StorageUnavailableException)
        {
            return Unavailable(user);
        }
    }

    private static async Task<IResult> UpdateAsync(string familyId, int number, HttpContext http, MyTasksTab tab, LivingPlanCard livingCard,
        CancellationToken ct)
    {
        var user = http.User();
        var person = PersonOf(user);
        MyTasksJson.Update? body;
        try
        {
            body = await http.Request.ReadFromJsonAsync<MyTasksJson.Update>(ct);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or BadHttpRequestException)
        {
            body = null;
        }
        if (body is null) return Results.BadRequest(new MyTasksJson.Answer(Conversation.Texts.TabTexts.Tasks.UnknownAction(person.Language)));

        MyTaskResult result;
        try
        {
            result = await tab.UpdateAsync(person, familyId, number, new MyTaskUpdate(body.Action, body.Date), ct);
        }
        catch (StorageUnavailableException)
        {
            return Unavailable(user);
        }

        // Saved already: the living card is brought up to date as the card buttons do, and a failure there (logged) changes no answer.
        if (result.PlanChanged is { } plan) await livingCard.UpdateAsync(user.TenantId, plan, ct);
        return result.Outcome switch
        {
            MyTaskOutcome.Saved => Results.Ok(new MyTasksJson.Updated(result.Message, result.Task is { } row ? MyTasksJson.Row.Of(row, user.TenantId) : null)),
            MyTaskOutcome.NotFound => Results.NotFound(new MyTasksJson.Answer(result.Message)),
            MyTaskOutcome.Unavailable => Results.Json(new MyTasksJson.Answer(result.Message), statusCode: StatusCodes.Status503ServiceUnavailable),
            _ => Results.BadRequest(new MyTasksJson.Answer(result.Message)),
        };
    }

    private static MyTasksPerson PersonOf(TabUser user) =>
        new(user.TenantId, user.AadObjectId, user.Language);

    private static IResult Unavailable(TabUser user) => Results.Json(
        new MyTasksJson.Answer(Conversation.Texts.Messages.StorageDown(PersonOf(user).Language)), statusCode: StatusCodes.Status503ServiceUnavailable);
}
