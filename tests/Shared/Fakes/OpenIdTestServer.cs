using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace CoordinatieBot.Testing;

/// <summary>
/// A loopback stand-in for login.botframework.com and login.microsoftonline.com: serves OpenID metadata and a JWKS
/// per authority ("botframework" or a tenant id). Keys can be added while running, to test key rotation.
/// </summary>
public sealed class OpenIdTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, RsaSecurityKey>> _keysByAuthority = new();
    private int _jwksRequests;

    private OpenIdTestServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public string BotFrameworkMetadataUrl => $"{BaseUrl}/botframework/.well-known/openidconfiguration";

    public string EntraMetadataUrlTemplate => BaseUrl + "/{tenantId}/v2.0/.well-known/openid-configuration";

    public int JwksRequests => Volatile.Read(ref _jwksRequests);

    public static async Task<OpenIdTestServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new OpenIdTestServer(app);

        app.MapGet("/botframework/.well-known/openidconfiguration", () => server.Metadata("botframework"));
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => server.Metadata(tenant));
        app.MapGet("/{authority}/keys", (string authority) => server.Jwks(authority));

        await app.StartAsync();
        server.BaseUrl = app.Urls.Single().TrimEnd('/');
        return server;
    }

    public static RsaSecurityKey NewKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };

    public void Publish(string authority, RsaSecurityKey key) =>
        _keysByAuthority.GetOrAdd(authority, _ => new())[key.KeyId] = key;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private IResult Metadata(string authority) => Results.Text(
        new JsonObject
        {
            ["issuer"] = authority == "botframework" ? "https://api.botframework.com" : $"https://login.microsoftonline.com/{authority}/v2.0",
            ["jwks_uri"] = $"{BaseUrl}/{authority}/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }.ToJsonString(),
        "application/json");

    private IResult Jwks(string authority)
    {
        Interlocked.Increment(ref _jwksRequests);
        var keys = new JsonArray();
        foreach (var key in _keysByAuthority.GetValueOrDefault(authority)?.Values ?? Enumerable.Empty<RsaSecurityKey>())
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(key);
            keys.Add(new JsonObject { ["kty"] = "RSA", ["use"] = "sig", ["kid"] = key.KeyId, ["n"] = jwk.N, ["e"] = jwk.E });
        }

        return Results.Text(new JsonObject { ["keys"] = keys }.ToJsonString(), "application/json");
    }
}
