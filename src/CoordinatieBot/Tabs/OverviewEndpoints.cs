using System.Text;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Tabs;
using CoordinatieBot.Conversation.Texts;

namespace CoordinatieBot.Tabs;

/// <summary>GET /api/tabs/overview and /api/tabs/overview.csv: the guard's "regie op regie" tab.</summary>
public static class OverviewEndpoints
{
    public static IServiceCollection AddGuardOverviewTab(this IServiceCollection services) =>
        services.AddSingleton<GuardOverviewReader>();

    public static RouteGroupBuilder MapGuardOverviewApi(this RouteGroupBuilder api)
    {
        api.MapGet("/overview", (HttpContext http, GuardOverviewReader reader, CancellationToken ct) =>
            WithOverviewAsync(http, reader, ct, (overview, l) => Results.Json(new
            {
                language = Conversation.Coordination.CardVerbs.LanguageCode(l),
                today = overview.Today,
                roleText = overview.RoleText,
                texts = TabTexts.Overview.Page(l),
                families = overview.Families,
                escalations = overview.Escalations,
                patterns = overview.Patterns,
            })));
        api.MapGet("/overview.csv", (HttpContext http, GuardOverviewReader reader, CancellationToken ct) =>
            WithOverviewAsync(http, reader, ct, (overview, l) =>
            {
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"{TabTexts.Overview.CsvFileName(overview.Today)}\"";
                return Results.Bytes([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(GuardOverviewCsv.Write(overview, l))], GuardOverviewCsv.ContentType);
            }));
        return api;
    }

    /// <summary>Reads the signed-in person's overview and answers with it; 403 when they guard no family, 503 when storage is out of reach.</summary>
    private static async Task<IResult> WithOverviewAsync(HttpContext http, GuardOverviewReader reader, CancellationToken ct, Func<GuardOverview, Language, IResult> answer)
    {
        var user = http.User();
        var l = user.Language;
        try
        {
            return await reader.ReadAsync(user.TenantId, user.AadObjectId, l, ct) is { } overview
                ? answer(overview, l)
                : Results.Json(new { message = TabTexts.Overview.NotAGuard(l) }, statusCode: StatusCodes.Status403Forbidden);
        }
        catch (StorageUnavailableException)
        {
            return Results.Json(new { message = TabTexts.Overview.StorageDown(l) }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
