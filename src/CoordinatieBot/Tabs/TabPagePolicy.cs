namespace CoordinatieBot.Tabs;

/// <summary>
/// The headers the tab pages are served with: a Content-Security-Policy that allows the pages' own scripts and styles
/// only (they have no inline code), their API on this host, teams-js's list of valid Teams origins from Microsoft's CDN
/// (it falls back to a built-in list when that is blocked), and a frame only in Teams; in Development also in a local page.
/// </summary>
public static class TabPagePolicy
{
    /// <summary>Teams on the web, desktop and mobile; Microsoft 365 and Outlook show personal tabs too.</summary>
    private static readonly string[] TeamsOrigins =
    [
        "https://teams.microsoft.com", "https://*.teams.microsoft.com", "https://teams.cloud.microsoft", "https://*.cloud.microsoft",
        "https://*.office.com", "https://outlook.office.com", "https://*.microsoft365.com", "https://*.skype.com",
    ];

    private static readonly string[] LocalOrigins = ["'self'", "http://localhost:*", "http://127.0.0.1:*"];

    public static string ContentSecurityPolicy(bool development)
    {
        var directives = new (string Name, string[] Sources)[]
        {
            ("default-src", ["'self'"]),
            ("script-src", ["'self'"]),
            ("style-src", ["'self'"]),
            ("img-src", ["'self'", "data:"]),
            ("connect-src", ["'self'", "https://res.cdn.office.net"]),
            ("base-uri", ["'none'"]),
            ("form-action", ["'none'"]),
            ("frame-ancestors", development ? [.. LocalOrigins, .. TeamsOrigins] : TeamsOrigins),
        };
        return string.Join("; ", directives.Select(d => d.Name + " " + string.Join(' ', d.Sources)));
    }

    public static void Apply(HttpResponse response, string contentSecurityPolicy)
    {
        response.Headers.ContentSecurityPolicy = contentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }
}
