using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Testing;

/// <summary>
/// A Bot Connector on loopback that records every call it gets (<see cref="Calls"/>) and answers like Teams:
/// 201 with a new activity id ("act-N") for sends, 200 for updates (PUT), a new conversation id ("a:conv-act-N") for
/// create-conversation, and 200 for a member lookup unless <see cref="NotInConversation"/> says the person is not there.
/// A test can change the answers, first to last in precedence: scripted answers for the next calls (<see cref="Enqueue"/>:
/// Teams' rate limit 429, a 503, an error body...), Teams refusing a 1:1 chat (<see cref="RefusePersonalChat"/>), one
/// fixed answer to every other call (<see cref="Default"/>). A member lookup takes neither a scripted answer nor the
/// <see cref="Default"/>: it is a lookup, not a send.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly ConcurrentDictionary<string, string> _personalChats = new();
    private int _ids;

    private FakeConnector(WebApplication app) => _app = app;

    /// <summary>Where it listens, without a trailing slash ("http://127.0.0.1:port").</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The service URL the bot is given: <see cref="BaseUrl"/> with a trailing slash.</summary>
    public string ServiceUrl => BaseUrl + "/";

    /// <summary>Every call, in the order it arrived: answered, failed, refused and lookups alike.</summary>
    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    /// <summary>When set, the answer to every call that has no scripted answer (instead of answering like Teams).</summary>
    public ScriptedResponse? Default { get; set; }

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

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.Run(connector.HandleAsync);
        await app.StartAsync();
        connector.BaseUrl = app.Urls.Single().TrimEnd('/');
        return connector;
    }

    /// <summary>
    /// Answers the next call that is not a member lookup with <paramref name="status"/>, <paramref name="body"/> (as JSON)
    /// and <paramref name="headers"/>; scripted answers are taken in order. A 429 without a Retry-After header gets
    /// "Retry-After: 1", as Teams sends it.
    /// </summary>
    public void Enqueue(int status, string body = "", params (string Name, string Value)[] headers) =>
        _script.Enqueue(new ScriptedResponse(status, body, headers));

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

    private async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        JsonNode? json = null;
        try { json = string.IsNullOrWhiteSpace(body) ? null : JsonNode.Parse(body); } catch (JsonException) { }
        var method = http.Request.Method;
        var path = Uri.UnescapeDataString(http.Request.Path);
        RecordedCall Record(string? responseId, int? failedWith) => new(method, path, http.Request.Headers.Authorization.ToString(), json, responseId, failedWith)
        {
            RawTarget = http.Features.Get<IHttpRequestFeature>()?.RawTarget,
            ContentType = http.Request.ContentType,
            RawBody = body,
        };

        if (method == "GET" && Regex.Match(path, "^/v3/conversations/(?<c>[^/]+)/members/(?<u>[^/]+)$") is { Success: true } member)
        {
            // A lookup, not a send: recorded, but it takes no scripted answer.
            var (conversation, user) = (member.Groups["c"].Value, member.Groups["u"].Value);
            var absent = NotInConversation.ContainsKey($"{conversation}|{user}") || NotInConversation.ContainsKey($"*|{user}");
            Calls.Enqueue(Record(null, absent ? 404 : null));
            if (absent)
            {
                http.Response.StatusCode = 404;
                await http.Response.WriteAsJsonAsync(new { error = new { code = "MemberNotFoundInConversation", message = "The member was not found" } });
                return;
            }
            // Teams answers a look-up by Teams user id or by Entra object id with the member's Teams user id.
            var known = CoordinatieBot.Samples.Persona.All.FirstOrDefault(p => p.Id == user || p.AadObjectId == user);
            await http.Response.WriteAsJsonAsync(known is null ? new { id = user, name = "member", aadObjectId = (string?)null } : new { id = known.Id, name = known.Name, aadObjectId = (string?)known.AadObjectId });
            return;
        }

        var id = $"act-{Interlocked.Increment(ref _ids)}";
        var scripted = _script.TryDequeue(out var next) ? next : null;
        var refused = scripted is null && IsRefusedPersonal(method, path, json);
        var answer = scripted ?? (refused ? null : Default);
        if (refused) Calls.Enqueue(Record(null, 403));
        else if (answer is not null) Calls.Enqueue(Record(answer.Status < 400 ? IdIn(answer.Body) : null, answer.Status >= 400 ? answer.Status : null));
        else Calls.Enqueue(Record(id, null));
        if (method == "POST" && HoldWhere is { } hold && hold(path)) await Gate.Task;

        if (refused)
        {
            http.Response.StatusCode = 403;
            await http.Response.WriteAsJsonAsync(new { error = new { code = "Forbidden", message = "The bot is not installed for this user" } });
            return;
        }

        if (answer is not null)
        {
            http.Response.StatusCode = answer.Status;
            foreach (var (name, value) in answer.Headers ?? [])
            {
                http.Response.Headers[name] = value;
            }

            if (answer.Status == 429 && !http.Response.Headers.ContainsKey("Retry-After")) http.Response.Headers.RetryAfter = "1";
            if (answer.Body.Length > 0)
            {
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync(answer.Body);
            }
            return;
        }

        if (method == "POST" && path == "/v3/conversations")
        {
            if (json?["members"]?[0]?["id"]?.GetValue<string>() is { } memberId) _personalChats[$"a:conv-{id}"] = memberId;
            http.Response.StatusCode = 201;
            await http.Response.WriteAsJsonAsync(new { id = $"a:conv-{id}" });
            return;
        }
        http.Response.StatusCode = method == "PUT" ? 200 : 201;
        await http.Response.WriteAsJsonAsync(new { id });
    }

    private bool IsRefusedPersonal(string method, string path, JsonNode? json)
    {
        if (method != "POST" || RefusePersonalChat.IsEmpty) return false;
        if (path == "/v3/conversations")
            return json?["isGroup"]?.GetValue<bool>() != true && json?["members"]?[0]?["id"]?.GetValue<string>() is { } member && RefusePersonalChat.ContainsKey(member);
        var match = Regex.Match(path, "^/v3/conversations/(?<c>[^/]+)/activities");
        return match.Success && _personalChats.TryGetValue(match.Groups["c"].Value, out var owner) && RefusePersonalChat.ContainsKey(owner);
    }

    private static string? IdIn(string body)
    {
        try { return JsonNode.Parse(body)?["id"]?.GetValue<string>(); }
        catch (Exception e) when (e is JsonException or InvalidOperationException) { return null; }
    }
}

/// <summary>An answer a test gives the fake connector: status, body (JSON or not) and headers.</summary>
public sealed record ScriptedResponse(int Status, string Body = "", (string Name, string Value)[]? Headers = null);

/// <summary>One call the bot made; <see cref="ResponseId"/> is the activity id the fake answered with.</summary>
public sealed record RecordedCall(string Method, string Path, string Authorization, JsonNode? Body, string? ResponseId, int? FailedWith)
{
    /// <summary>The request target exactly as it came over the wire (still percent-encoded).</summary>
    public string? RawTarget { get; init; }

    public string? ContentType { get; init; }

    /// <summary>The request body as it came, JSON or not (<see cref="Body"/> is null when it is not JSON).</summary>
    public string RawBody { get; init; } = string.Empty;

    public string? Text => Body?["text"]?.GetValue<string>();
    public JsonNode? Card => Body?["attachments"]?[0]?["content"];
}
