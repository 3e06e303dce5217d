using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.IntegrationTests.Escalation;
using CoordinatieBot.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoordinatieBot.IntegrationTests.Tabs;

/// <summary>
/// The guard's "regie op regie" tab through the real pipeline: Karin is the default procesmanager (BotApp), signed in
/// with the Development header; the families, counts and patterns after a month on the fake clock.
/// </summary>
public class OverviewTabTests : EscalationTestBase
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Tabs:DevelopmentTenantId"] = "tenant-1",
        // Low thresholds, so one month of two families shows both kinds of pattern.
        ["Coordination:CaseloadLimit"] = "1",
        ["Escalation:PatternEscalations"] = "1",
    };

    private Task<HttpResponseMessage> GetAsync(string path, Persona? who)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (who is not null) request.Headers.Add("X-Dev-User", who.AadObjectId);
        return Http.SendAsync(request);
    }

    private async Task<JsonNode> OverviewAsync(Persona who, string query = "")
    {
        var response = await GetAsync("/api/tabs/overview" + query, who);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    private static JsonNode Family(JsonNode overview, string alias) =>
        overview["families"]!.AsArray().Single(f => f!["family"]!.GetValue<string>() == alias)!;

    /// <summary>Vlinder (MPG2, regie Wijkteam Noord, one task of the GGD up the ladder, one waiting) and Merel (quiet); Piet leads both.</summary>
    private async Task SeedAMonthAsync()
    {
        var vlinder = await VlinderAsync();
        await vlinder.SayAsync(Persona.Piet, "ik ben van Wijkteam Noord");
        await vlinder.SayAsync(Persona.Ahmed, "ik ben van GGD");
        await vlinder.SayAsync(Persona.Piet, "niveau MPG2");
        await vlinder.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor 4 december", Persona.Ahmed);
        await vlinder.SayAsync(Persona.Piet, "taak: @Piet vraagt de verblijfsvergunning aan voor 4 december", Persona.Piet);
        await vlinder.SayAsync(Persona.Piet, "taak 2: wacht op IND tot 1 februari");
        var merel = GroupChat("19:merel@thread.v2");
        await merel.SayAsync(Persona.Piet, "start gezin Merel");
        await merel.SayAsync(Persona.Piet, "ik neem de regie");
        foreach (var day in new[] { At(2026, 12, 4), At(2026, 12, 8), At(2026, 12, 11), At(2026, 12, 18) })
            await SweepAtAsync(day);
    }

    [Fact]
    public async Task The_procesmanager_sees_her_families_with_their_counts_escalations_and_patterns_after_a_month()
    {
        await SeedAMonthAsync();

        var overview = await OverviewAsync(Persona.Karin);

        Assert.Equal("nl", overview["language"]!.GetValue<string>());
        Assert.Equal("2026-12-18", overview["today"]!.GetValue<string>());
        Assert.Equal("procesmanager", overview["roleText"]!.GetValue<string>());
        Assert.Equal("Regie op regie", overview["texts"]!["title"]!.GetValue<string>());
        Assert.Equal(2, overview["families"]!.AsArray().Count);

        var vlinder = Family(overview, "Vlinder");
        Assert.Equal("aangemeld", vlinder["phaseText"]!.GetValue<string>());
        Assert.Equal("MPG2", vlinder["level"]!.GetValue<string>());
        Assert.Equal("Wijkteam Noord", vlinder["regisseurOrganisation"]!.GetValue<string>());
        Assert.Equal(1, vlinder["late"]!.GetValue<int>());
        Assert.Equal(1, vlinder["waiting"]!.GetValue<int>());
        Assert.Equal(1, vlinder["escalated"]!.GetValue<int>());
        Assert.Equal(23, vlinder["daysSinceProgress"]!.GetValue<int>()); // nothing moved since 25 November
        Assert.Equal("2027-01-06", vlinder["planDue"]!.GetValue<string>()); // 42 days after the start
        Assert.False(vlinder["planOverdue"]!.GetValue<bool>());
        Assert.Equal("2027-05-25", vlinder["evaluationDue"]!.GetValue<string>());
        Assert.False(vlinder["evaluationOverdue"]!.GetValue<bool>());

        var merel = Family(overview, "Merel");
        Assert.Equal("regulier", merel["level"]!.GetValue<string>());
        Assert.Null(merel["regisseurOrganisation"]);
        Assert.Equal(0, merel["late"]!.GetValue<int>());
        Assert.Equal(0, merel["escalated"]!.GetValue<int>());

        var escalation = Assert.Single(overview["escalations"]!.AsArray())!;
        Assert.Equal("Vlinder", escalation["family"]!.GetValue<string>());
        Assert.Equal(vlinder["familyId"]!.GetValue<string>(), escalation["familyId"]!.GetValue<string>());
        Assert.Equal("Escalatie: taak blijft liggen", escalation["kindText"]!.GetValue<string>());
        Assert.Equal("nieuw", escalation["statusText"]!.GetValue<string>());
        Assert.Equal("GGD", escalation["organisation"]!.GetValue<string>());
        Assert.Equal(10, escalation["daysLate"]!.GetValue<int>()); // 4 to 18 December in working days
        Assert.Contains("eigenaar herinnerd op de datum", escalation["steps"]!.AsArray().Select(s => s!.GetValue<string>()));

        var patterns = overview["patterns"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
        Assert.Equal(["1 regisseur heeft meer dan 1 gezin (2 gezinnen).", "GGD: 1 escalatie in de laatste 3 maanden."], patterns);
    }

    [Fact]
    public async Task In_English_the_texts_and_patterns_are_English()
    {
        await SeedAMonthAsync();

        var overview = await OverviewAsync(Persona.Karin, "?lang=en");

        Assert.Equal("en", overview["language"]!.GetValue<string>());
        Assert.Equal("Family", overview["texts"]!["family"]!.GetValue<string>());
        Assert.Equal("registered", Family(overview, "Vlinder")["phaseText"]!.GetValue<string>());
        Assert.Equal("Escalation: task stays overdue", overview["escalations"]![0]!["kindText"]!.GetValue<string>());
        Assert.Contains("GGD: 1 escalation in the last 3 months.", overview["patterns"]!.AsArray().Select(p => p!.GetValue<string>()));
    }

    [Fact]
    public async Task A_professional_who_guards_no_family_gets_a_friendly_no_and_without_sign_in_there_is_nothing()
    {
        await SeedAMonthAsync();

        foreach (var path in new[] { "/api/tabs/overview", "/api/tabs/overview.csv" })
        {
            var refused = await GetAsync(path, Persona.Piet);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            var body = (await refused.Content.ReadFromJsonAsync<JsonNode>())!;
            Assert.Contains("procesmanager en de coördinator risicogezinnen", body["message"]!.GetValue<string>());
            Assert.DoesNotContain("Vlinder", body.ToJsonString());

            Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(path, null)).StatusCode);
        }
    }

    [Fact]
    public async Task The_csv_has_a_header_in_the_readers_language_and_one_row_per_family()
    {
        await SeedAMonthAsync();

        var response = await GetAsync("/api/tabs/overview.csv?lang=en", Persona.Karin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment; filename=\"regie-op-regie-2026-12-18.csv\"", response.Content.Headers.ContentDisposition?.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var header = lines[0].Split(';');
        Assert.Equal(["Family", "Phase", "Level", "Regisseur's organisation", "Overdue", "Waiting", "Open escalations", "Days since progress",
            "Plan with family by", "Plan past the norm", "Evaluation by", "Evaluation past the norm"], header);
        var vlinder = lines.Single(l => l.StartsWith("Vlinder;", StringComparison.Ordinal)).Split(';');
        Assert.Equal(header.Length, vlinder.Length);
        Assert.Equal(["Vlinder", "registered", "MPG2", "Wijkteam Noord", "1", "1", "1", "23", "2027-01-06", "no", "2027-05-25", "no"], vlinder);

        var dutch = Encoding.UTF8.GetString(await (await GetAsync("/api/tabs/overview.csv", Persona.Karin)).Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFFGezin;Fase;Niveau;", dutch);
    }

    [Fact]
    public async Task A_regisseur_organisation_that_looks_like_a_formula_stays_text_in_the_csv()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "ik ben van =HYPERLINK(\"http://x\";\"y\")");

        var csv = Encoding.UTF8.GetString(await (await GetAsync("/api/tabs/overview.csv", Persona.Karin)).Content.ReadAsByteArrayAsync());

        Assert.Contains(";\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\";", csv);
    }
}

