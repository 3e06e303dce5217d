namespace CoordinatieBot.Tabs;

/// <summary>Who is asking: a Teams SSO token in the Authorization header, or in Development only <c>dev_user</c>.</summary>
public static class TabSignIn
{
    public const string DevUserHeader = "X-Dev-User";
    public const string DevUserQuery = "dev_user";

    // TODO(H1): validate the Teams SSO bearer token (Teams/Auth); this stub only knows the Development path.
    public static Task<TabUser?> UserAsync(HttpContext http, CancellationToken ct)
    {
        var env = http.RequestServices.GetRequiredService<IWebHostEnvironment>();
        if (!env.IsDevelopment()) return Task.FromResult<TabUser?>(null);
        var dev = http.Request.Headers[DevUserHeader].FirstOrDefault() ?? http.Request.Query[DevUserQuery].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(dev)) return Task.FromResult<TabUser?>(null);
        var tenant = http.RequestServices.GetRequiredService<IConfiguration>()["Tabs:DevelopmentTenantId"] ?? "00000000-0000-0000-0000-0000000000001";
        return Task.FromResult<TabUser?>(new TabUser(tenant, dev.Trim(), null, http.Request.Query["lang"].FirstOrDefault()));
    }
}
