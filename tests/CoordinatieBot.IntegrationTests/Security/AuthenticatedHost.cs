using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CoordinatieBot.IntegrationTests.Infrastructure;
using CoordinatieBot.Teams.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace CoordinatieBot.IntegrationTests.Security;

/// <summary>
/// The bot with authentication on, as in production: a MicrosoftAppId, and the Bot Framework's OpenID metadata and
/// keys served by a loopback stand-in for login.botframework.com (<see cref="OpenIdTestServer"/>). Tokens are signed
/// with its key; the bot's own outbound token is a fixed test string (no call to Entra).
/// </summary>
public sealed class AuthenticatedHost : IAsyncDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string OutboundToken = "outbound-test-token";
    private const string KeyId = "test-key-1";

    private readonly OpenIdTestServer _openId;
    private readonly RsaSecurityKey _key = OpenIdTestServer.NewKey(KeyId);

    private AuthenticatedHost(OpenIdTestServer openId, FakeConnector connector)
    {
        _openId = openId;
        Connector = connector;
    }

    public FakeConnector Connector { get; }
    public BotApp App { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public string MetadataUrl => _openId.BotFrameworkMetadataUrl;

    /// <summary>What the bot logged from Information up.</summary>
    public CapturingLoggerProvider Logs { get; } = new(LogLevel.Information);

    public static async Task<AuthenticatedHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var host = new AuthenticatedHost(await OpenIdTestServer.StartAsync(), await FakeConnector.StartAsync());
        host._openId.Publish("botframework", host._key);

        var all = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-used: outbound tokens are faked",
            ["Bot:OpenIdMetadataUrl"] = host.MetadataUrl,
            ["Bot:RequireHttpsMetadata"] = "false",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) all[k] = v;
        host.App = new BotApp(host.Connector, all, services =>
        {
            services.AddSingleton<IBotTokenProvider>(new FixedToken());
            services.AddSingleton<ILoggerProvider>(host.Logs);
        });
        host.Http = host.App.CreateClient();
        return host;
    }

    /// <summary>A token as the Bot Connector sends it, for <paramref name="serviceUrl"/> (default: the fake connector's).</summary>
    public string Token(string? serviceUrl = null, TimeSpan? validFor = null, string audience = AppId, SecurityKey? key = null)
    {
        var now = App.Clock.GetUtcNow().UtcDateTime;
        return TestTokens.Create(key ?? _key, "https://api.botframework.com", audience, serviceUrl ?? Connector.ServiceUrl,
            now.AddMinutes(-1), now + (validFor ?? TimeSpan.FromHours(1)));
    }

    public Chat Chat(string conversationId, string tenant = "tenant-1", string type = "groupChat") => new(App, Http, conversationId, type, tenant);

    /// <summary>Posts an activity with the given bearer token (null: no Authorization header).</summary>
    public async Task<HttpResponseMessage> PostAsync(JsonNode activity, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await Http.SendAsync(request);
        await App.IdleAsync();
        return response;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Connector.DisposeAsync();
        await _openId.DisposeAsync();
    }

    private sealed class FixedToken : IBotTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(OutboundToken);
    }
}