/// <summary>With a coördinator risicogezinnen set, each guard's tab shows the levels they guard and nothing else.</summary>
public class OverviewTabGuardsTests : EscalationTestBase
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Tabs:DevelopmentTenantId"] = "tenant-1" };

    private async Task<JsonNode> OverviewAsync(Persona who)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/tabs/overview");
        request.Headers.Add("X-Dev-User", who.AadObjectId);
        var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    private static List<string> Aliases(JsonNode overview) => overview["families"]!.AsArray().Select(f => f!["family"]!.GetValue<string>()).Order().ToList();

    [Fact]
    public async Task The_coordinator_sees_the_lower_levels_and_the_procesmanager_the_rest()
    {
        foreach (var (chatId, alias, level) in new[] { ("19:licht@thread.v2", "Licht", "MPG1"), ("19:regulier@thread.v2", "Gewoon", "regulier"), ("19:zwaar@thread.v2", "Zwaar", "MPG2") })
        {
            var chat = GroupChat(chatId);
            await chat.SayAsync(Persona.Piet, $"start gezin {alias}");
            await chat.SayAsync(Persona.Piet, $"niveau {level}");
        }
        // Before a coördinator is set, the procesmanager guards every level; Olga guards nothing.
        Assert.Equal(["Gewoon", "Licht", "Zwaar"], Aliases(await OverviewAsync(Persona.Karin)));
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/tabs/overview");
        request.Headers.Add("X-Dev-User", Persona.Olga.AadObjectId);
        Assert.Equal(HttpStatusCode.Forbidden, (await Http.SendAsync(request)).StatusCode);

        // Olga has written to the bot, so her Entra id is known when she is mentioned.
        await Personal(Persona.Olga).SayAsync(Persona.Olga, "hallo");
        Assert.Contains("is nu coördinator risicogezinnen", await GroupChat("19:licht@thread.v2").SayAsync(Persona.Karin, "coördinator is @Olga", Persona.Olga));

        var olga = await OverviewAsync(Persona.Olga);
        Assert.Equal(["Gewoon", "Licht"], Aliases(olga));
        Assert.Equal("coördinator risicogezinnen", olga["roleText"]!.GetValue<string>());
        var karin = await OverviewAsync(Persona.Karin);
        Assert.Equal(["Zwaar"], Aliases(karin));
        Assert.Equal("procesmanager", karin["roleText"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_coordinator_set_before_they_ever_wrote_to_the_bot_sees_the_overview_once_Teams_knows_them()
    {
        var chat = GroupChat("19:later@thread.v2");
        await chat.SayAsync(Persona.Piet, "start gezin Later");
        await chat.SayAsync(Persona.Piet, "niveau MPG1");
        Assert.Contains("is nu coördinator risicogezinnen", await chat.SayAsync(Persona.Karin, "coördinator is @Olga", Persona.Olga));

        // Teams tells the bot who she is (Entra id and Teams id) when she installs the app or writes to it.
        await Personal(Persona.Olga).SayAsync(Persona.Olga, "hallo");
        var olga = await OverviewAsync(Persona.Olga);
        Assert.Equal(["Later"], Aliases(olga));
        Assert.Equal("coördinator risicogezinnen", olga["roleText"]!.GetValue<string>());
    }
}

/// <summary>
/// The tab and its export carry process facts only: marker words seeded in every kind of content (goals, strengths,
/// worries, consent, tasks, a knelpunt, a safety concern, an impasse) appear in neither, nor do the professionals' names.
/// </summary>
public class OverviewTabPrivacyTests : EscalationTestBase
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Tabs:DevelopmentTenantId"] = "tenant-1" };

    private static readonly string[] Markers =
    [
        "Zonnebloemdoel", "Kievitwens", "Ooievaarkracht", "Walvisbezorgdheid", "Pelikaanafspraak", "Kastanjetaak", "Lepelaarknelpunt",
        "Reigermelding", "Fazantgeschil", "Meerkoetverblijf",
        Persona.Piet.Name, Persona.Ahmed.Name, Persona.Fatima.Name, "Piet", "Ahmed", "Fatima",
    ];

    [Fact]
    public async Task The_overview_and_the_csv_contain_no_plan_content_family_words_or_names()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "ik ben van Wijkteam Noord");
        await chat.SayAsync(Persona.Piet, "doel financiën: Zonnebloemdoel schulden in kaart, gezin wil Kievitwens");
        await chat.SayAsync(Persona.Piet, "kracht: Ooievaarkracht oma helpt");
        await chat.SayAsync(Persona.Piet, "zorg: Walvisbezorgdheid huurachterstand");
        await chat.SayAsync(Persona.Piet, "toestemming: moeder, schriftelijk, voor Wijkteam, GGD, doel: Pelikaanafspraak");
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt Kastanjetaak voor 4 december", Persona.Ahmed);
        await chat.SayAsync(Persona.Piet, "taak: @Fatima regelt Meerkoetverblijf voor 4 december", Persona.Fatima);
        await chat.SayAsync(Persona.Piet, "taak 2: wacht op Meerkoetverblijf tot 1 februari");
        await chat.SayAsync(Persona.Fatima, "knelpunt: Lepelaarknelpunt reageert niet");
        await chat.SayAsync(Persona.Fatima, "zorg over veiligheid: Reigermelding bij de jongste");
        await chat.SayAsync(Persona.Fatima, "geen overeenstemming: Fazantgeschil over de aanpak");
        await chat.SayAsync(Persona.Piet, "escaleer taak 1");
        foreach (var day in new[] { At(2026, 12, 4), At(2026, 12, 8), At(2026, 12, 11), At(2026, 12, 18) })
            await SweepAtAsync(day);

        var responses = new List<string>();
        foreach (var path in new[] { "/api/tabs/overview", "/api/tabs/overview?lang=en", "/api/tabs/overview.csv", "/api/tabs/overview.csv?lang=en" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("X-Dev-User", Persona.Karin.AadObjectId);
            var response = await Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            responses.Add(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()));
        }

        var overview = JsonNode.Parse(responses[0])!;
        Assert.True(overview["escalations"]!.AsArray().Count >= 3); // the knelpunt, the impasse and the escalated task are there, as facts
        Assert.Contains("Vlinder", responses[2]);
        foreach (var text in responses)
            foreach (var marker in Markers)
                Assert.False(text.Contains(marker, StringComparison.OrdinalIgnoreCase), $"'{marker}' in {text}");
    }
}

/// <summary>When storage does not answer, the tab says so in words and changes nothing.</summary>
public class OverviewTabStorageDownTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private BotApp _app = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _app = new BotApp(_connector, new Dictionary<string, string?> { ["Tabs:DevelopmentTenantId"] = "tenant-1" },
            services => services.AddSingleton<ITeamFamilies, UnreachableTeamFamilies>());
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task The_overview_answers_503_with_a_message()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/tabs/overview");
        request.Headers.Add("X-Dev-User", Persona.Karin.AadObjectId);

        var response = await _app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("probeer het over een minuut nog eens", (await response.Content.ReadFromJsonAsync<JsonNode>())!["message"]!.GetValue<string>());
    }

    private sealed class UnreachableTeamFamilies : ITeamFamilies
    {
        public Task AddAsync(string tenantId, string? teamId, string familyId, CancellationToken ct) => throw new StorageUnavailableException("test");

        public Task<IReadOnlyList<TeamFamilies>> AllAsync(CancellationToken ct) => throw new StorageUnavailableException("test");
    }
}
