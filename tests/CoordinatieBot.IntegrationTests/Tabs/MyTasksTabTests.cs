using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.IntegrationTests.Infrastructure;
using CoordinatieBot.IntegrationTests.Security;
using CoordinatieBot.Storage.Families;
using CoordinatieBot.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace CoordinatieBot.IntegrationTests.Tabs;

/// <summary>The "Mijn taken" tab's API through the real pipeline, signed in by the Development header.</summary>
public class MyTasksTabTests(Xunit.Abstractions.ITestOutputHelper output) : BotTestBase
{
    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Tabs:DevelopmentTenantId"] = "tenant-1" };

    [Fact]
    public async Task A_person_sees_their_own_open_tasks_over_their_families_and_nothing_of_others()
    {
        var vlinder = await VlinderAsync();
        await vlinder.MembersChangedAsync(added: [Persona.Ahmed]); // joins with his Entra id
        await vlinder.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor 4 december", Persona.Ahmed);
        await vlinder.SayAsync(Persona.Piet, "taak: ik bel de school voor 1 december");
        await vlinder.SayAsync(Persona.Piet, "taak: @Ahmed regelt een afspraak met de GGD", Persona.Ahmed);

        // Only mentioned here: a member without an Entra id, found by the Teams user id he was seen with.
        var merel = GroupChat("19:merel@thread.v2");
        await merel.SayAsync(Persona.Fatima, "start gezin Merel");
        await merel.SayAsync(Persona.Fatima, "taak: @Ahmed zoekt een plek bij de voedselbank voor 30 november", Persona.Ahmed);

        var stranger = GroupChat("19:reiger@thread.v2");
        await stranger.SayAsync(Persona.Sanne, "start gezin Reiger");
        await stranger.SayAsync(Persona.Sanne, "taak: ik bel de huisarts voor 27 november");

        var page = await GetAsync(Persona.Ahmed);
        Assert.Equal("nl", page["language"]!.GetValue<string>());
        Assert.Equal("2026-11-25", page["today"]!.GetValue<string>());
        Assert.Equal("Mijn taken", page["texts"]!["title"]!.GetValue<string>());
        var tasks = page["tasks"]!.AsArray();
        Assert.Equal(["Merel", "Vlinder", "Vlinder"], tasks.Select(t => t!["family"]!.GetValue<string>()));
        Assert.Equal(["zoekt een plek bij de voedselbank", "belt de woningcorporatie", "regelt een afspraak met de GGD"],
            tasks.Select(t => t!["title"]!.GetValue<string>()));
        var first = tasks[0]!;
        Assert.Equal("2026-11-30", first["due"]!.GetValue<string>());
        Assert.Equal("ma 30 nov", first["dueText"]!.GetValue<string>());
        Assert.Equal("open", first["status"]!.GetValue<string>());
        Assert.Equal("open", first["statusText"]!.GetValue<string>());
        Assert.False(first["late"]!.GetValue<bool>());
        Assert.Equal("https://teams.microsoft.com/l/chat/19%3Amerel%40thread.v2/conversations?tenantId=tenant-1", first["chatUrl"]!.GetValue<string>());
        Assert.Null(tasks[2]!["due"]);
        Assert.Equal("geen datum", tasks[2]!["dueText"]!.GetValue<string>());

        var english = await GetAsync(Persona.Ahmed, "?lang=en");
        Assert.Equal("My tasks", english["texts"]!["title"]!.GetValue<string>());
        Assert.Equal("Mon 30 Nov", english["tasks"]![0]!["dueText"]!.GetValue<string>());

        var piet = (await GetAsync(Persona.Piet))["tasks"]!.AsArray();
        Assert.Equal("bel de school", Assert.Single(piet)!["title"]!.GetValue<string>());
        Assert.Empty((await GetAsync(Persona.Olga))["tasks"]!.AsArray());
    }

