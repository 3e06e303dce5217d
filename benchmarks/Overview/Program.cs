// The tabs' pages are one request each (issue 17: "fast with 500 families, one request, under 200 ms on Azurite here").
//
//   dotnet Overview.dll --storage <Azurite connection string> --bot <published bot dir> [--families 500] [--runs 30]
//                       [--azurite-pid <pid of Azurite's table service, for its CPU per request>]
//
// 1. Seeds `families` families straight into Table storage with the bot's own storage classes, filed under one team:
//    each with a regisseur from another organisation, three members, five tasks (one late), every tenth
//    with an open escalation. One professional ("the owner") has a task in 50 of them.
// 2. Starts the published bot (Release, Development, the seeded procesmanager as Coordination:DefaultProcesmanager)
//    and times, on a fresh process, the first GET /api/tabs/overview (cold: every family read from storage), then
//    `runs` more of each page and of GET /healthz, the peer that asks storage once. Prints one JSON line (OVERVIEW_JSON).
using System.Diagnostics;
using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Domain;
using CoordinatieBot.Storage;
using CoordinatieBot.Storage.Escalation;
using CoordinatieBot.Storage.Families;
using CoordinatieBot.Storage.References;
using CoordinatieBot.Storage.Tables;
using Microsoft.Extensions.Options;

var opts = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal) && x.i + 1 < args.Length)
    .ToDictionary(x => x.a[2..], x => args[x.i + 1]);
var storage = opts.GetValueOrDefault("storage") ?? throw new ArgumentException("--storage");
var botDir = opts.GetValueOrDefault("bot") ?? throw new ArgumentException("--bot");
var familyCount = int.Parse(opts.GetValueOrDefault("families") ?? "500");
var runs = int.Parse(opts.GetValueOrDefault("runs") ?? "30");
var azurite = int.TryParse(opts.GetValueOrDefault("azurite-pid"), out var azuritePid) ? Process.GetProcessById(azuritePid) : null;
var prefix = opts.GetValueOrDefault("prefix") ?? "tabs" + Environment.ProcessId;
const string Tenant = "bench-tenant-tabs";
const string Team = "19:bench-team@thread.tacv2";
const string Procesmanager = "aad-bench-pm";
const string Owner = "aad-bench-owner";

var t0 = DateTimeOffset.UtcNow.AddDays(-30);
var today = DateOnly.FromDateTime(DateTime.UtcNow);
var storageOptions = Options.Create(new StorageOptions { ConnectionString = storage, TablePrefix = prefix, ReadCacheTtl = TimeSpan.Zero });
var tables = new TableSet(storageOptions);
await tables.CreateAllAsync(default);
var repo = new TableFamilyRepository(tables, new TableDueIndex(tables), new FamilyCache(storageOptions));
var teams = new TableTeamFamilies(tables);
var references = new TableConversationReferenceStore(tables);
Actor Professional(int u) => new($"29:bench-{u}", $"Professional {u}", $"aad-bench-{u}");
var owner = new Actor("29:bench-owner", "Owner", Owner);

var seed = Stopwatch.StartNew();
await Parallel.ForEachAsync(Enumerable.Range(0, familyCount), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
{
    var regisseur = Professional(i % 40);
    var family = Family.Start(Guid.NewGuid().ToString("N"), $"Gezin {i}", Tenant, $"19:tabs-{i}@thread.v2", regisseur, t0);
    family.NoteMessage(Professional(40 + i % 60), t0);
    if (i % 10 == 0) family.NoteMessage(owner, t0);
    family.TakeRegie(regisseur, t0);
    for (var k = 1; k <= 5; k++)
    {
        var who = k == 1 && i % 10 == 0 ? owner.UserId : Professional(40 + i % 60).UserId;
        family.AddAction(regisseur, who, $"bench taak f{i} t{k}", k == 1 ? today.AddDays(-5) : today.AddDays(10 * k), false, today.AddDays(-30), t0, out _);
    }
    if (i % 10 == 0) family.EscalateAction(regisseur, 1, t0.AddDays(20), out _);
    if (!await repo.CreateAsync(family, AppliedTurns.None, ct)) throw new InvalidOperationException("use a fresh --prefix");
    await teams.AddAsync(Tenant, Team, family.Id, ct);
});
await references.SaveAsync(new ConversationReference
{
    TenantId = Tenant, ConversationId = "a:bench-owner", ConversationType = "personal", ServiceUrl = "http://127.0.0.1:9/",
    UserId = owner.UserId, AadObjectId = Owner, LastSeenAt = DateTimeOffset.UtcNow,
}, default);
Console.Error.WriteLine($"seeded {familyCount} families in {seed.Elapsed.TotalSeconds:F1} s");

