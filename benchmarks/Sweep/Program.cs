// Issue 7, parts 2 (the sweep) and 3 (proactive sending), and the memory of part 4 after the sweep.
//
//   dotnet Sweep.dll --storage <Azurite connection string> --connector <fake connector URL> --bot <published bot dir>
//                    [--azurite-pid <pid>] [--families 10000] [--tasks 10] [--due-families 100] [--parallel 32]
//                    [--prefix sweep] [--log <bot log file>] [--skip-proactive true]
//   (issue 18, national scale: --families 100000 --skip-proactive true; part 3 would send one nudge per family)
//
// 1. Seeds families straight into Table storage with the bot's own storage classes (TableFamilyRepository.CreateAsync
//    after ScheduleNextCheck, so the due index is filled; TableConversationReferenceStore for the members' references, with
//    the fake connector as service URL). Family i has three members (professionals from a pool of families*3/30, so
//    each is in ≈ 30 families), a regisseur, and `tasks` tasks named "bench taak f<i> t<k>": task 1 of the first
//    `due-families` families is due on day D1 (1% of the tasks), task 2 of every family on D2 (the next working day),
//    the rest 3–6 months later. The owner of tasks 1 and 2 is the family's second member.
// 2. Starts the real bot (Release, Development, SchedulerEnabled=false, same table prefix) with its storage behind a
//    counting proxy to Azurite, turns the fake connector's Teams rate limits on, sets the bot's clock to D1 10:00
//    (Amsterdam) and times POST /api/dev/sweep: the sweep of part 2 (1% due). Prints SWEEP_JSON.
// 3. Sets the clock to D2 10:00: every family is due once (10,000 nudges, to 1:1 chats the first sweep created or the
//    bot creates now) and times the sweep again, counting at the connector what got through, 429s, duplicates and
//    losses. Prints PROACTIVE_JSON.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Domain;
using CoordinatieBot.Storage;
using CoordinatieBot.Storage.References;
using CoordinatieBot.Storage.Escalation;
using CoordinatieBot.Storage.Families;
using CoordinatieBot.Storage.Tables;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

var opts = Args.Parse(args);
var storage = opts.Get("storage") ?? throw new ArgumentException("--storage");
var connector = (opts.Get("connector") ?? throw new ArgumentException("--connector")).TrimEnd('/') + "/";
var botDir = opts.Get("bot") ?? throw new ArgumentException("--bot");
var azuritePid = int.TryParse(opts.Get("azurite-pid"), out var ap) ? ap : 0;
var familyCount = int.Parse(opts.Get("families") ?? "10000");
var tasksPerFamily = int.Parse(opts.Get("tasks") ?? "10");
var dueFamilies = int.Parse(opts.Get("due-families") ?? (familyCount * tasksPerFamily / 100).ToString());
var parallel = int.Parse(opts.Get("parallel") ?? "32");
var prefix = opts.Get("prefix") ?? "sweep";
var botLog = opts.Get("log") ?? Path.Combine(Path.GetTempPath(), "sweep-bot.log");
var skipProactive = opts.Get("skip-proactive") == "true";
const string Tenant = "bench-tenant-sweep";
const int WarmFamilies = 50;
var userCount = Math.Max(3, familyCount * 3 / 30);

var tz = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
var policy = new EscalationPolicy(new EscalationOptions());
var calendar = policy.Calendar;
var t0 = DateTimeOffset.UtcNow;
var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t0, tz).DateTime);
var d1 = calendar.AddWorkingDays(today, 2);
var d2 = calendar.AddWorkingDays(d1, 1);
DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), tz.GetUtcOffset(day.ToDateTime(new TimeOnly(hour, 0))));
Log($"{familyCount} families × {tasksPerFamily} tasks, {dueFamilies} tasks due on {d1:yyyy-MM-dd} (D1), one per family on {d2:yyyy-MM-dd} (D2); {userCount} professionals");

