using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Server.Kestrel.Core;

// Conversation-paced load generator with its own fake Bot Connector (Kestrel, loopback), for benchmarks/run.
//
// Each of --connections workers owns one conversation (and one HTTP connection) and behaves like a person in a
// Teams chat who waits for the answer: POST a message activity to the bot, wait for the HTTP answer, then wait
// until the bot's reply (POST /v3/conversations/{id}/activities/{replyToId}) reaches the fake connector, then
// send the next message. So every bot, whether it answers 200 first and replies later (CoordinatieBot, the bare
// floor) or replies inside the request (the Node echo bot), is measured on the same thing: replies per second
// with N conversations busy, the time from message to reply, and the HTTP latency.
//
//   LoadGen run   --target URL --connections N --conversations-prefix P --text T --duration S --warmup S [--out FILE]
//   LoadGen run   --self ...            (no bot: the workers post the "reply" to the connector themselves: the tool's ceiling)
//   LoadGen setup --target URL --conversations-prefix P --count N [--parallel 16]
//                 (per conversation: "start gezin Bench<i>", then "ik neem de regie", by a regisseur of 8 families; checks the replies)
var cmd = args.Length > 0 ? args[0] : "";
var opts = Options.Parse(args.Skip(1).ToArray());
var connector = await FakeConnector.StartAsync(opts.Int("connector-port", 0));
try
{
    switch (cmd)
    {
        case "run":
            await Run.ExecuteAsync(opts, connector);
            break;
        case "setup":
            await Setup.ExecuteAsync(opts, connector);
            break;
        default:
            Console.Error.WriteLine("usage: LoadGen run|setup --target URL ... (see Program.cs)");
            Environment.ExitCode = 2;
            break;
    }
}
finally
{
    await connector.DisposeAsync();
}

internal sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(string[] args)
    {
        var d = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) continue;
            var key = args[i][2..];
            d[key] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
        }
        return new Options(d);
    }

    public string Str(string key, string? fallback = null) =>
        values.TryGetValue(key, out var v) ? v : fallback ?? throw new ArgumentException($"--{key} is required");

    public int Int(string key, int fallback) => values.TryGetValue(key, out var v) ? int.Parse(v) : fallback;

    public bool Flag(string key) => values.ContainsKey(key);
}

