using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Teams.Tests.Graph;

/// <summary>
/// A loopback Microsoft Graph that serves <c>/v1.0/users/{id}</c> and <c>/v1.0/users/{id}/manager</c> from a small
/// directory, answers 404 like Graph for unknown people and people without a manager, and can be told to fail or stall.
/// It only answers requests that carry the expected bearer token.
/// </summary>
public sealed class FakeGraphServer : IAsyncDisposable
{
    public const string Token = "graph-test-token";

    private readonly WebApplication _app;

    private FakeGraphServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public ConcurrentQueue<(string RawTarget, string Authorization)> Requests { get; } = new();

    /// <summary>Users by object id, as Graph's JSON.</summary>
    public ConcurrentDictionary<string, string> Users { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Manager object id by user object id.</summary>
    public ConcurrentDictionary<string, string> Managers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>When set, every request gets this status (with a Graph error body).</summary>
    public int? FailWith { get; set; }

    /// <summary>When set, every request waits this long before answering.</summary>
    public TimeSpan? Stall { get; set; }

    public static async Task<FakeGraphServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeGraphServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseUrl = app.Urls.Single().TrimEnd('/') + "/v1.0";
        return server;
    }

    public void AddUser(string id, string displayName, string? mail, string? jobTitle, string? managerId = null, string[]? businessPhones = null,
        string? mobilePhone = null)
    {
        Users[id] = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#users/$entity",
            ["@odata.type"] = "#microsoft.graph.user",
            ["id"] = id,
            ["displayName"] = displayName,
            ["mail"] = mail,
            ["jobTitle"] = jobTitle,
            ["businessPhones"] = businessPhones ?? [],
            ["mobilePhone"] = mobilePhone,
        });
        if (managerId is not null) Managers[id] = managerId;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var auth = context.Request.Headers.Authorization.ToString();
        Requests.Enqueue((context.Features.Get<IHttpRequestFeature>()!.RawTarget, auth));
        if (Stall is { } stall) await Task.Delay(stall, context.RequestAborted);

        if (FailWith is { } status)
        {
            await ErrorAsync(context, status, status >= 500 ? "generalException" : "Authorization_RequestDenied");
            return;
        }
        if (auth != $"Bearer {Token}")
        {
            await ErrorAsync(context, 401, "InvalidAuthenticationToken");
            return;
        }

        var segments = context.Request.Path.Value!.Trim('/').Split('/');
        // v1.0 / users / {id} [ / manager ]
        if (segments is ["v1.0", "users", var id] && Users.TryGetValue(id, out var user))
        {
            await JsonAsync(context, user);
            return;
        }
        if (segments is ["v1.0", "users", var of, "manager"] && Users.ContainsKey(of)
            && Managers.TryGetValue(of, out var managerId) && Users.TryGetValue(managerId, out var manager))
        {
            await JsonAsync(context, manager);
            return;
        }
        await ErrorAsync(context, 404, "Request_ResourceNotFound");
    }

    private static async Task JsonAsync(HttpContext context, string json)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json;odata.metadata=minimal";
        await context.Response.WriteAsync(json);
    }

    private static async Task ErrorAsync(HttpContext context, int status, string code)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        var body = new { error = new { code, message = $"fake Graph says {status}", innerError = new Dictionary<string, string> { ["request-id"] = "r1" } } };
        await context.Response.WriteAsync(System.Text.Json.JsonSerializer.Serialize(body));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