// ---- seeding ------------------------------------------------------------------------------------------------
var storageOptions = Options.Create(new StorageOptions { ConnectionString = storage, TablePrefix = prefix, ReadCacheTtl = TimeSpan.Zero });
var tables = new TableSet(storageOptions);
await tables.CreateAllAsync(default);
var repo = new TableFamilyRepository(tables, new TableDueIndex(tables), new FamilyCache(storageOptions));
var references = new TableConversationReferenceStore(tables);
string UserId(int u) => $"29:bench-user-{u}";
Actor ActorOf(int u) => new(UserId(u), $"Professional {u}", $"aad-bench-{u}");
string ConversationOf(int i) => $"19:sweep-{i}@thread.v2";
ConversationReference Address(string conversation, string? userId, string? aad) => new()
{
    TenantId = Tenant, ConversationId = conversation, ConversationType = "groupChat", ServiceUrl = connector,
    BotId = "28:bench-bot", UserId = userId, AadObjectId = aad, LastSeenAt = t0,
};

var seedWatch = Stopwatch.StartNew();
var created = 0;
await Parallel.ForEachAsync(Enumerable.Range(0, familyCount), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, ct) =>
{
    int[] members = [(3 * i) % userCount, (3 * i + 1) % userCount, (3 * i + 2) % userCount];
    var regisseur = ActorOf(members[0]);
    var family = Family.Start(Guid.NewGuid().ToString("N"), $"Gezin {i}", Tenant, ConversationOf(i), regisseur, t0);
    family.NoteMessage(ActorOf(members[1]), t0);
    family.NoteMessage(ActorOf(members[2]), t0);
    Check(family.TakeRegie(regisseur, t0));
    for (var k = 1; k <= tasksPerFamily; k++)
    {
        var due = k == 1 && i < dueFamilies ? d1
            : k == 2 ? d2
            : today.AddDays(90 + (i * 7 + k * 11) % 90);
        var owner = k is 1 or 2 ? members[1] : members[k % 3];
        Check(family.AddAction(regisseur, UserId(owner), $"bench taak f{i} t{k}", due, false, today, t0, out _));
    }
    family.ScheduleNextCheck(policy.NextCheck(family.State));
    if (!await repo.CreateAsync(family, AppliedTurns.None, ct)) throw new InvalidOperationException($"family {i} exists already: use a fresh --prefix");
    await references.SaveAsync(Address(ConversationOf(i), null, null), ct);
    if (Interlocked.Increment(ref created) % 1000 == 0) Log($"  {created} families ({seedWatch.Elapsed.TotalSeconds:F0} s)");
});
// The professionals' references: a group chat they wrote in, so a first nudge creates their 1:1 chat.
await Parallel.ForEachAsync(Enumerable.Range(0, userCount), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (u, ct) =>
    await references.SaveAsync(Address(ConversationOf(u / 3), UserId(u), $"aad-bench-{u}"), ct));
// A few warm-up families (own professionals), due on D0, the working day before D1: the first sweep of a fresh process
// compiles its code paths (JIT), which a long-running bot has done long before; their tasks are done after it.
var d0 = calendar.AddWorkingDays(today, 1);
var warmIds = new List<string>();
foreach (var w in Enumerable.Range(0, WarmFamilies))
{
    var professional = new Actor($"29:bench-warm-{w}", $"Warm {w}", $"aad-bench-warm-{w}");
    var family = Family.Start(Guid.NewGuid().ToString("N"), $"Warm {w}", Tenant, $"19:warm-{w}@thread.v2", professional, t0);
    Check(family.TakeRegie(professional, t0));
    Check(family.AddAction(professional, professional.UserId, $"bench taak w{w} t1", d0, false, today, t0, out _));
    family.ScheduleNextCheck(policy.NextCheck(family.State));
    if (!await repo.CreateAsync(family, AppliedTurns.None, default)) throw new InvalidOperationException("warm-up family exists already: use a fresh --prefix");
    await references.SaveAsync(Address($"19:warm-{w}@thread.v2", professional.UserId, professional.AadObjectId), default);
    warmIds.Add(family.Id);
}
var seedSeconds = seedWatch.Elapsed.TotalSeconds;
Log($"seeded {familyCount} families, {familyCount * tasksPerFamily} tasks, {userCount} references in {seedSeconds:F1} s");

