namespace CoordinatieBot.Tabs;

/// <summary>
/// The tabs: static pages under /tabs/ and their JSON APIs under /api/tabs/, for the signed-in person only. Every API
/// answers 401 without a valid sign-in (<see cref="TabSignIn"/>); each feature maps its own routes.
/// </summary>
public static class TabEndpoints
{
    public const string UserItem = "CoordinatieBot.TabUser";

    /// <summary>What the tabs need besides the bot: each feature registers its own.</summary>
    public static WebApplicationBuilder AddTabs(this WebApplicationBuilder builder)
    {
        builder.Services.AddMyTasksTab();
        builder.Services.AddGuardOverviewTab();
        return builder;
    }

    /// <summary>
    /// Where the pages may be shown: in Teams (web, desktop, mobile; Microsoft 365 and Outlook host personal tabs too),
    /// and in Development also in a local page, to try them outside Teams.
    /// </summary>
    private const string TeamsFrameAncestors =
        "https://teams.microsoft.com https://*.teams.microsoft.com https://teams.cloud.microsoft https://*.cloud.microsoft " +
        "https://*.office.com https://outlook.office.com https://*.microsoft365.com https://*.skype.com";

    public static WebApplication MapTabs(this WebApplication app)
    {
        var frameAncestors = app.Environment.IsDevelopment() ? $"'self' http://localhost:* http://127.0.0.1:* {TeamsFrameAncestors}" : TeamsFrameAncestors;
        // The pages' own scripts and styles only (no inline code), their API on this host, and teams-js's list of valid
        // Teams origins from Microsoft's CDN (it falls back to a built-in list when that is blocked).
        var policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
                     $"connect-src 'self' https://res.cdn.office.net; base-uri 'none'; form-action 'none'; frame-ancestors {frameAncestors}";
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file =>
            {
                var headers = file.Context.Response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
            },
        });
        var api = app.MapGroup("/api/tabs").AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            http.Response.Headers.CacheControl = "no-store";
            if (await TabSignIn.UserAsync(http, http.RequestAborted) is not { } user)
                return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in with Teams to see this.");
            http.Items[UserItem] = user;
            return await next(context);
        });
        api.MapMyTasksApi();
        api.MapGuardOverviewApi();
        return app;
    }

    /// <summary>The person the filter above signed in.</summary>
    public static TabUser User(this HttpContext http) => (TabUser)http.Items[UserItem]!;
}