var port = FreePort();
var url = $"http://127.0.0.1:{port}";
var psi = new ProcessStartInfo("dotnet", "CoordinatieBot.dll") { WorkingDirectory = botDir, RedirectStandardOutput = true, RedirectStandardError = true };
foreach (var (k, v) in new Dictionary<string, string>
{
    ["ASPNETCORE_ENVIRONMENT"] = "Development", ["ASPNETCORE_URLS"] = url, ["MicrosoftAppId"] = "", ["MicrosoftAppPassword"] = "",
    ["Storage__ConnectionString"] = storage, ["Storage__TablePrefix"] = prefix, ["Escalation__SchedulerEnabled"] = "false",
    ["Coordination__DefaultProcesmanager__AadObjectId"] = Procesmanager, ["Coordination__DefaultProcesmanager__Name"] = "PM",
    ["Tabs__DevelopmentTenantId"] = Tenant, ["Logging__LogLevel__Default"] = "Warning",
})
    psi.Environment[k] = v;
using var bot = Process.Start(psi)!;
bot.OutputDataReceived += (_, _) => { };
bot.ErrorDataReceived += (_, _) => { };
bot.BeginOutputReadLine();
bot.BeginErrorReadLine();
using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(2) };
try
{
    for (var i = 0; ; i++)
    {
        try
        {
            if ((await http.GetAsync("/healthz")).IsSuccessStatusCode) break;
        }
        catch (HttpRequestException) when (i < 240)
        {
        }
        await Task.Delay(250);
    }

    async Task<(double Ms, int Count, int Bytes)> TimeAsync(string path, string? user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (user is not null) request.Headers.Add("X-Dev-User", user);
        var watch = Stopwatch.StartNew();
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var ms = watch.Elapsed.TotalMilliseconds;
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {body}");
        var count = path switch
        {
            "/api/tabs/overview" => JsonNode.Parse(body)!["families"]!.AsArray().Count,
            "/api/tabs/overview.csv" => body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1,
            "/api/tabs/tasks" => JsonNode.Parse(body)!["tasks"]!.AsArray().Count,
            _ => 0,
        };
        return (ms, count, body.Length);
    }

    var cold = await TimeAsync("/api/tabs/overview", Procesmanager);
    var result = new JsonObject
    {
        ["families"] = familyCount,
        ["coldOverviewMs"] = Math.Round(cold.Ms, 1),
        ["overviewFamilies"] = cold.Count,
        ["overviewKb"] = Math.Round(cold.Bytes / 1024.0, 1),
    };
    foreach (var (name, path, user) in new[]
             {
                 ("overview", "/api/tabs/overview", Procesmanager), ("csv", "/api/tabs/overview.csv", Procesmanager),
                 ("tasks", "/api/tabs/tasks", Owner), ("healthz", "/healthz", null),
             })
    {
        var times = new List<double>();
        var rows = 0;
        bot.Refresh();
        azurite?.Refresh();
        var botCpu = bot.TotalProcessorTime;
        var storageCpu = azurite?.TotalProcessorTime ?? TimeSpan.Zero;
        for (var r = 0; r < runs; r++)
        {
            var (ms, count, _) = await TimeAsync(path, user);
            times.Add(ms);
            rows = count;
        }
        times.Sort();
        result[name] = new JsonObject
        {
            ["p50Ms"] = Math.Round(times[times.Count / 2], 1),
            ["p90Ms"] = Math.Round(times[(int)(times.Count * 0.9)], 1),
            ["maxMs"] = Math.Round(times[^1], 1),
            ["rows"] = rows,
            ["botCpuMs"] = Math.Round(CpuSince(bot, botCpu) / runs, 1),
            ["azuriteCpuMs"] = azurite is null ? null : Math.Round(CpuSince(azurite, storageCpu) / runs, 1),
        };
    }
    Console.WriteLine("OVERVIEW_JSON " + result.ToJsonString());
}
finally
{
    bot.Kill(entireProcessTree: true);
}

static double CpuSince(Process p, TimeSpan before)
{
    p.Refresh();
    return (p.TotalProcessorTime - before).TotalMilliseconds;
}

static int FreePort()
{
    using var l = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
    l.Start();
    return ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
}
