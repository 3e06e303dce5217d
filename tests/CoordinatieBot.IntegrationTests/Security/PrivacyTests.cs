using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Azure.Data.Tables;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.IntegrationTests.Infrastructure;
using CoordinatieBot.IntegrationTests.Observability;
using CoordinatieBot.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.IntegrationTests.Security;

/// <summary>Logs without content over a whole scenario, retention, erasure on request, and the append-only history.</summary>
public class PrivacyTests : IAsyncLifetime
{
    private static readonly Persona Karin = Persona.Karin;
    private readonly CapturingLoggerProvider _logs = new();
    private FakeConnector _connector = null!;
    private BotApp _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _app = new BotApp(_connector, new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Trace",
            ["Privacy:RetentionDays"] = "365",
        }, services => services.AddSingleton<ILoggerProvider>(_logs));
        _http = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private static DateTimeOffset At(int year, int month, int day, int hour = 9) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(1));

    private async Task<JsonNode> PostAsync(string path) => (await (await _http.PostAsync(path, null)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonNode>())!;

    private string FamilyIdOf(Chat chat) =>
        Coordination.RegieTests.FindData(_connector.Calls.Last(c => c.Card is not null && c.Path.Contains(chat.ConversationId)).Card!, "plan.refresh")["familyId"]!.GetValue<string>();

    private Task<StorageSnapshot> SnapshotAsync() => StorageSnapshot.TakeAsync(_app.Services);

    [Fact]
    public async Task A_whole_scenario_with_escalation_sweeps_closing_and_retention_logs_no_alias_name_or_plan_text()
    {
        var chat = new Chat(_app, _http, "19:privacy-scenario@thread.v2");
        await chat.SayAsync(Persona.Piet, "start gezin Zeearend");
        await chat.SayAsync(Persona.Piet, "ik neem de regie");
        await chat.SayAsync(Persona.Piet, "ik ben van Wijkteam Noord");
        await chat.SayAsync(Persona.Piet, "doel financiën: schuldsanering aanvragen");
        await chat.SayAsync(Persona.Piet, "kracht: oma helpt elke woensdag");
        await chat.SayAsync(Persona.Piet, "zorg: huurachterstand van drie maanden");
        await chat.SayAsync(Persona.Piet, "toestemming: moeder, schriftelijk, voor Wijkteam, GGD, doel: afstemming hulp");
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woonstichting voor 4 december", Persona.Ahmed);
        await chat.SayAsync(Persona.Fatima, "knelpunt: de leerplichtambtenaar reageert niet");
        await chat.SayAsync(Persona.Fatima, "zorg over veiligheid: blauwe plek bij de jongste");
        await chat.SendAsync(Persona.Piet, "plan");
        var familyId = FamilyIdOf(chat);

        // The procesmanager acknowledges the knelpunt on her card.
        var pmCard = _connector.Calls.First(c => c.Card is not null && c.Card.ToJsonString().Contains("esc.ack"));
        var pmChat = new Chat(_app, _http, pmCard.Path.Split('/')[3], "personal");
        await pmChat.InvokeAsync(Karin, "esc.ack", new Dictionary<string, string> { ["familyId"] = familyId, ["escalation"] = "1" }, pmCard.ResponseId!);

        // Sweeps: the reminder on the due date and the late one; each exactly once even when swept twice.
        foreach (var moment in new[] { At(2026, 12, 4), At(2026, 12, 4, 10), At(2026, 12, 8), At(2026, 12, 8, 11) })
        {
            _app.Clock.SetUtcNow(moment);
            await PostAsync("/api/dev/sweep");
        }
        var toAhmed = _connector.Calls.Count(c => c.Method == "POST" && c.FailedWith is null && c.Card is not null && c.Card.ToJsonString().Contains("woonstichting")
                                                 && c.Path.StartsWith("/v3/conversations/a:conv-") && !c.Path.Contains(pmChat.ConversationId));
        Assert.Equal(2, toAhmed);

        await chat.SayAsync(Persona.Piet, "klaar met 1");
        await chat.SayAsync(Persona.Piet, "geschiedenis");
        await chat.SayAsync(Persona.Piet, "gezin afsluiten: doelen bereikt");
        await chat.SayAsync(Persona.Piet, "doel 1 behaald: schuldsanering loopt"); // the outcome per goal, then nazorg
        await chat.SayAsync(Persona.Piet, "nazorg afsluiten"); // gesloten: retention counts from here
        _app.Clock.SetUtcNow(At(2027, 12, 20));
        Assert.Equal(1, (await PostAsync("/api/dev/retention"))["erased"]!.GetValue<int>());
        await _app.DisposeAsync(); // shutdown logs count too

        string[] secrets =
        [
            "Zeearend", "schuldsanering", "oma helpt", "huurachterstand", "woonstichting", "leerplichtambtenaar", "blauwe plek", "doelen bereikt",
            "moeder, schriftelijk", "afstemming hulp", Persona.Piet.Name, Persona.Ahmed.Name, Persona.Fatima.Name, Karin.Name, "Wijkteam Noord",
        ];
        var entries = _logs.Entries.ToList();
        Assert.True(entries.Count > 100, $"only {entries.Count} log entries");
        var hits = entries.SelectMany(e => secrets.Where(s => e.Text.Contains(s, StringComparison.OrdinalIgnoreCase)).Select(s => $"{e.Level} {e.Category}: '{s}' in {e.Text}")).ToList();
        SecurityFigures.Line($"privacy: log scan of a whole scenario (plan, consent, task, knelpunt, safety, procesmanager card, 4 sweeps, close, retention): {entries.Count} entries, {secrets.Length} secrets, leaks {hits.Count}");
        SecurityFigures.Line($"nudges: scenario sweeps (due + late, each swept twice): {toAhmed} sent for 2 due, doubled 0, lost 0");
        Assert.True(hits.Count == 0, string.Join("\n", hits.Take(20)));
    }

    [Fact]
    public async Task A_closed_family_is_erased_completely_after_the_retention_period_and_the_erasure_is_logged_without_content()
    {
        var closed = new Chat(_app, _http, "19:retention-closed@thread.v2");
        await closed.SayAsync(Persona.Piet, "start gezin Reiger");
        await closed.SayAsync(Persona.Piet, "ik neem de regie");
        await closed.SayAsync(Persona.Piet, "taak: @Ahmed belt de school voor 4 december", Persona.Ahmed);
        await closed.SayAsync(Persona.Fatima, "knelpunt: school belt niet terug");
        await closed.SendAsync(Persona.Piet, "plan");
        var closedId = FamilyIdOf(closed);
        _app.Clock.SetUtcNow(At(2026, 12, 4));
        await PostAsync("/api/dev/sweep"); // leaves nudge claims behind
        await closed.SayAsync(Persona.Piet, "gezin afsluiten: open taken vervallen, doelen bereikt");
        await closed.SayAsync(Persona.Piet, "nazorg afsluiten"); // gesloten: retention counts from here

        var open = new Chat(_app, _http, "19:retention-open@thread.v2");
        await open.SayAsync(Persona.Sanne, "start gezin Ekster");
        await open.SendAsync(Persona.Sanne, "plan");
        var openId = FamilyIdOf(open);

        var before = await SnapshotAsync();
        Assert.Contains(before.RowsOf(closedId), k => k.StartsWith(TableNames.NoticeClaims + "|"));
        // (A closed family has no next check, so no due entry is left to erase; the eraser looks anyway.)
        foreach (var table in new[] { TableNames.Families, TableNames.FamilyByConversation, TableNames.MemberFamilies, TableNames.TeamFamilies })
            Assert.True(before.RowsOf(closedId).Any(k => k.StartsWith(table + "|")), $"no {table} row: {string.Join(", ", before.RowsOf(closedId))}");
        var tablesHeld = before.RowsOf(closedId).Select(k => k.Split('|')[0]).Distinct().Count();

        _app.Clock.SetUtcNow(At(2026, 12, 4).AddDays(364));
        Assert.Equal(0, (await PostAsync("/api/dev/retention"))["erased"]!.GetValue<int>());
        Assert.NotEmpty((await SnapshotAsync()).RowsOf(closedId));

        _app.Clock.SetUtcNow(At(2026, 12, 4).AddDays(366));
        Assert.Equal(1, (await PostAsync("/api/dev/retention"))["erased"]!.GetValue<int>());
        var after = await SnapshotAsync();
        Assert.Empty(after.RowsOf(closedId));
        Assert.Equal(before.RowsOf(openId).Count, after.RowsOf(openId).Count);
        Assert.Contains("nog geen gezin", await closed.SayAsync(Persona.Piet, "plan"));

        var log = await _app.Services.GetRequiredService<IFamilyEraser>().LogAsync(10, default);
        var entry = Assert.Single(log);
        Assert.Equal(Keys.Hash(closedId), entry.FamilyHash);
        Assert.Equal(ErasureTrigger.Retention, entry.Trigger);
        Assert.Null(entry.ByUserId);
        var logRows = after.Rows.Where(r => r.Key.StartsWith(TableNames.ErasureLog + "|")).ToList();
        Assert.Single(logRows);
        Assert.DoesNotContain("Reiger", logRows[0].Value + logRows[0].Key);
        Assert.DoesNotContain(closedId, logRows[0].Value + logRows[0].Key);
        Assert.Equal(0, (await PostAsync("/api/dev/retention"))["erased"]!.GetValue<int>()); // nothing left to do
        SecurityFigures.Line($"privacy: retention after 365 days: 1 closed family erased ({before.RowsOf(closedId).Count} rows in {tablesHeld} tables, 0 left), open family untouched, erasure logged without content");
    }

    [Fact]
    public async Task Only_the_regisseur_erases_a_family_on_request_with_a_confirmation_and_a_reason_when_it_is_open()
    {
        var chat = new Chat(_app, _http, "19:erase@thread.v2");
        await chat.SayAsync(Persona.Piet, "start gezin Koekoek");
        await chat.SayAsync(Persona.Piet, "ik neem de regie");
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de GGD voor 4 december", Persona.Ahmed);
        var planCard = (await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null);
        var familyId = FamilyIdOf(chat);
        var before = await SnapshotAsync();

        Assert.Contains("Alleen de regisseur", await chat.SayAsync(Persona.Ahmed, "gezin wissen bevestigd: verzoek van het gezin"));
        Assert.Contains("reden", await chat.SayAsync(Persona.Piet, "gezin wissen"));
        Assert.Contains("gezin wissen bevestigd", await chat.SayAsync(Persona.Piet, "gezin wissen: verzoek van het gezin"));
        Assert.Contains("Piet de Vries", await chat.SayAsync(Persona.Piet, "wie is regisseur?")); // still there
        Assert.DoesNotContain("gewist", await Personal(Persona.Piet).SayAsync(Persona.Piet, "gezin wissen bevestigd: verzoek van het gezin"));
        Assert.DoesNotContain((await SnapshotAsync()).DiffFrom(before), k => !k.StartsWith(TableNames.ConversationReferences));

        Assert.Contains("gewist", await chat.SayAsync(Persona.Piet, "gezin wissen bevestigd: verzoek van het gezin"));
        // The plan card still standing in the chat is emptied too.
        var emptied = _connector.Calls.Last(c => c.Method == "PUT" && c.Path.EndsWith("/" + planCard.ResponseId));
        Assert.Contains("Dit plan is gewist", emptied.Card!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.DoesNotContain("Koekoek", emptied.Card!.ToJsonString());
        var after = await SnapshotAsync();
        Assert.Empty(after.RowsOf(familyId));
        Assert.DoesNotContain(after.Rows, r => r.Value.Contains("verzoek van het gezin") || r.Value.Contains("Koekoek"));
        var entry = Assert.Single(await _app.Services.GetRequiredService<IFamilyEraser>().LogAsync(10, default));
        Assert.Equal((Keys.Hash(familyId), ErasureTrigger.Request, Persona.Piet.Id), (entry.FamilyHash, entry.Trigger, entry.ByUserId));
        Assert.Contains("nog geen gezin", await chat.SayAsync(Persona.Ahmed, "plan"));
        Assert.Contains("geen open taken", await Personal(Persona.Ahmed).SayAsync(Persona.Ahmed, "mijn taken"));
        Assert.Contains("Kwartel", await chat.SayAsync(Persona.Piet, "start gezin Kwartel"));
        SecurityFigures.Report("privacy: erase requests (non-regisseur, no reason, unconfirmed, 1:1 chat)", 4, 4, 0, 0, "then 1 confirmed erase by the regisseur: 0 rows left, logged without content");
    }

    private Chat Personal(Persona user) => new(_app, _http, $"a:1on1-{user.Id}", "personal");

    [Fact]
    public async Task The_history_is_append_only()
    {
        var chat = new Chat(_app, _http, "19:history@thread.v2");
        await chat.SayAsync(Persona.Piet, "start gezin Gaai");
        await chat.SayAsync(Persona.Piet, "ik neem de regie");
        await chat.SayAsync(Persona.Piet, "taak: ik bel de school voor vrijdag");
        await chat.SendAsync(Persona.Piet, "plan");
        var familyId = FamilyIdOf(chat);
        var families = _app.Services.GetRequiredService<TableSet>()[TableNames.Families];

        async Task<Dictionary<string, string>> HistoryAsync()
        {
            var rows = new Dictionary<string, string>();
            await foreach (var e in families.QueryAsync<TableEntity>(e => e.PartitionKey == familyId))
                if (e.RowKey.StartsWith("h-", StringComparison.Ordinal)) rows[e.RowKey] = e.ETag + "|" + string.Join("|", e.Where(p => p.Key != "odata.etag").Select(p => $"{p.Key}={p.Value}"));
            return rows;
        }

        var first = await HistoryAsync();
        var checks = 0;
        foreach (var text in new[] { "klaar met 1", "doel wonen: huis", "niveau MPG2", "regie overdragen aan @Fatima", "taak: ik mail de GGD voor vrijdag", "1 lukt niet: dubbel" })
        {
            await chat.SendAsync(Persona.Piet, text, Persona.Fatima);
            var now = await HistoryAsync();
            foreach (var (key, value) in first)
            {
                Assert.True(now.TryGetValue(key, out var still), $"history row {key} disappeared");
                Assert.Equal(value, still);
                checks++;
            }
            Assert.True(now.Count >= first.Count);
            first = now;
        }

        // The code: history rows are only ever added; the only deletes in the Families table are the eraser's.
        var storage = Path.Combine(TestStorage.RepoRoot(), "src", "CoordinatieBot.Storage");
        var sources = Directory.GetFiles(storage, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/") && !f.Contains("/bin/"))
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        var repository = sources["TableFamilyRepository.cs"];
        Assert.DoesNotMatch(new Regex(@"Delete", RegexOptions.IgnoreCase), repository);
        Assert.All(Regex.Matches(repository, @"TableTransactionActionType\.(\w+), (FamilyRows\.\w+|h)\b").Select(m => (m.Groups[1].Value, m.Groups[2].Value)),
            m => Assert.True(m.Item1 == "Add" || m.Item2 == "FamilyRows.State", $"{m.Item1} of {m.Item2}"));
        var deleters = sources.Where(s => Regex.IsMatch(s.Value, @"TableNames\.Families\]") && Regex.IsMatch(s.Value, @"Delete(Entity|\b)|TableTransactionActionType\.Delete"))
            .Select(s => s.Key).ToList();
        Assert.Equal(["TableFamilyEraser.cs"], deleters);
        SecurityFigures.Line($"privacy: history append-only: {checks} row checks over 6 changes, rows changed or removed 0; deletes of family rows only in TableFamilyEraser");
    }
}
