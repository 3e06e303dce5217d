using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json.Nodes;
using CoordinatieBot.IntegrationTests.Infrastructure;
using CoordinatieBot.Teams.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoordinatieBot.IntegrationTests.Tabs;

/// <summary>
/// The tabs' sign-in with authentication on, as in production: Teams SSO tokens (Entra ID access tokens) signed with a
/// tenant's key from a loopback stand-in for login.microsoftonline.com (<see cref="OpenIdTestServer"/>).
/// </summary>
public sealed class TabSignInTests
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string ApplicationIdUri = "api://coordinatiebot.example.nl/" + AppId;
    private const string Tenant = "aaaaaaaa-1111-2222-3333-444444444444";
    private const string OtherTenant = "bbbbbbbb-1111-2222-3333-444444444444";

    [Fact]
    public async Task A_valid_teams_sso_token_signs_the_person_in_and_shows_their_tasks()
    {
        await using var host = await SsoHost.StartAsync();
        var chat = new Chat(host.App, host.BotHttp, "19:vlinder@thread.v2", tenantId: Tenant);
        await chat.SayAsync(Persona.Piet, "start gezin Vlinder");
        await chat.SayAsync(Persona.Piet, "taak: ik bel de school voor 4 december");

        var response = await host.GetTasksAsync(host.Token(Persona.Piet.AadObjectId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var task = Assert.Single((await response.Content.ReadFromJsonAsync<JsonNode>())!["tasks"]!.AsArray())!;
        Assert.Equal("bel de school", task["title"]!.GetValue<string>());
        Assert.Equal($"https://teams.microsoft.com/l/chat/19%3Avlinder%40thread.v2/conversations?tenantId={Tenant}", task["chatUrl"]!.GetValue<string>());
        Assert.Empty((await (await host.GetTasksAsync(host.Token(Persona.Olga.AadObjectId))).Content.ReadFromJsonAsync<JsonNode>())!["tasks"]!.AsArray());
    }

    [Fact]
    public async Task The_v1_issuer_and_the_bare_app_id_as_audience_are_accepted()
    {
        await using var host = await SsoHost.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await host.GetTasksAsync(host.Token("aad-piet", issuer: $"https://sts.windows.net/{Tenant}/"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.GetTasksAsync(host.Token("aad-piet", audience: AppId))).StatusCode);
    }

    /// <summary>Every API the tabs have: each answers 401 to the same bad sign-ins.</summary>
    private static readonly (HttpMethod Method, string Path)[] TabApis =
    [
        (HttpMethod.Get, "/api/tabs/tasks"),
        (HttpMethod.Post, "/api/tabs/tasks/some-family/1"),
        (HttpMethod.Get, "/api/tabs/overview"),
        (HttpMethod.Get, "/api/tabs/overview.csv"),
        (HttpMethod.Get, "/api/tabs/family-plan/some-family"),
        (HttpMethod.Get, "/api/tabs/family-plan/some-family/pdf"),
        (HttpMethod.Post, "/api/tabs/family-plan/some-family/pdf"),
        (HttpMethod.Post, "/api/tabs/family-plan/some-family/shared"),
    ];

    [Fact]
    public async Task Every_other_token_is_refused_with_401_and_logged_without_its_contents()
    {
        await using var host = await SsoHost.StartAsync();
        host.OpenId.Publish(OtherTenant, host.OtherTenantKey);
        var wrongKey = OpenIdTestServer.NewKey(SsoHost.KeyId); // the published key id, another key
        var now = host.App.Clock.GetUtcNow().UtcDateTime;
        var refused = new Dictionary<string, string?>
        {
            ["no header"] = null,
            ["not a bearer token"] = "Basic " + Convert.ToBase64String("a:b"u8.ToArray()),
            ["not a JWT"] = "Bearer not-a-token",
            ["another audience"] = "Bearer " + host.Token("aad-piet", audience: "api://someone-else.example.com/" + AppId),
            ["expired"] = "Bearer " + host.Token("aad-piet", notBefore: now.AddHours(-2), expires: now.AddMinutes(-6)),
            ["not yet valid"] = "Bearer " + host.Token("aad-piet", notBefore: now.AddMinutes(10), expires: now.AddHours(1)),
            ["a tenant that is not allowed, signed with its own key"] = "Bearer " + host.Token("aad-piet", tenant: OtherTenant, key: host.OtherTenantKey),
            ["issued by another tenant than its tid"] = "Bearer " + host.Token("aad-piet", issuer: $"https://login.microsoftonline.com/{OtherTenant}/v2.0"),
            ["signed with a wrong key"] = "Bearer " + host.Token("aad-piet", key: wrongKey),
            ["without access_as_user"] = "Bearer " + host.Token("aad-piet", scope: "User.Read"),
            ["without an object id"] = "Bearer " + host.Token(null),
        };
        foreach (var (why, header) in refused)
            foreach (var (method, path) in TabApis)
            {
                var response = await host.SendAsync(method, path, header);
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{why}, {method} {path}: {response.StatusCode}");
                Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            }

        var refusals = host.Logs.Entries.Where(e => e.Message.StartsWith("Tab sign-in refused", StringComparison.Ordinal)).ToList();
        Assert.Equal(refused.Count * TabApis.Length, refusals.Count);
        Assert.All(refusals, e => Assert.Equal(LogLevel.Warning, e.Level));
        var logged = string.Join("\n", host.Logs.Entries.Select(e => e.Text));
        foreach (var header in refused.Values.OfType<string>().Where(h => h.Length > 30)) Assert.DoesNotContain(header[7..37], logged);
        Assert.DoesNotContain("aad-piet", logged);
        Assert.DoesNotContain("Piet de Vries", logged);
    }

    [Fact]
    public async Task With_authentication_on_dev_user_counts_for_nothing_also_in_development()
    {
        await using var host = await SsoHost.StartAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.GetAsync("/api/tabs/tasks?dev_user=aad-piet")).StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/tabs/tasks");
        request.Headers.Add("X-Dev-User", "aad-piet");
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Outside_development_dev_user_counts_for_nothing_and_a_token_does()
    {
        await using var host = await SsoHost.StartAsync(new Dictionary<string, string?> { ["Environment"] = "Production" });
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.GetAsync("/api/tabs/tasks?dev_user=aad-piet")).StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/tabs/tasks");
        request.Headers.Add("X-Dev-User", "aad-piet");
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.SendAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.GetTasksAsync(host.Token("aad-piet"))).StatusCode);
    }

    [Fact]
    public async Task A_single_tenant_bot_only_signs_in_its_own_tenant()
    {
        await using var host = await SsoHost.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = Tenant,
            // Both allowed: only being the bot's own tenant tells them apart.
            ["Bot:AllowedTenants:0"] = OtherTenant,
            ["Bot:AllowedTenants:1"] = Tenant,
        });
        host.OpenId.Publish(OtherTenant, host.OtherTenantKey);
        Assert.Equal(HttpStatusCode.OK, (await host.GetTasksAsync(host.Token("aad-piet"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.GetTasksAsync(host.Token("aad-piet", tenant: OtherTenant, key: host.OtherTenantKey))).StatusCode);
    }

    /// <summary>The bot with authentication on, Entra metadata for <see cref="Tenant"/> served by a loopback OpenID server.</summary>
    private sealed class SsoHost : IAsyncDisposable
    {
        public const string KeyId = "tenant-key-1";

        private SsoHost(OpenIdTestServer openId, FakeConnector connector)
        {
            OpenId = openId;
            Connector = connector;
        }

        public OpenIdTestServer OpenId { get; }
        public FakeConnector Connector { get; }
        public BotApp App { get; private set; } = null!;
        public HttpClient Http { get; private set; } = null!;

        /// <summary>Sends activities with a Bot Connector token, as Teams does.</summary>
        public HttpClient BotHttp { get; private set; } = null!;

        public RsaSecurityKey TenantKey { get; } = OpenIdTestServer.NewKey(KeyId);
        public RsaSecurityKey OtherTenantKey { get; } = OpenIdTestServer.NewKey("other-tenant-key");
        private RsaSecurityKey BotFrameworkKey { get; } = OpenIdTestServer.NewKey("botframework-key");
        public CapturingLoggerProvider Logs { get; } = new(LogLevel.Information);

        public static async Task<SsoHost> StartAsync(IDictionary<string, string?>? settings = null)
        {
            var host = new SsoHost(await OpenIdTestServer.StartAsync(), await FakeConnector.StartAsync());
            host.OpenId.Publish(Tenant, host.TenantKey);
            host.OpenId.Publish("botframework", host.BotFrameworkKey);
            var all = new Dictionary<string, string?>
            {
                ["MicrosoftAppType"] = "MultiTenant",
                ["MicrosoftAppId"] = AppId,
                ["MicrosoftAppPassword"] = "not-used: outbound tokens are faked",
                ["Bot:OpenIdMetadataUrl"] = host.OpenId.BotFrameworkMetadataUrl,
                ["Bot:EntraOpenIdMetadataUrlTemplate"] = host.OpenId.EntraMetadataUrlTemplate,
                ["Bot:RequireHttpsMetadata"] = "false",
                ["Bot:AllowedTenants:0"] = Tenant,
                ["Tabs:ApplicationIdUri"] = ApplicationIdUri,
            };
            foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) all[k] = v;
            host.App = new BotApp(host.Connector, all, services =>
            {
                services.AddSingleton<IBotTokenProvider>(new FixedToken());
                services.AddSingleton<ILoggerProvider>(host.Logs);
            });
            host.Http = host.App.CreateClient();
            host.BotHttp = host.App.CreateClient();
            var now = host.App.Clock.GetUtcNow().UtcDateTime;
            host.BotHttp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(
                host.BotFrameworkKey, "https://api.botframework.com", AppId, host.Connector.ServiceUrl, now.AddMinutes(-1), now.AddHours(1)));
            return host;
        }

        /// <summary>A token as Teams' getAuthToken() gives it (an Entra ID v2 access token), or a variation of one.</summary>
        public string Token(string? objectId, string? tenant = null, string? issuer = null, string audience = ApplicationIdUri,
            string scope = "access_as_user", SecurityKey? key = null, DateTime? notBefore = null, DateTime? expires = null)
        {
            var now = App.Clock.GetUtcNow().UtcDateTime;
            var tid = tenant ?? Tenant;
            var claims = new Dictionary<string, object> { ["tid"] = tid, ["scp"] = scope, ["name"] = "Piet de Vries", ["ver"] = "2.0" };
            if (objectId is not null) claims["oid"] = objectId;
            return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
            {
                Issuer = issuer ?? $"https://login.microsoftonline.com/{tid}/v2.0",
                Audience = audience,
                Claims = claims,
                Subject = new ClaimsIdentity([new Claim("azp", "5e3ce6c0-2b1f-4285-8d4b-75ee78787346")]),
                NotBefore = notBefore ?? now.AddMinutes(-1),
                IssuedAt = notBefore ?? now.AddMinutes(-1),
                Expires = expires ?? now.AddHours(1),
                SigningCredentials = new SigningCredentials(key ?? TenantKey, SecurityAlgorithms.RsaSha256),
            });
        }

        public Task<HttpResponseMessage> GetTasksAsync(string? authorization) => SendAsync(HttpMethod.Get, "/api/tabs/tasks", authorization);

        public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? authorization)
        {
            using var request = new HttpRequestMessage(method, path);
            if (method == HttpMethod.Post) request.Content = JsonContent.Create(new { action = "done" });
            if (authorization is not null && !authorization.Contains(' ')) authorization = "Bearer " + authorization;
            if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
            return await Http.SendAsync(request);
        }

        public async ValueTask DisposeAsync()
        {
            await App.DisposeAsync();
            await Connector.DisposeAsync();
            await OpenId.DisposeAsync();
        }

        private sealed class FixedToken : IBotTokenProvider
        {
            public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>("outbound-test-token");
        }
    }
}