// ---- the counting proxy and the bot -------------------------------------------------------------------------
var azuriteEndpoint = new Uri(storage.Split(';').First(p => p.StartsWith("TableEndpoint=", StringComparison.Ordinal))["TableEndpoint=".Length..]);
var proxy = await CountingProxy.StartAsync(new Uri(azuriteEndpoint.GetLeftPart(UriPartial.Authority)), prefix);
var proxiedStorage = storage.Replace(azuriteEndpoint.GetLeftPart(UriPartial.Authority), proxy.BaseUrl, StringComparison.Ordinal);
Log($"counting proxy {proxy.BaseUrl} -> {azuriteEndpoint.GetLeftPart(UriPartial.Authority)}");

using var bot = Bot.Start(botDir, proxiedStorage, prefix, botLog);
using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(30) };
await bot.WaitUpAsync(http);
Log($"bot pid {bot.Pid} on {bot.Url}; VmHWM {Proc.Status(bot.Pid, "VmHWM")} kB before any sweep");
var rssAtStart = Proc.Status(bot.Pid, "VmHWM");

async Task<JsonObject> ConnectorAsync(string method, string path)
{
    using var req = new HttpRequestMessage(new HttpMethod(method), connector + path);
    using var res = await http.SendAsync(req);
    res.EnsureSuccessStatusCode();
    return JsonNode.Parse(await res.Content.ReadAsStringAsync())!.AsObject();
}

