using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Teams.Auth;

namespace CoordinatieBot.Tabs;

/// <summary>
/// Who is asking: a Teams SSO token in the Authorization header (validated by <see cref="TeamsSsoValidator"/>), or, only
/// when the bot runs without authentication (Development without an app id), <c>X-Dev-User</c> / <c>dev_user</c>.
/// With authentication on only tokens count, also in Development; outside Development the dev path never does.
/// </summary>
public static class TabSignIn
{
    public const string DevUserHeader = "X-Dev-User";
    public const string DevUserQuery = "dev_user";
    public const string DefaultDevelopmentTenantId = "00000000-0000-0000-0000-0000000000001";

    public static async Task<TabUser?> UserAsync(HttpContext http, CancellationToken ct)
    {
        var language = LanguageOf(http.Request);
        var sso = http.RequestServices.GetRequiredService<TeamsSsoValidator>();
        if (sso.IsEnabled)
        {
            return await sso.ValidateAsync(http.Request.Headers.Authorization.FirstOrDefault(), ct) is { } signedIn
                ? new TabUser(signedIn.TenantId, signedIn.AadObjectId, signedIn.Name, language)
                : null;
        }

        if (!http.RequestServices.GetRequiredService<IWebHostEnvironment>().IsDevelopment()) return null;
        var dev = http.Request.Headers[DevUserHeader].FirstOrDefault() ?? http.Request.Query[DevUserQuery].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(dev)) return null;
        var tenant = http.RequestServices.GetRequiredService<IConfiguration>()["Tabs:DevelopmentTenantId"] is { Length: > 0 } configured
            ? configured
            : DefaultDevelopmentTenantId;
        return new TabUser(tenant, dev.Trim(), null, language);
    }

    /// <summary>English when the page asks for it ("en", "en-us"), else Dutch.</summary>
    private static Language LanguageOf(HttpRequest request) =>
        request.Query["lang"].FirstOrDefault() is { } code && code.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.Dutch;
}
