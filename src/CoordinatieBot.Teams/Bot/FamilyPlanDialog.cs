using System.Text.Json;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Teams.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Teams.Bot;

/// <summary>
/// <c>task/fetch</c> from the "Plan voor het gezin" button (the chat's card and the plan card): a Teams dialog that shows
/// the host's page <c>/tabs/familyplan.html</c> for that family, which signs in with Teams SSO as the tabs do and shows
/// the plan only to the family's regisseur. Nothing is read or saved here: the page decides, so a forged button opens
/// nothing it could not open anyway.
/// </summary>
public sealed class FamilyPlanDialog(IConfiguration configuration, ILogger<FamilyPlanDialog> log)
{
    public const string PagePath = "/tabs/familyplan.html";

    public InvokeResponse Handle(Activity activity, HttpRequest request)
    {
        var l = activity.Locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? Language.English : Language.Dutch;
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value || !value.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object ||
            Read(data, CardVerbs.Keys.Card) != CardVerbs.OpenFamilyPlan || Read(data, CardVerbs.Keys.FamilyId) is not { } familyId || !Conversation.Tabs.TabFamilies.IsFamilyId(familyId))
            return InvokeResponse.DialogMessage(TabTexts.FamilyPlan.OpenOutsideTeams(l));
        // no language for the family's plan here: the page shows it in the family's language ("het gezin spreekt Engels")
        var page = $"{BaseUrl(request)}{PagePath}?family={Uri.EscapeDataString(familyId)}";
        log.LogInformation("Family plan dialog opened");
        return InvokeResponse.DialogPage(TabTexts.FamilyPlan.DialogTitle(l), page, page, height: 700, width: 900);
    }

    /// <summary>
    /// Where the host is seen from Teams: <c>Tabs:BaseUrl</c>; else the host of <c>Tabs:ApplicationIdUri</c>
    /// (<c>api://host/app-id</c>, the manifest's validDomains); else the address Teams reached the bot at.
    /// </summary>
    private string BaseUrl(HttpRequest request)
    {
        if (configuration["Tabs:BaseUrl"] is { Length: > 0 } configured) return configured.TrimEnd('/');
        if (configuration["Tabs:ApplicationIdUri"] is { Length: > 0 } idUri && Uri.TryCreate(idUri, UriKind.Absolute, out var uri) &&
            uri.Scheme == "api" && uri.Host.Contains('.', StringComparison.Ordinal))
            return "https://" + uri.Authority;
        // Behind App Service's TLS the request itself says http: Teams opens https pages only, except on this machine.
        var local = request.Host.Host is "localhost" or "127.0.0.1";
        return $"{(local ? request.Scheme : "https")}://{request.Host}";
    }

    private static string? Read(JsonElement data, string key) =>
        data.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
