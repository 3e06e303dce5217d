using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.IntegrationTests.Infrastructure;
using CoordinatieBot.IntegrationTests.Security;
using CoordinatieBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.IntegrationTests.Tabs;

/// <summary>
/// "Plan voor het gezin" (issue 19) through the real pipeline: the chat's command and its dialog, the page's API, the
/// PDF (read back with poppler's pdftotext, page 1 rendered with pdftoppm into artifacts/cards) and the record that it
/// was shared. Only the family's regisseur gets any of it; another family's id, a member who is not the regisseur and
/// a stranger get the same 404.
/// </summary>
public sealed class FamilyPlanTabTests : IAsyncLifetime
{
    private const string Mail = "piet.devries@wijkteam.example.nl";
    private const string Phone = "+31 10 123 4567";
    private const string Worry = "vader drinkt veel sinds het ontslag";
    private const string TypedName = "Familie Zonnebloem";

    private FakeConnector _connector = null!;
    private BotApp _app = null!;
    private HttpClient _http = null!;
    private readonly CapturingLoggerProvider _logs = new(LogLevel.Trace);

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _app = new BotApp(_connector, new Dictionary<string, string?> { ["Tabs:DevelopmentTenantId"] = "tenant-1" }, services =>
        {
            services.AddSingleton<IPeopleDirectory>(new Directory());
            services.AddSingleton<ILoggerProvider>(_logs);
        });
        _http = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    /// <summary>Vlinder with Piet as regisseur (of Wijkteam Noord), Ahmed as member, goals in the family's words, worries, a level, tasks and a casusoverleg.</summary>
    private async Task<(Chat Chat, string FamilyId)> SeededAsync()
    {
        var chat = new Chat(_app, _http, "19:vlinder@thread.v2", "groupChat", "tenant-1");
        await chat.SayAsync(Persona.Piet, "start gezin Vlinder");
        await chat.SayAsync(Persona.Piet, "ik neem de regie");
        await chat.SayAsync(Persona.Piet, "ik ben van Wijkteam Noord");
        await chat.MembersChangedAsync(added: [Persona.Ahmed]);
        await chat.SayAsync(Persona.Ahmed, "ik ben van Schuldhulp Rotterdam");
        await chat.SayAsync(Persona.Piet, "doel financiën: schulden in kaart en een betalingsregeling, gezin zegt: \"we willen weer rust in ons hoofd\"");
        await chat.SayAsync(Persona.Piet, "doel opvoeding: Noor gaat elke dag naar school");
        await chat.SayAsync(Persona.Piet, "zorg: " + Worry);
        await chat.SayAsync(Persona.Piet, "niveau MPG2");
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor 4 december", Persona.Ahmed);
        await chat.SayAsync(Persona.Piet, "taak voor het gezin: alle brieven van de bank in één map verzamelen, met @Ahmed, voor 2 december", Persona.Ahmed);
        await chat.SayAsync(Persona.Piet, "casusoverleg op 14 januari om 10:00, gezin is erbij");
        var id = (await _app.Services.GetRequiredService<IFamilyRepository>().FindByConversationAsync("tenant-1", chat.ConversationId, default))!.Family.Id;
        return (chat, id);
    }

