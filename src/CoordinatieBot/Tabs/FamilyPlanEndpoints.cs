using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Tabs;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Teams.Bot;

namespace CoordinatieBot.Tabs;

/// <summary>
/// "Plan voor het gezin" (issue 19), for the family's regisseur only:
/// <c>GET /api/tabs/family-plan/{familyId}</c> (the page's JSON), <c>GET|POST /api/tabs/family-plan/{familyId}/pdf</c>
/// (the PDF; the name to print comes in the query or, from the page, in the body, and is used for this PDF only: never
/// stored, never logged) and <c>POST /api/tabs/family-plan/{familyId}/shared</c> ("gedeeld met het gezin", and
/// perhaps "besproken"). Anyone else, another family's id or no such family: 404 with the same words.
/// </summary>
public static class FamilyPlanEndpoints
{
    public const string PdfContentType = "application/pdf";

    public static IServiceCollection AddFamilyPlanTab(this IServiceCollection services)
    {
        services.AddSingleton<FamilyPlanTab>();
        services.AddSingleton(sp => new DebianFontResolver(sp.GetRequiredService<IConfiguration>()["FamilyPlan:FontDirectory"]));
        return services;
    }

    public static RouteGroupBuilder MapFamilyPlanApi(this RouteGroupBuilder api)
    {
        api.MapGet("/family-plan/{familyId}", ReadAsync);
        api.MapGet("/family-plan/{familyId}/pdf", (string familyId, string? name, string? familyLang, HttpContext http, FamilyPlanTab tab, DebianFontResolver fonts, CancellationToken ct) =>
            PdfAsync(familyId, name, familyLang, http, tab, fonts, ct));
        api.MapPost("/family-plan/{familyId}/pdf", async (string familyId, HttpContext http, FamilyPlanTab tab, DebianFontResolver fonts, CancellationToken ct) =>
        {
            var body = await BodyAsync<PdfRequest>(http, ct);
            return await PdfAsync(familyId, body?.Name, body?.FamilyLanguage, http, tab, fonts, ct);
        });
        api.MapPost("/family-plan/{familyId}/shared", SharedAsync);
        return api;
    }

    /// <summary>The page's PDF request: the name to print (never kept) and the family's language ("nl" or "en").</summary>
    public sealed record PdfRequest(string? Name, string? FamilyLanguage);

    public sealed record SharedRequest(bool Discussed);

    public sealed record Answer(string Message);

    private static async Task<IResult> ReadAsync(string familyId, string? familyLang, HttpContext http, FamilyPlanTab tab, CancellationToken ct)
    {
        var user = http.User();
        return await Guarded(user, async () =>
        {
            var result = await tab.ReadAsync(Person(user), familyId, FamilyLanguage(familyLang), null, ct);
            if (result.Page is not { } page) return NotFound(user);
            return Results.Json(new
            {
                language = Conversation.Coordination.CardVerbs.LanguageCode(page.Language),
                familyLanguage = Conversation.Coordination.CardVerbs.LanguageCode(page.Document.Language),
                texts = page.Texts,
                document = Json(page.Document),
            });
        });
    }

    /// <summary>The document as the page reads it: each line's kind by name (subheading, quote, text, detail, signLine).</summary>
    private static object Json(FamilyPlanDocument d) => new
    {
        title = d.Title,
        intro = d.Intro,
        madeOn = d.MadeOn,
        sections = d.Sections.Select(s => new
        {
            heading = s.Heading,
            lines = s.Lines.Select(l => new { kind = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(l.Kind.ToString()), text = l.Text }),
        }),
    };

    private static async Task<IResult> PdfAsync(string familyId, string? name, string? familyLang, HttpContext http, FamilyPlanTab tab, DebianFontResolver fonts,
        CancellationToken ct)
    {
        var user = http.User();
        return await Guarded(user, async () =>
        {
            var result = await tab.ReadAsync(Person(user), familyId, FamilyLanguage(familyLang), name, ct);
            if (result.Page is not { } page) return NotFound(user);
            var bytes = FamilyPlanPdf.Render(page.Document, fonts);
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{TabTexts.FamilyPlan.FileName(page.Document.Language)}\"";
            return Results.Bytes(bytes, PdfContentType);
        });
    }

    private static async Task<IResult> SharedAsync(string familyId, HttpContext http, FamilyPlanTab tab, LivingPlanCard livingCard, CancellationToken ct)
    {
        var user = http.User();
        var body = await BodyAsync<SharedRequest>(http, ct);
        return await Guarded(user, async () =>
        {
            var result = await tab.SharedAsync(Person(user), familyId, body?.Discussed == true, ct);
            // Saved already: the living card shows "besproken" when it changed; a failure there (logged) changes no answer.
            if (result.PlanChanged is { } plan) await livingCard.UpdateAsync(user.TenantId, plan, ct);
            return result.Outcome switch
            {
                FamilyPlanOutcome.Ok => Results.Ok(new Answer(result.Message!)),
                FamilyPlanOutcome.NotFound => NotFound(user),
                FamilyPlanOutcome.Unavailable => Results.Json(new Answer(result.Message!), statusCode: StatusCodes.Status503ServiceUnavailable),
                _ => Results.BadRequest(new Answer(result.Message ?? TabTexts.FamilyPlan.Failed(user.Language))),
            };
        });
    }

    private static async Task<T?> BodyAsync<T>(HttpContext http, CancellationToken ct) where T : class
    {
        try
        {
            return http.Request.HasJsonContentType() ? await http.Request.ReadFromJsonAsync<T>(ct) : null;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or BadHttpRequestException)
        {
            return null;
        }
    }

    private static async Task<IResult> Guarded(TabUser user, Func<Task<IResult>> answer)
    {
        try
        {
            return await answer();
        }
        catch (StorageUnavailableException)
        {
            return Results.Json(new Answer(Messages.StorageDown(user.Language)), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    /// <summary>The language the page picks for the family's plan ("en" or "nl"); null: the family's own (set in the thread).</summary>
    private static Language? FamilyLanguage(string? code) => code switch
    {
        { } c when c.StartsWith("en", StringComparison.OrdinalIgnoreCase) => Language.English,
        { } c when c.StartsWith("nl", StringComparison.OrdinalIgnoreCase) => Language.Dutch,
        _ => null,
    };

    private static IResult NotFound(TabUser user) => Results.NotFound(new Answer(TabTexts.FamilyPlan.NotFound(user.Language)));

    private static MyTasksPerson Person(TabUser user) => new(user.TenantId, user.AadObjectId, user.Language);
}