/// <summary>The fake Bot Connector: answers like Teams and completes the waiting worker of each reply.</summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Waiter> _waiting = new();
    private readonly ConcurrentDictionary<string, byte> _seen = new();
    private readonly ConcurrentDictionary<string, long> _forgotten = new();
    private long _ids, _replies, _duplicates, _unknown, _late, _updates, _other;

    public string ServiceUrl { get; private set; } = "";

    public bool KeepBodies { get; set; }

    public long Replies => Interlocked.Read(ref _replies);

    public long Duplicates => Interlocked.Read(ref _duplicates);

    public long Unknown => Interlocked.Read(ref _unknown);

    /// <summary>Replies to an activity of ours that came after its worker had given up waiting.</summary>
    public long Late => Interlocked.Read(ref _late);

    public long Updates => Interlocked.Read(ref _updates);

    public long Other => Interlocked.Read(ref _other);

    private FakeConnector(WebApplication app) => _app = app;

    public static async Task<FakeConnector> StartAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, port, l => l.Protocols = HttpProtocols.Http1);
            k.AddServerHeader = false;
        });
        var app = builder.Build();
        var self = new FakeConnector(app);
        app.Run(self.HandleAsync);
        await app.StartAsync();
        self.ServiceUrl = app.Urls.First().TrimEnd('/') + "/";
        return self;
    }

    public void Reset()
    {
        _seen.Clear();
        Interlocked.Exchange(ref _replies, 0);
        Interlocked.Exchange(ref _duplicates, 0);
        Interlocked.Exchange(ref _unknown, 0);
        Interlocked.Exchange(ref _updates, 0);
        Interlocked.Exchange(ref _other, 0);
    }

    public Waiter Expect(string activityId)
    {
        var w = new Waiter();
        _waiting[activityId] = w;
        return w;
    }

    public void Forget(string activityId)
    {
        _waiting.TryRemove(activityId, out _);
        _forgotten[activityId] = Stopwatch.GetTimestamp();
    }

    private static readonly byte[] Ok = "{\"id\":\"ok\"}"u8.ToArray();

    private async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        const string prefix = "/v3/conversations/";
        string? body = null;
        if (KeepBodies)
            body = await new StreamReader(http.Request.Body, Encoding.UTF8).ReadToEndAsync();
        else
            await http.Request.Body.CopyToAsync(Stream.Null);

        http.Response.ContentType = "application/json; charset=utf-8";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            if (http.Request.Method == "POST" && path.TrimEnd('/') == "/v3/conversations")
            {
                http.Response.StatusCode = 201;
                await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes($"{{\"id\":\"a:conv-{Interlocked.Increment(ref _ids)}\"}}"));
                return;
            }
            Interlocked.Increment(ref _other);
            http.Response.StatusCode = 404;
            return;
        }
        var rest = path.AsSpan(prefix.Length);
        var slash = rest.IndexOf('/');
        var tail = slash < 0 ? ReadOnlySpan<char>.Empty : rest[(slash + 1)..];
        if (!tail.StartsWith("activities"))
        {
            Interlocked.Increment(ref _other);
            http.Response.StatusCode = 404;
            return;
        }
        var replyTo = tail.Length > "activities/".Length ? Uri.UnescapeDataString(tail["activities/".Length..].ToString()) : null;
        if (http.Request.Method == "PUT")
        {
            Interlocked.Increment(ref _updates);
            http.Response.StatusCode = 200;
            await http.Response.Body.WriteAsync(Ok);
            return;
        }
        if (http.Request.Method != "POST")
        {
            Interlocked.Increment(ref _other);
            http.Response.StatusCode = 405;
            return;
        }

        Interlocked.Increment(ref _replies);
        if (replyTo is null || !_seen.TryAdd(replyTo, 0))
        {
            if (replyTo is null) Interlocked.Increment(ref _unknown); else Interlocked.Increment(ref _duplicates);
        }
        else if (_waiting.TryRemove(replyTo, out var waiter))
        {
            waiter.Body = body;
            waiter.Done.TrySetResult(Stopwatch.GetTimestamp());
        }
        else
        {
            Interlocked.Increment(ref _unknown); // late (after its worker gave up) or not ours
            if (_forgotten.ContainsKey(replyTo)) Interlocked.Increment(ref _late);
        }
        http.Response.StatusCode = 201;
        await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes($"{{\"id\":\"r-{Interlocked.Increment(ref _ids)}\"}}"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

internal sealed class Waiter
{
    public TaskCompletionSource<long> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string? Body { get; set; }
}

/// <summary>One message activity as the Teams channel posts it in a group chat, the bot @mentioned.</summary>
internal static class Activities
{
    /// <param name="from">Who writes: Piet de Vries, or another professional (e.g. "bench-regisseur-3").</param>
    public static byte[] Message(string id, string serviceUrl, string conversationId, string text, string? from = null) =>
        Encoding.UTF8.GetBytes(new JsonObject
        {
            ["type"] = "message",
            ["id"] = id,
            ["timestamp"] = "2026-11-25T08:00:00.000Z",
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = from is null
                ? new JsonObject { ["id"] = "29:piet", ["name"] = "Piet de Vries", ["aadObjectId"] = "aad-piet" }
                : new JsonObject { ["id"] = "29:" + from, ["name"] = "Professional " + from, ["aadObjectId"] = "aad-" + from },
            ["recipient"] = new JsonObject { ["id"] = "28:coordinatiebot", ["name"] = "CoordinatieBot" },
            ["conversation"] = new JsonObject
            {
                ["id"] = conversationId, ["conversationType"] = "groupChat", ["tenantId"] = "tenant-1", ["isGroup"] = true,
            },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
            ["locale"] = "nl-NL",
            ["textFormat"] = "plain",
            ["text"] = "<at>CoordinatieBot</at> " + text,
            ["entities"] = new JsonArray
            {
                new JsonObject
                {
                    ["type"] = "mention",
                    ["mentioned"] = new JsonObject { ["id"] = "28:coordinatiebot", ["name"] = "CoordinatieBot" },
                    ["text"] = "<at>CoordinatieBot</at>",
                },
            },
        }.ToJsonString());

    public static HttpClient Client(int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseProxy = false,
    })
    { Timeout = TimeSpan.FromSeconds(30) };
}