async Task<JsonObject> SweepAtAsync(DateTimeOffset now, string label)
{
    (await http.PostAsJsonAsync($"{bot.Url}/api/dev/clock", new { now })).EnsureSuccessStatusCode();
    await ConnectorAsync("POST", "_proactive?on=1");
    proxy.Reset();
    var cpu0 = Proc.CpuTicks(bot.Pid);
    var az0 = azuritePid > 0 ? Proc.CpuTicks(azuritePid) : 0;
    var load0 = File.ReadAllText("/proc/loadavg").Split(' ')[0];
    Log($"{label}: clock {now:yyyy-MM-dd HH:mm zzz}, POST /api/dev/sweep");
    var watch = Stopwatch.StartNew();
    using var res = await http.PostAsync($"{bot.Url}/api/dev/sweep", null);
    var seconds = watch.Elapsed.TotalSeconds;
    var body = await res.Content.ReadAsStringAsync();
    if (!res.IsSuccessStatusCode) throw new InvalidOperationException($"sweep answered {(int)res.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
    var summary = JsonNode.Parse(body)!.AsObject();
    summary.Remove("notices");
    var fc = await ConnectorAsync("GET", "_proactive");
    await ConnectorAsync("POST", "_proactive?on=0");
    var result = new JsonObject
    {
        ["clock"] = now.ToString("yyyy-MM-ddTHH:mm:sszzz"),
        // The sweep's own time (read the due index, queue the families), as the bot measured it; the request itself
        // also waits until the sender has read, decided and sent everything the sweep queued.
        ["sweepSeconds"] = Math.Round(summary["sweepMilliseconds"]!.GetValue<double>() / 1000, 3),
        ["deliveredSeconds"] = Math.Round(summary["deliveredMilliseconds"]!.GetValue<double>() / 1000, 3),
        ["requestSeconds"] = Math.Round(seconds, 3),
        ["summary"] = summary,
        ["storage"] = proxy.Snapshot(),
        ["connector"] = fc,
        ["botCpuSeconds"] = (Proc.CpuTicks(bot.Pid) - cpu0) / 100.0,
        ["azuriteCpuSeconds"] = azuritePid > 0 ? (Proc.CpuTicks(azuritePid) - az0) / 100.0 : null,
        ["botVmHwmKb"] = Proc.Status(bot.Pid, "VmHWM"),
        ["botVmRssKb"] = Proc.Status(bot.Pid, "VmRSS"),
        ["botLogErrorsSoFar"] = File.Exists(botLog) ? File.ReadLines(botLog).Count(l => l.StartsWith("fail:", StringComparison.Ordinal)) : null,
        ["botLogWarningsSoFar"] = File.Exists(botLog) ? File.ReadLines(botLog).Count(l => l.StartsWith("warn:", StringComparison.Ordinal)) : null,
        ["load"] = $"{load0} -> {File.ReadAllText("/proc/loadavg").Split(' ')[0]}",
    };
    Log($"  swept in {summary["sweepMilliseconds"]} ms, delivered after {seconds:F1} s; summary {summary.ToJsonString()}");
    Log($"  storage: {proxy.Snapshot()["requests"]} requests, {proxy.Snapshot()["entitiesRead"]} entities read; connector: {fc["accepted"]} accepted ({fc["creates"]} creates, {fc["sends"]} sends), {fc["refused"]} × 429");
    return result;
}

// Which tokens arrived, against those expected: duplicates and losses.
JsonObject Delivery(JsonObject fc, IEnumerable<string> expected)
{
    var got = fc["tokens"]!.AsArray().Select(t => t!.GetValue<string>()).ToHashSet();
    var want = expected.ToHashSet();
    fc.Remove("tokens");
    return new JsonObject
    {
        ["expected"] = want.Count,
        ["delivered"] = want.Count(got.Contains),
        ["lost"] = want.Count(t => !got.Contains(t)),
        ["unexpected"] = got.Count(t => !want.Contains(t)),
        ["duplicates"] = fc["duplicates"]!.GetValue<int>(),
    };
}

try
{
    // ---- warm-up: one sweep of the warm-up families, not measured; then their tasks are done ----------------------
    var warm = await SweepAtAsync(At(d0, 10), "warm-up");
    foreach (var id in warmIds)
    {
        var loaded = (await repo.GetAsync(id, default))!;
        var professional = loaded.Family.State.Members[0];
        Check(loaded.Family.MarkDone(new Actor(professional.UserId, professional.Name, professional.AadObjectId), 1, t0));
        loaded.Family.ScheduleNextCheck(policy.NextCheck(loaded.Family.State));
        await repo.SaveAsync(loaded.Family, loaded.Version, loaded.Applied, default);
    }
    Log($"warm-up: {warm["summary"]!["sent"]} nudges sent, the {WarmFamilies} tasks marked done");

    // ---- part 2: the sweep, 1% due -------------------------------------------------------------------------------
    var sweep = await SweepAtAsync(At(d1, 10), "sweep (part 2)");
    var sweepDelivery = Delivery(sweep["connector"]!.AsObject(), Enumerable.Range(0, dueFamilies).Select(i => $"f{i}-t1"));
    sweep["delivery"] = sweepDelivery;
    sweep["families"] = familyCount;
    sweep["tasks"] = familyCount * tasksPerFamily;
    sweep["dueTasks"] = dueFamilies;
    sweep["professionals"] = userCount;
    sweep["seedSeconds"] = Math.Round(seedSeconds, 1);
    sweep["seedParallel"] = parallel;
    sweep["botVmHwmKbAtStart"] = rssAtStart;
    Console.WriteLine("SWEEP_JSON " + sweep.ToJsonString());

    // ---- part 3: 10,000 nudges -----------------------------------------------------------------------------------
    if (skipProactive) return 0;
    var proactive = await SweepAtAsync(At(d2, 10), "proactive (part 3)");
    proactive["delivery"] = Delivery(proactive["connector"]!.AsObject(), Enumerable.Range(0, familyCount).Select(i => $"f{i}-t2"));
    proactive["nudges"] = familyCount;
    proactive["professionals"] = userCount;
    Console.WriteLine("PROACTIVE_JSON " + proactive.ToJsonString());
}
finally
{
    bot.Stop();
    await proxy.DisposeAsync();
}
return 0;

static void Check(DomainResult result)
{
    if (!result.Succeeded) throw new InvalidOperationException($"seeding refused: {result}");
}

static void Log(string text) => Console.WriteLine($"[sweep] {text}");

sealed class Args
{
    private readonly Dictionary<string, string> _values = new();

    public static Args Parse(string[] args)
    {
        var a = new Args();
        for (var i = 0; i + 1 < args.Length; i += 2) a._values[args[i].TrimStart('-')] = args[i + 1];
        return a;
    }

    public string? Get(string name) => _values.GetValueOrDefault(name);
}

static class Proc
{
    public static long CpuTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var f = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(f[11]) + long.Parse(f[12]); // utime + stime (fields 14, 15)
        }
        catch (IOException)
        {
            return 0;
        }
    }

    public static long? Status(int pid, string key)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(key + ":", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line[(key.Length + 1)..].Trim().Split(' ')[0]);
        }
        catch (IOException)
        {
            return null;
        }
    }
}

