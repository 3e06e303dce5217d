using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.IntegrationTests.Infrastructure;

/// <summary>
/// A local Bot Connector on loopback that records every call the bot makes and answers like Teams:
/// 201 with a new activity id for sends, 200 for updates, a new conversation id for create-conversation.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _ids;

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    /// <summary>Status codes to answer before answering normally (e.g. 429, 503), consumed in order.</summary>
    public ConcurrentQueue<int> FailNext { get; } = new();

    public string ServiceUrl { get; }

    /// <summary>POSTs to a path this matches (e.g. "/v3/conversations": create-conversation) are recorded, then wait for <see cref="Gate"/>.</summary>
    public Func<string, bool>? HoldWhere { get; set; }

    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// People who are not in a conversation: GET v3/conversations/{id}/members/{userId} answers 404 for them
    /// (key "conversationId|userId", or "*|userId" for every conversation); everyone else is a member.
    /// </summary>
    public ConcurrentDictionary<string, bool> NotInConversation { get; } = new();

    /// <summary>
    /// People for whom Teams refuses a 1:1 chat (the app is not installed for them, as for many guests): creating a
    /// conversation with them answers 403, and so does sending into a 1:1 chat opened with them before.
    /// </summary>
    public ConcurrentDictionary<string, bool> RefusePersonalChat { get; } = new();

    private readonly ConcurrentDictionary<string, string> _personalChats = new();

    private FakeConnector(WebApplication app, string serviceUrl)
    {
        _app = app;
        ServiceUrl = serviceUrl;
    }

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        FakeConnector? self = null;
        app.Run(async http => await self!.HandleAsync(http));
        await app.StartAsync();
        var address = app.Urls.First();
        self = new FakeConnector(app, address.TrimEnd('/') + "/");
        return self;
    }

    private async Task HandleAsync(HttpContext http)
    {
        var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
        JsonNode? json = null;
        try { json = string.IsNullOrWhiteSpace(body) ? null : JsonNode.Parse(body); } catch (System.Text.Json.JsonException) { }
        var path = Uri.UnescapeDataString(http.Request.Path);
        if (http.Request.Method == "GET" && System.Text.RegularExpressions.Regex.Match(path, "^/v3/conversations/(?<c>[^/]+)/members/(?<u>[^/]+)$") is { Success: true } member)
        {
            // A lookup, not a send: recorded, but it does not consume FailNext.
            var (conversation, user) = (member.Groups["c"].Value, member.Groups["u"].Value);
            var absent = NotInConversation.ContainsKey($"{conversation}|{user}") || NotInConversation.ContainsKey($"*|{user}");
            Calls.Enqueue(new RecordedCall("GET", path, http.Request.Headers.Authorization.ToString(), null, null, absent ? 404 : null));
            if (absent)
            {
                http.Response.StatusCode = 404;
                await http.Response.WriteAsJsonAsync(new { error = new { code = "MemberNotFoundInConversation", message = "The member was not found" } });
                return;
            }
            await http.Response.WriteAsJsonAsync(new { id = user, name = "member" });
            return;
        }

        var id = $"act-{Interlocked.Increment(ref _ids)}";
        var failWith = FailNext.TryDequeue(out var status) ? status : (int?)null;
        var refused = failWith is null && IsRefusedPersonal(http.Request.Method, path, json);
        if (refused) failWith = 403;
        Calls.Enqueue(new RecordedCall(http.Request.Method, Uri.UnescapeDataString(http.Request.Path), http.Request.Headers.Authorization.ToString(), json,
            failWith is null ? id : null, failWith) { RawTarget = http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget });
        if (http.Request.Method == "POST" && HoldWhere is { } hold && hold(path)) await Gate.Task;

        if (failWith is { } code)
        {
            http.Response.StatusCode = code;
            if (code == 429) http.Response.Headers.RetryAfter = "1";
            return;
        }

        if (refused)
        {
            http.Response.StatusCode = 403;
            await http.Response.WriteAsJsonAsync(new { error = new { code = "Forbidden", message = "The bot is not installed for this user" } });
            return;
        }

        if (http.Request.Method == "POST" && http.Request.Path == "/v3/conversations")
        {
            if (json?["members"]?[0]?["id"]?.GetValue<string>() is { } memberId) _personalChats[$"a:conv-{id}"] = memberId;
            http.Response.StatusCode = 201;
            await http.Response.WriteAsJsonAsync(new { id = $"a:conv-{id}" });
            return;
        }
        http.Response.StatusCode = http.Request.Method == "PUT" ? 200 : 201;
        await http.Response.WriteAsJsonAsync(new { id });
    }

    private bool IsRefusedPersonal(string method, string path, JsonNode? json)
    {
        if (method != "POST" || RefusePersonalChat.IsEmpty) return false;
        if (path == "/v3/conversations")
            return json?["isGroup"]?.GetValue<bool>() != true && json?["members"]?[0]?["id"]?.GetValue<string>() is { } member && RefusePersonalChat.ContainsKey(member);
        var match = System.Text.RegularExpressions.Regex.Match(path, "^/v3/conversations/(?<c>[^/]+)/activities");
        return match.Success && _personalChats.TryGetValue(match.Groups["c"].Value, out var owner) && RefusePersonalChat.ContainsKey(owner);
    }

    /// <summary>Waits until a call matching <paramref name="match"/> arrives.</summary>
    public async Task<RecordedCall> WaitForAsync(Func<RecordedCall, bool> match, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < until)
        {
            if (Calls.FirstOrDefault(match) is { } call) return call;
            await Task.Delay(20);
        }
        throw new TimeoutException("Expected connector call did not arrive. Calls: " +
                                   string.Join("; ", Calls.Select(c => $"{c.Method} {c.Path}")));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One call the bot made; <see cref="ResponseId"/> is the activity id the fake answered with.</summary>
public sealed record RecordedCall(string Method, string Path, string Authorization, JsonNode? Body, string? ResponseId, int? FailedWith)
{
    /// <summary>The request target exactly as it came over the wire (still percent-encoded).</summary>
    public string? RawTarget { get; init; }

    public string? Text => Body?["text"]?.GetValue<string>();
    public JsonNode? Card => Body?["attachments"]?[0]?["content"];
}