    [Fact]
    public async Task Late_and_waiting_tasks_say_so_and_today_is_today()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: ik bel de school voor 26 november");
        await chat.SayAsync(Persona.Piet, "taak: ik mail de GGD voor 27 november");
        await chat.SayAsync(Persona.Piet, "taak 2: wacht op IND");
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.FromHours(1)));

        var tasks = (await GetAsync(Persona.Piet))["tasks"]!.AsArray();
        Assert.True(tasks[0]!["late"]!.GetValue<bool>());
        Assert.Equal("vandaag", tasks[1]!["dueText"]!.GetValue<string>());
        Assert.Equal("waiting", tasks[1]!["status"]!.GetValue<string>());
        Assert.True(tasks[1]!["waiting"]!.GetValue<bool>());
        Assert.Contains("wacht op", tasks[1]!["statusText"]!.GetValue<string>());
    }

    [Fact]
    public async Task Leaving_the_thread_takes_the_family_off_the_list()
    {
        var chat = await VlinderAsync();
        await chat.MembersChangedAsync(added: [Persona.Ahmed]);
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor 4 december", Persona.Ahmed);
        Assert.Single((await GetAsync(Persona.Ahmed))["tasks"]!.AsArray());

        await chat.MembersChangedAsync(removed: [Persona.Ahmed]);

        Assert.Empty((await GetAsync(Persona.Ahmed))["tasks"]!.AsArray());
    }

    [Fact]
    public async Task Done_from_the_tab_updates_the_living_plan_card_and_tells_the_thread()
    {
        var chat = await VlinderAsync();
        await chat.MembersChangedAsync(added: [Persona.Ahmed]);
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor 4 december", Persona.Ahmed);
        var posted = (await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null);
        var task = (await GetAsync(Persona.Ahmed))["tasks"]![0]!;
        var before = Connector.Calls.Count;

        var response = await PostAsync(Persona.Ahmed, task, new { action = "done" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var body = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Contains("gedaan", body["message"]!.GetValue<string>());
        Assert.Null(body["task"]);
        var calls = Connector.Calls.Skip(before).ToList();
        var update = Assert.Single(calls, c => c.Method == "PUT");
        Assert.EndsWith($"/v3/conversations/{Uri.EscapeDataString(chat.ConversationId)}/activities/{posted.ResponseId}", update.RawTarget ?? update.Path);
        Assert.Contains("Afgerond: 1 taak", update.Card!.ToJsonString(Readable));
        Assert.Contains(calls, c => c.Method == "POST" && c.Path.StartsWith($"/v3/conversations/{chat.ConversationId}/activities") && (c.Text ?? "").Contains("taak **1** is gedaan"));
        Assert.Empty((await GetAsync(Persona.Ahmed))["tasks"]!.AsArray());
        Assert.Contains("Afgerond: 1 taak", (await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null).Card!.ToJsonString(Readable));
    }

    [Fact]
    public async Task In_progress_and_a_new_date_answer_with_the_row_as_it_is_now()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: ik bel de school voor 4 december");
        var task = (await GetAsync(Persona.Piet))["tasks"]![0]!;

        var busy = (await (await PostAsync(Persona.Piet, task, new { action = "inProgress" })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Equal("inProgress", busy["task"]!["status"]!.GetValue<string>());
        Assert.Equal("bezig", busy["task"]!["statusText"]!.GetValue<string>());

        var moved = (await (await PostAsync(Persona.Piet, task, new { action = "newDate", date = "2026-12-10" })).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Equal("2026-12-10", moved["task"]!["due"]!.GetValue<string>());
        Assert.Contains("do 10 dec", moved["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Someone_elses_task_or_family_is_not_found_and_nothing_changes()
    {
        var chat = await VlinderAsync();
        await chat.MembersChangedAsync(added: [Persona.Ahmed]);
        await chat.SayAsync(Persona.Piet, "taak: ik bel de school voor 4 december");
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor 4 december", Persona.Ahmed);
        var other = GroupChat("19:reiger@thread.v2");
        await other.SayAsync(Persona.Sanne, "start gezin Reiger");
        await other.SayAsync(Persona.Sanne, "taak: ik bel de huisarts voor 27 november");
        var vlinderId = await FamilyIdAsync(chat);
        var reigerId = await FamilyIdAsync(other);
        var snapshot = await StorageSnapshot.TakeAsync(App.Services);
        var calls = Connector.Calls.Count;

        var attempts = new (string Family, int Number)[]
        {
            (vlinderId, 1), // Piet's task, in Ahmed's own family
            (reigerId, 1), // a family Ahmed is not in
            (vlinderId, 99), // no such task
            ("0123456789abcdef0123456789abcdef", 1), // no such family
            ("..%2F..%2Fx", 1), // not a family id
        };
        var answers = new HashSet<string>();
        foreach (var (family, number) in attempts)
        {
            var response = await PostAsync(Persona.Ahmed, family, number, new { action = "done" });
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            answers.Add((await response.Content.ReadFromJsonAsync<JsonNode>())!["message"]!.GetValue<string>());
        }

        Assert.Single(answers); // the same words for each: nothing tells whether a family or task exists
        Assert.Equal(snapshot.Rows, (await StorageSnapshot.TakeAsync(App.Services)).Rows);
        Assert.Equal(calls, Connector.Calls.Count);
    }

    [Fact]
    public async Task A_left_member_cannot_act_on_their_old_task()
    {
        var chat = await VlinderAsync();
        await chat.MembersChangedAsync(added: [Persona.Ahmed]);
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor 4 december", Persona.Ahmed);
        var task = (await GetAsync(Persona.Ahmed))["tasks"]![0]!;
        await chat.MembersChangedAsync(removed: [Persona.Ahmed]);
        var snapshot = await StorageSnapshot.TakeAsync(App.Services);

        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(Persona.Ahmed, task, new { action = "done" })).StatusCode);
        Assert.Equal(snapshot.Rows, (await StorageSnapshot.TakeAsync(App.Services)).Rows);
    }

    [Fact]
    public async Task A_bad_date_or_action_is_refused_with_words()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: ik bel de school voor 4 december");
        var task = (await GetAsync(Persona.Piet))["tasks"]![0]!;
        var snapshot = await StorageSnapshot.TakeAsync(App.Services);

        foreach (var body in new object[]
                 {
                     new { action = "newDate", date = "morgen" },
                     new { action = "newDate", date = "2026-13-01" },
                     new { action = "newDate" },
                     new { action = "newDate", date = "2026-11-01" }, // in the past
                     new { action = "delete" },
                     new { },
                 })
        {
            var response = await PostAsync(Persona.Piet, task, body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.False(string.IsNullOrWhiteSpace((await response.Content.ReadFromJsonAsync<JsonNode>())!["message"]!.GetValue<string>()));
        }
        using var notJson = new HttpRequestMessage(HttpMethod.Post, $"/api/tabs/tasks/{task["familyId"]}/1") { Content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json") };
        notJson.Headers.Add("X-Dev-User", Persona.Piet.AadObjectId);
        Assert.Equal(HttpStatusCode.BadRequest, (await Http.SendAsync(notJson)).StatusCode);
        Assert.Equal(snapshot.Rows, (await StorageSnapshot.TakeAsync(App.Services)).Rows);
    }

    [Fact]
    public async Task Without_sign_in_the_api_answers_401()
    {
        var response = await Http.GetAsync("/api/tabs/tasks");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Http.PostAsJsonAsync("/api/tabs/tasks/abc/1", new { action = "done" })).StatusCode);
    }

    [Fact]
    public async Task The_entra_index_is_written_on_joining_and_erased_with_the_family()
    {
        var chat = await VlinderAsync();
        await chat.MembersChangedAsync(added: [Persona.Ahmed]);
        var familyId = await FamilyIdAsync(chat);
        var index = App.Services.GetRequiredService<TableSet>()[TableNames.MemberFamilies];
        async Task<bool> IndexedAsync(Persona p) =>
            (await index.GetEntityIfExistsAsync<TableEntity>(TableFamilyRepository.EntraPartition("tenant-1", p.AadObjectId), familyId)).HasValue;
        Assert.True(await IndexedAsync(Persona.Piet));
        Assert.True(await IndexedAsync(Persona.Ahmed));

        await chat.SayAsync(Persona.Piet, "gezin wissen: verzoek van het gezin");
        await chat.SayAsync(Persona.Piet, "gezin wissen bevestigd: verzoek van het gezin");

        Assert.False(await IndexedAsync(Persona.Piet));
        Assert.False(await IndexedAsync(Persona.Ahmed));
    }

    [Fact]
    public async Task Storage_out_of_reach_is_answered_with_503_and_words()
    {
        await using var proxy = await StorageProxy.StartAsync(TestStorage.ConnectionString);
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApp(connector, new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = proxy.ConnectionString,
            ["Tabs:DevelopmentTenantId"] = "tenant-1",
        });
        var http = app.CreateClient();
        var chat = new Chat(app, http, "19:outage@thread.v2");
        await chat.SayAsync(Persona.Piet, "start gezin Vlinder");
        await chat.SayAsync(Persona.Piet, "taak: ik bel de school voor 4 december");
        var page = await (await SendAsync(http, Persona.Piet, HttpMethod.Get, "/api/tabs/tasks")).Content.ReadFromJsonAsync<JsonNode>();
        var done = $"/api/tabs/tasks/{page!["tasks"]![0]!["familyId"]}/1";

        foreach (var fault in new[] { StorageProxy.Fault.Writes, StorageProxy.Fault.Down })
        {
            proxy.Mode = fault;
            var post = await SendAsync(http, Persona.Piet, HttpMethod.Post, done, new { action = "done" });
            Assert.Equal(HttpStatusCode.ServiceUnavailable, post.StatusCode);
            Assert.Contains("niet bereiken", (await post.Content.ReadFromJsonAsync<JsonNode>())!["message"]!.GetValue<string>());
        }
        var get = await SendAsync(http, Persona.Piet, HttpMethod.Get, "/api/tabs/tasks");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, get.StatusCode);
        proxy.Mode = StorageProxy.Fault.None;
        Assert.Equal("open", (await (await SendAsync(http, Persona.Piet, HttpMethod.Get, "/api/tabs/tasks")).Content.ReadFromJsonAsync<JsonNode>())!["tasks"]![0]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Fifty_families_are_read_in_one_request()
    {
        await using var proxy = await StorageProxy.StartAsync(TestStorage.ConnectionString);
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApp(connector, new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = proxy.ConnectionString,
            ["Tabs:DevelopmentTenantId"] = "tenant-1",
        });
        var http = app.CreateClient();
        for (var i = 0; i < 50; i++)
        {
            var chat = new Chat(app, http, $"19:family-{i}@thread.v2");
            await chat.SayAsync(Persona.Ahmed, $"start gezin Gezin{i:D2}");
            await chat.SayAsync(Persona.Ahmed, $"taak: ik bel de school voor {1 + (i % 28)} december");
        }

        var requests = proxy.Requests;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var response = await SendAsync(http, Persona.Ahmed, HttpMethod.Get, "/api/tabs/tasks");
        watch.Stop();

        var tasks = (await response.Content.ReadFromJsonAsync<JsonNode>())!["tasks"]!.AsArray();
        Assert.Equal(50, tasks.Count);
        Assert.Equal(tasks.Select(t => t!["due"]!.GetValue<string>()).Order(StringComparer.Ordinal), tasks.Select(t => t!["due"]!.GetValue<string>()));
        output.WriteLine($"GET /api/tabs/tasks over 50 families: {watch.ElapsedMilliseconds} ms, {proxy.Requests - requests} storage requests");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, Persona who, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-Dev-User", who.AadObjectId);
        return await http.SendAsync(request);
    }

    private async Task<JsonNode> GetAsync(Persona who, string query = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/tabs/tasks" + query);
        request.Headers.Add("X-Dev-User", who.AadObjectId);
        var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    private Task<HttpResponseMessage> PostAsync(Persona who, JsonNode task, object body) =>
        PostAsync(who, task["familyId"]!.GetValue<string>(), task["number"]!.GetValue<int>(), body);

    private async Task<HttpResponseMessage> PostAsync(Persona who, string familyId, int number, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tabs/tasks/{familyId}/{number}") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Dev-User", who.AadObjectId);
        var response = await Http.SendAsync(request);
        await App.IdleAsync();
        return response;
    }

    private async Task<string> FamilyIdAsync(Chat chat) =>
        (await App.Services.GetRequiredService<IFamilyRepository>().FindByConversationAsync(chat.TenantId, chat.ConversationId, default))!.Family.Id;
}