internal static class Run
{
    public static async Task ExecuteAsync(Options o, FakeConnector connector)
    {
        var self = o.Flag("self");
        var target = self ? connector.ServiceUrl : o.Str("target");
        var connections = o.Int("connections", 64);
        var prefix = o.Str("conversations-prefix", "19:bench-");
        var text = o.Str("text", "wie is regisseur?");
        var duration = TimeSpan.FromSeconds(o.Int("duration", 10));
        var warmup = TimeSpan.FromSeconds(o.Int("warmup", 3));
        var replyTimeout = TimeSpan.FromSeconds(o.Int("reply-timeout", 30));
        using var http = Activities.Client(connections);

        // One message first, its reply kept: shows what the bot answers to this text (printed with the results).
        var sampleReply = "";
        if (!self)
        {
            connector.KeepBodies = true;
            var id = $"sample.{Guid.NewGuid():N}";
            var waiter = connector.Expect(id);
            using var content = new ByteArrayContent(Activities.Message(id, connector.ServiceUrl, prefix + "0", text));
            content.Headers.ContentType = new("application/json");
            using var response = await http.PostAsync(target, content);
            if (await Task.WhenAny(waiter.Done.Task, Task.Delay(replyTimeout)) == waiter.Done.Task)
                sampleReply = JsonNode.Parse(waiter.Body ?? "{}")?["text"]?.GetValue<string>() ?? "(a reply without text)";
            else
                sampleReply = $"(no reply; HTTP {(int)response.StatusCode})";
            connector.KeepBodies = false;
        }

        // Warm-up with the same conversations, then the measured window.
        var warm = new Stats(connections);
        if (warmup > TimeSpan.Zero) await LoopAsync(http, connector, target, self, connections, prefix, text, warmup, replyTimeout, warm);
        connector.Reset();
        var stats = new Stats(connections);
        var started = Stopwatch.GetTimestamp();
        await LoopAsync(http, connector, target, self, connections, prefix, text, duration, replyTimeout, stats);
        var elapsed = Stopwatch.GetElapsedTime(started);
        await Task.Delay(300); // replies that are still on their way are counted as duplicates/unknown, if any
        var result = stats.Summary(elapsed, connector, sampleReply, warm.Completed);
        var json = JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = false });
        Console.WriteLine("LOADGEN_JSON " + json);
        if (o.Str("out", "") is { Length: > 0 } file) await File.WriteAllTextAsync(file, json);
    }

    private static async Task LoopAsync(HttpClient http, FakeConnector connector, string target, bool self, int connections,
        string prefix, string text, TimeSpan duration, TimeSpan replyTimeout, Stats? stats)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var runId = Guid.NewGuid().ToString("N")[..8];
        await Task.WhenAll(Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
        {
            var conversation = prefix + worker;
            var seq = 0;
            while (Stopwatch.GetTimestamp() < until)
            {
                var id = $"lg.{runId}.{worker}.{++seq}";
                var waiter = connector.Expect(id);
                var url = self ? $"{target}v3/conversations/{Uri.EscapeDataString(conversation)}/activities/{Uri.EscapeDataString(id)}" : target;
                var body = Activities.Message(id, connector.ServiceUrl, conversation, text);
                var t0 = Stopwatch.GetTimestamp();
                int status;
                try
                {
                    using var content = new ByteArrayContent(body);
                    content.Headers.ContentType = new("application/json");
                    using var response = await http.PostAsync(url, content);
                    await response.Content.ReadAsByteArrayAsync();
                    status = (int)response.StatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    status = 0;
                }
                var t1 = Stopwatch.GetTimestamp();
                if (status is < 200 or >= 300)
                {
                    connector.Forget(id);
                    stats?.Failed(status);
                    await Task.Delay(10);
                    continue;
                }
                var done = await Task.WhenAny(waiter.Done.Task, Task.Delay(replyTimeout));
                if (done != waiter.Done.Task)
                {
                    connector.Forget(id);
                    stats?.Lost();
                    continue;
                }
                var t2 = waiter.Done.Task.Result;
                stats?.Add(worker, t1 - t0, Math.Max(t2, t1) - t0);
            }
        })));
    }
}

internal sealed class Stats(int workers)
{
    private readonly List<long>[] _http = Enumerable.Range(0, workers).Select(_ => new List<long>(4096)).ToArray();
    private readonly List<long>[] _reply = Enumerable.Range(0, workers).Select(_ => new List<long>(4096)).ToArray();
    private long _failed, _lost;
    private readonly ConcurrentDictionary<int, int> _statuses = new();

    public void Add(int worker, long httpTicks, long replyTicks)
    {
        _http[worker].Add(httpTicks);
        _reply[worker].Add(replyTicks);
    }

    public void Failed(int status)
    {
        Interlocked.Increment(ref _failed);
        _statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
    }

    public void Lost() => Interlocked.Increment(ref _lost);

    public int Completed => _reply.Sum(r => r.Count);

