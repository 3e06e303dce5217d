using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CoordinatieBot.IntegrationTests.Infrastructure;
using CoordinatieBot.Teams.Connector;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoordinatieBot.IntegrationTests.Security;

/// <summary>
/// The bot with authentication on, as in production: a MicrosoftAppId, and the Bot Framework's OpenID metadata and
/// keys served by a loopback stand-in for login.botframework.com. Tokens are signed with its key; the bot's own
/// outbound token is a fixed test string (no call to Entra).
/// </summary>
public sealed class AuthenticatedHost : IAsyncDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string OutboundToken = "outbound-test-token";
    private const string KeyId = "test-key-1";

    private readonly WebApplication _openId;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = KeyId };

    private AuthenticatedHost(WebApplication openId, FakeConnector connector)
    {
        _openId = openId;
        Connector = connector;
    }

    public FakeConnector Connector { get; }
    public BotApp App { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public string MetadataUrl { get; private set; } = "";
    public ConcurrentQueue<string> Logs { get; } = new();

    public static async Task<AuthenticatedHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var openId = builder.Build();
        var host = new AuthenticatedHost(openId, await FakeConnector.StartAsync());
        openId.MapGet("/botframework/.well-known/openidconfiguration", () => Results.Text(new JsonObject
        {
            ["issuer"] = "https://api.botframework.com",
            ["jwks_uri"] = $"{host.BaseUrl}/botframework/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }.ToJsonString(), "application/json"));
        openId.MapGet("/botframework/keys", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(host._key);
            return Results.Text(new JsonObject
            {
                ["keys"] = new JsonArray(new JsonObject { ["kty"] = "RSA", ["use"] = "sig", ["kid"] = KeyId, ["n"] = jwk.N, ["e"] = jwk.E }),
            }.ToJsonString(), "application/json");
        });
        await openId.StartAsync();
        host.BaseUrl = openId.Urls.Single().TrimEnd('/');
        host.MetadataUrl = $"{host.BaseUrl}/botframework/.well-known/openidconfiguration";

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
            services.AddSingleton<ILoggerProvider>(new ListLogger(host.Logs));
        });
        host.Http = host.App.CreateClient();
        return host;
    }

    private string BaseUrl { get; set; } = "";

    /// <summary>A token as the Bot Connector sends it, for <paramref name="serviceUrl"/> (default: the fake connector's).</summary>
    public string Token(string? serviceUrl = null, TimeSpan? validFor = null, string audience = AppId, SecurityKey? key = null)
    {
        var now = App.Clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://api.botframework.com",
            Audience = audience,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl ?? Connector.ServiceUrl },
            Subject = new ClaimsIdentity([new Claim("appid", "connector")]),
            NotBefore = now.AddMinutes(-1),
            IssuedAt = now.AddMinutes(-1),
            Expires = now + (validFor ?? TimeSpan.FromHours(1)),
            SigningCredentials = new SigningCredentials(key ?? _key, SecurityAlgorithms.RsaSha256),
        });
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
        await _openId.StopAsync();
        await _openId.DisposeAsync();
    }

    private sealed class FixedToken : IBotTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(OutboundToken);
    }

    private sealed class ListLogger(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(lines, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> lines, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)}");
        }
    }
}