    [Fact]
    public async Task The_regisseur_gets_the_family_s_plan_in_plain_words_without_worries_or_process_facts()
    {
        var (_, id) = await SeededAsync();

        var response = await SendAsync(Persona.Piet, HttpMethod.Get, $"/api/tabs/family-plan/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var page = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Equal("Plan voor het gezin", page["texts"]!["title"]!.GetValue<string>());
        var text = DocumentText(page["document"]!);
        Assert.Contains("Ons plan: Vlinder", text);
        Assert.Contains("“we willen weer rust in ons hoofd”", text);
        Assert.Contains("Geld en schulden", text);
        Assert.Contains("Wat jullie zelf doen", text);
        Assert.Contains("alle brieven van de bank in één map verzamelen", text);
        Assert.Contains("Ahmed Yilmaz helpt jullie hierbij.", text);
        Assert.Contains("belt de woningcorporatie", text);
        Assert.Contains("Ahmed Yilmaz (Schuldhulp Rotterdam)", text);
        Assert.Contains("Klaar op 4 december 2026", text);
        Assert.Contains("Piet de Vries, van Wijkteam Noord.", text);
        Assert.Contains("Piet de Vries is jullie regisseur. Dat betekent:", text);
        Assert.Contains(Mail, text);
        Assert.Contains("Bellen: " + Phone, text);
        Assert.Contains("Op 14 januari 2027 om 10:00 uur", text);
        Assert.Contains("Handtekening gezin", text);
        AssertNothingInternal(text);
        // The family's own words come before what the team wrote for the goal.
        Assert.True(text.IndexOf("rust in ons hoofd", StringComparison.Ordinal) < text.IndexOf("schulden in kaart", StringComparison.Ordinal));

        var english = (await (await SendAsync(Persona.Piet, HttpMethod.Get, $"/api/tabs/family-plan/{id}?familyLang=en")).Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Equal("nl", english["language"]!.GetValue<string>());
        Assert.Equal("en", english["familyLanguage"]!.GetValue<string>());
        var englishText = DocumentText(english["document"]!);
        Assert.Contains("Our plan: Vlinder", englishText);
        Assert.Contains("What you do yourselves", englishText);
        Assert.Contains("Money and debts", englishText);
        Assert.Contains("is your regisseur. That means:", englishText);
        AssertNothingInternal(englishText);
    }

    [Fact]
    public async Task Only_the_regisseur_gets_it_and_another_family_is_never_reachable_by_its_id()
    {
        var (_, vlinder) = await SeededAsync();
        var reiger = new Chat(_app, _http, "19:reiger@thread.v2", "groupChat", "tenant-1");
        await reiger.SayAsync(Persona.Sanne, "start gezin Reiger");
        await reiger.SayAsync(Persona.Sanne, "ik neem de regie");
        await reiger.SayAsync(Persona.Sanne, "doel wonen: een eigen huis, gezin zegt: \"geheim van Reiger\"");
        var reigerId = (await _app.Services.GetRequiredService<IFamilyRepository>().FindByConversationAsync("tenant-1", reiger.ConversationId, default))!.Family.Id;
        var snapshot = await StorageSnapshot.TakeAsync(_app.Services);

        var attempts = new (Persona Who, string Family)[]
        {
            (Persona.Ahmed, vlinder), // a member, not the regisseur
            (Persona.Olga, vlinder), // no member
            (Persona.Sanne, vlinder), // another family's regisseur
            (Persona.Piet, reigerId), // Vlinder's regisseur, Reiger's id
            (Persona.Piet, "0123456789abcdef0123456789abcdef"), // no such family
            (Persona.Piet, "..%2F..%2Fx"), // not a family id
        };
        var answers = new HashSet<string>();
        foreach (var (who, family) in attempts)
        {
            foreach (var (method, path, body) in new (HttpMethod, string, object?)[]
                     {
                         (HttpMethod.Get, $"/api/tabs/family-plan/{family}", null),
                         (HttpMethod.Get, $"/api/tabs/family-plan/{family}/pdf?name=x", null),
                         (HttpMethod.Post, $"/api/tabs/family-plan/{family}/pdf", new { name = "x" }),
                         (HttpMethod.Post, $"/api/tabs/family-plan/{family}/shared", new { discussed = true }),
                     })
            {
                var response = await SendAsync(who, method, path, body);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{who.Name} {method} {path}: {response.StatusCode}");
                var answer = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain("geheim van Reiger", answer);
                Assert.DoesNotContain("rust in ons hoofd", answer);
                answers.Add((JsonNode.Parse(answer)?["message"]?.GetValue<string>()) ?? "(no message)");
            }
        }
        Assert.Equal("Dit plan kun je hier niet openen. Alleen de regisseur van het gezin kan het plan met het gezin delen, vanuit het gesprek van het gezin.", Assert.Single(answers));
        Assert.Empty((await StorageSnapshot.TakeAsync(_app.Services)).DiffFrom(snapshot));

        // Sanne sees her own family's plan, not Vlinder's.
        var own = (await (await SendAsync(Persona.Sanne, HttpMethod.Get, $"/api/tabs/family-plan/{reigerId}")).Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Contains("geheim van Reiger", DocumentText(own["document"]!));
        Assert.DoesNotContain("rust in ons hoofd", DocumentText(own["document"]!));
    }

    [Fact]
    public async Task Without_a_sign_in_every_family_plan_api_answers_401()
    {
        var (_, id) = await SeededAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.GetAsync($"/api/tabs/family-plan/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.GetAsync($"/api/tabs/family-plan/{id}/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.PostAsJsonAsync($"/api/tabs/family-plan/{id}/pdf", new { name = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.PostAsJsonAsync($"/api/tabs/family-plan/{id}/shared", new { discussed = true })).StatusCode);
    }

    [Fact]
    public async Task The_pdf_holds_the_family_s_words_and_the_actions_and_none_of_the_worries_process_facts_or_codes()
    {
        var (_, id) = await SeededAsync();
        var before = await StorageSnapshot.TakeAsync(_app.Services);

        var response = await SendAsync(Persona.Piet, HttpMethod.Post, $"/api/tabs/family-plan/{id}/pdf", new { name = TypedName });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("plan-voor-het-gezin.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));

        var folder = Path.Combine(RepoRoot(), "artifacts", "cards");
        System.IO.Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "family-plan.pdf");
        await File.WriteAllBytesAsync(file, pdf);

        var text = Collapse(Poppler("pdftotext", "-layout", "-enc", "UTF-8", file, "-"));
        Assert.Contains("Ons plan: " + TypedName, text);
        Assert.DoesNotContain("Ons plan: Vlinder", text);
        Assert.Contains("we willen weer rust in ons hoofd", text);
        Assert.Contains("Wat jullie zelf doen", text);
        Assert.Contains("alle brieven van de bank in één map verzamelen", text);
        Assert.Contains("belt de woningcorporatie", text);
        Assert.Contains("Piet de Vries", text);
        Assert.Contains(Mail, text);
        Assert.Contains("Bellen: " + Phone, text);
        Assert.Contains("14 januari 2027", text);
        Assert.Contains("Handtekening gezin", text);
        AssertNothingInternal(text);

        var fonts = Poppler("pdffonts", file);
        Assert.Contains("yes", fonts); // embedded
        Assert.Matches("(DejaVu Sans|Liberation Sans)", fonts);

        // Page 1 as an image, for the README and a look: A4 at 60 dpi is about 496 × 702.
        var prefix = Path.Combine(folder, "family-plan");
        Poppler("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", file, prefix);
        Assert.True(new FileInfo(prefix + ".png").Length > 10_000, "pdftoppm wrote no page image");

        // The typed name is used for this PDF only: not stored, not logged.
        await _app.IdleAsync();
        var after = await StorageSnapshot.TakeAsync(_app.Services);
        Assert.Empty(after.DiffFrom(before));
        Assert.DoesNotContain(after.Rows.Values, v => v.Contains(TypedName, StringComparison.Ordinal));
        var logged = string.Join("\n", _logs.Entries.Select(e => e.Text));
        Assert.DoesNotContain(TypedName, logged);
        Assert.DoesNotContain("rust in ons hoofd", logged);

        // By the query too, in English.
        var english = await SendAsync(Persona.Piet, HttpMethod.Get, $"/api/tabs/family-plan/{id}/pdf?familyLang=en");
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        await File.WriteAllBytesAsync(Path.Combine(folder, "family-plan-en.pdf"), await english.Content.ReadAsByteArrayAsync());
        var englishText = Collapse(Poppler("pdftotext", "-layout", "-enc", "UTF-8", Path.Combine(folder, "family-plan-en.pdf"), "-"));
        Assert.Contains("Our plan: Vlinder", englishText);
        Assert.Contains("What you do yourselves", englishText);
        AssertNothingInternal(englishText);
    }

    [Fact]
    public async Task Shared_with_the_family_is_recorded_in_the_history_without_the_content_and_may_mark_the_plan_discussed()
    {
        var (chat, id) = await SeededAsync();
        _app.Clock.Advance(TimeSpan.FromMinutes(30)); // the history lists the newest entries: after the seeding's

        var response = await SendAsync(Persona.Piet, HttpMethod.Post, $"/api/tabs/family-plan/{id}/shared", new { discussed = true });
        await _app.IdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonNode>())!["message"]!.GetValue<string>();
        Assert.Equal("Vastgelegd: het plan is gedeeld met het gezin op 25 november 2026. Het plan staat nu als besproken met het gezin.", message);
        var history = await chat.SayAsync(Persona.Piet, "geschiedenis");
        Assert.True(history.Contains("Piet de Vries deelde het plan met het gezin op 25 november 2026", StringComparison.Ordinal), history);
        var state = (await _app.Services.GetRequiredService<IFamilyRepository>().GetAsync(id, default))!.Family.State;
        Assert.Equal(Domain.AgreementKind.WithFamily, state.Plan.Agreement.Kind);
        Assert.Equal(Domain.FamilyPhase.Active, state.Phase);

        // Without "besproken" only the sharing is recorded.
        var again = await SendAsync(Persona.Piet, HttpMethod.Post, $"/api/tabs/family-plan/{id}/shared", new { discussed = false });
        Assert.Equal("Vastgelegd: het plan is gedeeld met het gezin op 25 november 2026.", (await again.Content.ReadFromJsonAsync<JsonNode>())!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task In_the_chat_the_regisseur_gets_a_button_that_opens_the_dialog_and_others_a_kind_answer()
    {
        var (chat, id) = await SeededAsync();

        var card = (await chat.SendAsync(Persona.Piet, "plan voor het gezin")).Single(c => c.Card is not null).Card!;
        var button = card["actions"]!.AsArray().Single()!;
        Assert.Equal("Action.Submit", button["type"]!.GetValue<string>());
        Assert.Equal("task/fetch", button["data"]!["msteams"]!["type"]!.GetValue<string>());
        Assert.Equal(id, button["data"]!["familyId"]!.GetValue<string>());

        // Teams asks for the dialog with the button's data: the answer is the host's page for that family.
        var fetch = chat.Base("invoke", Persona.Piet, "f:task-fetch-1");
        fetch["name"] = "task/fetch";
        fetch["value"] = new JsonObject { ["data"] = button["data"]!.DeepClone(), ["context"] = new JsonObject { ["theme"] = "default" } };
        var dialog = await chat.PostAsync(fetch);
        Assert.Equal(HttpStatusCode.OK, dialog.StatusCode);
        var task = (await dialog.Content.ReadFromJsonAsync<JsonNode>())!["task"]!;
        Assert.Equal("continue", task["type"]!.GetValue<string>());
        var url = task["value"]!["url"]!.GetValue<string>();
        Assert.EndsWith($"/tabs/familyplan.html?family={id}", url);
        Assert.Equal("Plan voor het gezin", task["value"]!["title"]!.GetValue<string>());
        var pagePath = new Uri(url).PathAndQuery;
        var page = await _http.GetAsync(pagePath);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("familyplan.js", await page.Content.ReadAsStringAsync());

        // A button that names no family of ours (forged data) opens no page: a short message instead.
        var forged = chat.Base("invoke", Persona.Piet, "f:task-fetch-2");
        forged["name"] = "task/fetch";
        forged["value"] = new JsonObject { ["data"] = new JsonObject { ["card"] = "plan.forFamily", ["familyId"] = "../../x" } };
        var refused = (await (await chat.PostAsync(forged)).Content.ReadFromJsonAsync<JsonNode>())!["task"]!;
        Assert.Equal("message", refused["type"]!.GetValue<string>());

        // In English the family's plan opens in English.
        var english = (await chat.SendAsync(Persona.Piet, "family plan")).Single(c => c.Card is not null).Card!;
        Assert.Equal("en", english["actions"]![0]!["data"]!["lang"]!.GetValue<string>());
        Assert.Equal("Open the family's plan", english["actions"]![0]!["title"]!.GetValue<string>());

        Assert.Contains("Het plan voor het gezin deelt de regisseur, Piet de Vries.", await chat.SayAsync(Persona.Ahmed, "gezinsplan"));
        Assert.Contains("The family's plan is shared by the regisseur, Piet de Vries.", await chat.SayAsync(Persona.Ahmed, "family plan"));

        // The plan card has the button in the regisseur's view, not in Ahmed's.
        var plan = (await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null);
        var piets = await chat.RefreshAsync(Persona.Piet, plan.Card!, plan.ResponseId!);
        var ahmeds = await chat.RefreshAsync(Persona.Ahmed, plan.Card!, plan.ResponseId!);
        Assert.Contains("task/fetch", piets.ToJsonString());
        Assert.DoesNotContain("task/fetch", ahmeds.ToJsonString());
    }

    /// <summary>No worries, no process facts (level, escalations, lateness), no internal codes or jargon for the family.</summary>
    [Fact]
    public async Task The_family_s_language_set_in_the_thread_is_the_plan_s_default_and_the_page_still_overrides_it()
    {
        var (chat, id) = await SeededAsync();

        // Each after the one before, as people type: the history lists the newest entries, newest first.
        _app.Clock.Advance(TimeSpan.FromMinutes(30));
        var reply = await chat.SayAsync(Persona.Ahmed, "het gezin spreekt Engels");
        Assert.Contains("het gezin spreekt Engels", reply);
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Contains("the family speaks Dutch", await chat.SayAsync(Persona.Piet, "the family speaks Dutch"));
        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        await chat.SayAsync(Persona.Piet, "gezinstaal: Engels");

        var page = (await (await SendAsync(Persona.Piet, HttpMethod.Get, $"/api/tabs/family-plan/{id}")).Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Equal("nl", page["language"]!.GetValue<string>());
        Assert.Equal("en", page["familyLanguage"]!.GetValue<string>());
        Assert.Contains("Our plan: Vlinder", DocumentText(page["document"]!));

        var dutch = (await (await SendAsync(Persona.Piet, HttpMethod.Get, $"/api/tabs/family-plan/{id}?familyLang=nl")).Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Equal("nl", dutch["familyLanguage"]!.GetValue<string>());

        var pdf = await SendAsync(Persona.Piet, HttpMethod.Post, $"/api/tabs/family-plan/{id}/pdf", new { name = "" });
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Contains("plan-for-the-family.pdf", pdf.Content.Headers.ContentDisposition?.ToString() ?? pdf.Headers.ToString());

        var history = await chat.SayAsync(Persona.Piet, "geschiedenis");
        Assert.Contains("Ahmed Yilmaz noteerde dat het gezin Engels spreekt", history);
    }

    [Fact]
    public void A_state_stored_before_the_family_s_language_existed_loads_as_Dutch_and_English_round_trips()
    {
        var state = new Domain.FamilyState
        {
            Id = "f-1", Alias = "Vlinder", TenantId = "tenant-1", ConversationId = "19:x", CreatedAt = DateTimeOffset.UnixEpoch,
            FamilyLanguage = Domain.FamilyLanguage.English,
        };
        var roundTripped = CoordinatieBot.Storage.Families.FamilyStateSerializer.Deserialize(CoordinatieBot.Storage.Families.FamilyStateSerializer.Serialize(state));
        Assert.Equal(Domain.FamilyLanguage.English, roundTripped.FamilyLanguage);

        var json = System.Text.Encoding.UTF8.GetBytes("""{"id":"f-1","alias":"Vlinder","tenantId":"tenant-1","conversationId":"19:x","createdAt":"2026-01-01T00:00:00+00:00"}""");
        using var compressed = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true)) brotli.Write(json);
        var old = CoordinatieBot.Storage.Families.FamilyStateSerializer.Deserialize([compressed.ToArray()]);
        Assert.Equal(Domain.FamilyLanguage.Dutch, old.FamilyLanguage);
    }

    private static void AssertNothingInternal(string text)
    {
        foreach (var forbidden in new[]
                 {
                     Worry, "drinkt", "MPG", "niveau", "leefgebied", "escalat", "procesmanager", "te laat", "overdue", "taak 1", "taak 2", "task 1",
                     "ForFamily", "WithFamily", "Active", "Registered", "aad-", "29:", "19:", "zorg:", "Zorgen", "Worries",
                 })
            Assert.DoesNotContain(forbidden, text, StringComparison.OrdinalIgnoreCase);
    }

    private static string DocumentText(JsonNode document)
    {
        var parts = new List<string> { document["title"]!.GetValue<string>(), document["intro"]!.GetValue<string>(), document["madeOn"]!.GetValue<string>() };
        foreach (var section in document["sections"]!.AsArray())
        {
            parts.Add(section!["heading"]!.GetValue<string>());
            parts.AddRange(section["lines"]!.AsArray().Select(l => l!["text"]!.GetValue<string>()));
        }
        return string.Join("\n", parts);
    }

    /// <summary>pdftotext's lines with their spacing folded: a sentence wrapped over two lines reads as one.</summary>
    private static string Collapse(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    /// <summary>Runs one of poppler's tools; missing, the test fails and says what to install (nothing is skipped).</summary>
    private static string Poppler(string tool, params string[] arguments)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"{tool} is missing: install poppler-utils (apt-get install -y poppler-utils; scripts/setup does) to read the family plan's PDF");
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {error}");
            return output;
        }
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoordinatieBot.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("CoordinatieBot.sln not found above " + AppContext.BaseDirectory);
    }

    private async Task<HttpResponseMessage> SendAsync(Persona who, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-Dev-User", who.AadObjectId);
        return await _http.SendAsync(request);
    }

    /// <summary>The directory: Piet has a mail address, nobody else is looked up.</summary>
    private sealed class Directory : IPeopleDirectory
    {
        public Task<PersonLookup> GetPersonAsync(string tenantId, string aadObjectId, CancellationToken ct) =>
            Task.FromResult(aadObjectId == Persona.Piet.AadObjectId
                ? PersonLookup.Found(new DirectoryPerson(aadObjectId, Persona.Piet.Name, Mail, "Gezinscoach", Phone))
                : PersonLookup.NotFound("not in this test's directory"));

        public Task<PersonLookup> GetManagerAsync(string tenantId, string aadObjectId, CancellationToken ct) =>
            Task.FromResult(PersonLookup.NotFound("not in this test's directory"));
    }
}