/// <summary>The real bot as a child process: Release build, Development, scheduler off.</summary>
sealed class Bot : IDisposable
{
    private readonly Process _process;

    private Bot(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }
    public int Pid => _process.Id;

    public static Bot Start(string dir, string storage, string prefix, string log)
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var psi = new ProcessStartInfo("dotnet", "CoordinatieBot.dll")
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        psi.Environment["ASPNETCORE_URLS"] = url;
        psi.Environment["MicrosoftAppId"] = "";
        psi.Environment["MicrosoftAppPassword"] = "";
        psi.Environment["Storage__ConnectionString"] = storage;
        psi.Environment["Storage__TablePrefix"] = prefix;
        psi.Environment["Escalation__SchedulerEnabled"] = "false";
        var process = Process.Start(psi)!;
        var writer = new StreamWriter(log, append: false) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (writer) writer.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (writer) writer.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new Bot(process, url);
    }

    public async Task WaitUpAsync(HttpClient http)
    {
        for (var i = 0; i < 240; i++)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the bot exited with {_process.ExitCode}");
            try
            {
                using var res = await http.GetAsync(Url + "/healthz");
                if (res.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException("the bot did not answer /healthz within 60 s");
    }

    public void Stop()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        Stop();
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        return ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
    }
}

/// <summary>
/// An HTTP proxy in front of Azurite that counts, per table and kind of call, the requests the bot makes and the
/// entities storage returns (a point read that finds its row is 1; a query page counts its "value" rows).
/// </summary>
sealed class CountingProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _client;
    private readonly Uri _target;
    private readonly string _prefix;
    private readonly ConcurrentDictionary<string, long[]> _counts = new();

    private CountingProxy(WebApplication app, HttpClient client, Uri target, string prefix)
    {
        _app = app;
        _client = client;
        _target = target;
        _prefix = prefix;
    }

    public string BaseUrl { get; private set; } = "";

    public static async Task<CountingProxy> StartAsync(Uri target, string prefix)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            AutomaticDecompression = System.Net.DecompressionMethods.None,
            MaxConnectionsPerServer = 256,
        };
        var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        var proxy = new CountingProxy(app, client, target, prefix);
        app.Run(proxy.ForwardAsync);
        await app.StartAsync();
        proxy.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return proxy;
    }

    public void Reset() => _counts.Clear();

    public JsonObject Snapshot()
    {
        var byTable = new JsonObject();
        long requests = 0, entities = 0, reads = 0, writes = 0;
        foreach (var (key, v) in _counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            byTable[key] = new JsonObject { ["requests"] = v[0], ["entities"] = v[1] };
            requests += v[0];
            if (key.Contains(" get ", StringComparison.Ordinal) || key.Contains(" query ", StringComparison.Ordinal))
            {
                reads += v[0];
                entities += v[1];
            }
            else
            {
                writes += v[0];
            }
        }
        return new JsonObject
        {
            ["requests"] = requests, ["readRequests"] = reads, ["entitiesRead"] = entities, ["writeRequests"] = writes, ["byTableAndKind"] = byTable,
        };
    }

    private async Task ForwardAsync(HttpContext ctx)
    {
        var req = ctx.Request;
        // The raw target, exactly as the client encoded it: the SharedKey signature covers the encoded path.
        var raw = ctx.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget;
        using var msg = new HttpRequestMessage(new HttpMethod(req.Method), new Uri(_target.GetLeftPart(UriPartial.Authority) + raw));
        var body = new MemoryStream();
        await req.Body.CopyToAsync(body, ctx.RequestAborted);
        if (body.Length > 0 || req.Method is "POST" or "PUT" or "MERGE" or "PATCH") msg.Content = new ByteArrayContent(body.ToArray());
        foreach (var (name, value) in req.Headers)
        {
            if (name is "Host" or "Content-Length" or "Transfer-Encoding" or "Connection") continue;
            if (!msg.Headers.TryAddWithoutValidation(name, value.ToArray())) msg.Content?.Headers.TryAddWithoutValidation(name, value.ToArray());
        }
        using var res = await _client.SendAsync(msg, ctx.RequestAborted);
        var bytes = await res.Content.ReadAsByteArrayAsync(ctx.RequestAborted);
        ctx.Response.StatusCode = (int)res.StatusCode;
        foreach (var (name, value) in res.Headers)
            if (name is not ("Transfer-Encoding" or "Connection")) ctx.Response.Headers[name] = value.ToArray();
        foreach (var (name, value) in res.Content.Headers)
            if (name != "Content-Length") ctx.Response.Headers[name] = value.ToArray();
        Count(req.Method, req.Path.Value ?? "", (int)res.StatusCode, bytes);
        if (bytes.Length > 0)
        {
            ctx.Response.ContentLength = bytes.Length;
            await ctx.Response.Body.WriteAsync(bytes, ctx.RequestAborted);
        }
    }

    private void Count(string method, string path, int status, byte[] body)
    {
        // /devstoreaccount1/<table>[(PartitionKey='..',RowKey='..')] or /devstoreaccount1/$batch or /devstoreaccount1/Tables
        var rest = path.Split('/', 3, StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } parts ? parts[1] : path;
        var paren = rest.IndexOf('(');
        var table = paren >= 0 ? rest[..paren] : rest;
        if (table.StartsWith(_prefix, StringComparison.Ordinal)) table = table[_prefix.Length..];
        var keyed = paren >= 0 && rest.Contains("PartitionKey", StringComparison.Ordinal);
        string kind = (method, table) switch
        {
            (_, "$batch") => "transaction",
            (_, "Tables") => "tables",
            ("GET", _) => keyed ? "get" : "query",
            ("POST", _) => "insert",
            ("PUT", _) => "upsert/replace",
            ("MERGE" or "PATCH", _) => "merge",
            ("DELETE", _) => "delete",
            _ => method.ToLowerInvariant(),
        };
        long entities = 0;
        if (kind == "get" && status == 200) entities = 1;
        else if (kind == "query" && status == 200)
        {
            try
            {
                using var doc = JsonDocument.Parse(body);
                if (doc.RootElement.TryGetProperty("value", out var value)) entities = value.GetArrayLength();
            }
            catch (JsonException)
            {
            }
        }
        var key = $"{(table == "$batch" ? "Families(batch)" : table)} {kind} {status}";
        var c = _counts.GetOrAdd(key, _ => new long[2]);
        Interlocked.Increment(ref c[0]);
        Interlocked.Add(ref c[1], entities);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _client.Dispose();
    }
}