    public object Summary(TimeSpan elapsed, FakeConnector connector, string sampleReply, int warmupCompleted)
    {
        var http = _http.SelectMany(x => x).Order().ToArray();
        var reply = _reply.SelectMany(x => x).Order().ToArray();
        // null when nothing completed in the window (JSON has no NaN): the report shows a dash.
        double? Ms(long[] sorted, double p) => sorted.Length == 0 ? null
            : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)] * 1000.0 / Stopwatch.Frequency;
        return new
        {
            completed = reply.Length,
            seconds = elapsed.TotalSeconds,
            repliesPerSecond = reply.Length / elapsed.TotalSeconds,
            httpP50Ms = Ms(http, 50), httpP99Ms = Ms(http, 99),
            replyP50Ms = Ms(reply, 50), replyP99Ms = Ms(reply, 99), replyMaxMs = Ms(reply, 100),
            failedRequests = Interlocked.Read(ref _failed),
            failedStatuses = _statuses.ToDictionary(kv => kv.Key.ToString(), kv => kv.Value),
            lostReplies = Interlocked.Read(ref _lost),
            connectorReplies = connector.Replies,
            duplicateReplies = connector.Duplicates,
            unexpectedReplies = connector.Unknown,
            cardUpdates = connector.Updates,
            otherConnectorCalls = connector.Other,
            sampleReply,
            warmupCompleted,
        };
    }
}

internal static class Setup
{
    /// <summary>Below Coordination:CaseloadLimit (10), as a caseload is meant to be.</summary>
    private const int FamiliesPerRegisseur = 8;

    /// <summary>Starts a family in each conversation and takes the regie, through the bot; checks each reply.</summary>
    public static async Task ExecuteAsync(Options o, FakeConnector connector)
    {
        var target = o.Str("target");
        var prefix = o.Str("conversations-prefix");
        var count = o.Int("count", 100);
        var parallel = o.Int("parallel", 16);
        var check = o.Flag("no-check") is false;
        connector.KeepBodies = check;
        using var http = Activities.Client(parallel);
        var failures = 0;
        var sw = Stopwatch.StartNew();
        var samples = new ConcurrentDictionary<string, string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, ct) =>
        {
            var conversation = prefix + i;
            foreach (var (step, text, expect) in new[]
                     {
                         ("start", $"start gezin Bench{i}", "Bench"),
                         ("regie", "ik neem de regie", "regi"),
                     })
            {
                var id = $"setup.{step}.{i}.{Guid.NewGuid():N}";
                var waiter = connector.Expect(id);
                // A regisseur leads a caseload of the method's size, not all the families of the run (past the limit each
                // new one is told 1:1, and a hundred such notices to one person wait for Teams' pacing of their chat).
                using var content = new ByteArrayContent(Activities.Message(id, connector.ServiceUrl, conversation, text, $"{prefix.Trim(':', '-')}-regisseur-{i / FamiliesPerRegisseur}"));
                content.Headers.ContentType = new("application/json");
                using var response = await http.PostAsync(target, content, ct);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                    connector.Forget(id);
                    Console.Error.WriteLine($"setup {conversation} {step}: HTTP {(int)response.StatusCode}");
                    return;
                }
                if (await Task.WhenAny(waiter.Done.Task, Task.Delay(TimeSpan.FromSeconds(30), ct)) != waiter.Done.Task)
                {
                    Interlocked.Increment(ref failures);
                    connector.Forget(id);
                    Console.Error.WriteLine($"setup {conversation} {step}: no reply");
                    return;
                }
                if (check)
                {
                    var replyText = JsonNode.Parse(waiter.Body ?? "{}")?["text"]?.GetValue<string>() ?? "";
                    samples.TryAdd(step, replyText);
                    if (!replyText.Contains(expect, StringComparison.OrdinalIgnoreCase))
                    {
                        Interlocked.Increment(ref failures);
                        Console.Error.WriteLine($"setup {conversation} {step}: unexpected reply: {replyText}");
                        return;
                    }
                }
            }
        });
        Console.WriteLine($"SETUP {count} conversations '{prefix}*' in {sw.Elapsed.TotalSeconds:F1}s, {failures} failed");
        if (failures > 0)
        {
            // A reply that is only late still comes: wait a while longer, so a late reply is told from a lost one.
            await Task.Delay(TimeSpan.FromSeconds(45));
            Console.WriteLine($"SETUP of the {failures} without a reply in 30 s, {connector.Late} came later (within 45 s more); duplicates {connector.Duplicates}");
        }
        foreach (var (step, text) in samples) Console.WriteLine($"SETUP sample reply to {step}: {text.ReplaceLineEndings(" ")}");
        if (failures > 0) Environment.ExitCode = 1;
    }
}
