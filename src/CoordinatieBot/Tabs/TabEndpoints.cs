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
        builder.Services.AddFamilyPlanTab();
        return builder;
    }

    public static WebApplication MapTabs(this WebApplication app)
    {
        var policy = TabPagePolicy.ContentSecurityPolicy(app.Environment.IsDevelopment());
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = file => TabPagePolicy.Apply(file.Context.Response, policy) });
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
        api.MapFamilyPlanApi();
        return app;
    }

    /// <summary>The person the filter above signed in.</summary>
    public static TabUser User(this HttpContext http) => (TabUser)http.Items[UserItem]!;
}
