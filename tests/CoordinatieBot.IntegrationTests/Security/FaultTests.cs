using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Domain;
using CoordinatieBot.IntegrationTests.Infrastructure;
using CoordinatieBot.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace CoordinatieBot.IntegrationTests.Security;

/// <summary>Concurrency and faults: parallel edits, storage failing in the middle of a command, a throttling connector.</summary>
public class FaultTests : BotTestBase
{
    private async Task<(Chat Chat, string FamilyId)> FamilyAsync()
    {
        var chat = await VlinderAsync();
        foreach (var person in new[] { Persona.Fatima, Persona.Ahmed, Persona.Sanne }) await chat.SayAsync(person, "hallo");
        var card = (await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null);
        return (chat, Coordination.RegieTests.FindData(card.Card!, "plan.refresh")["familyId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_hundred_parallel_edits_of_mixed_kinds_lose_nothing()
    {
        var (chat, familyId) = await FamilyAsync();
        for (var k = 1; k <= 20; k++) await chat.SayAsync(Persona.Piet, $"taak: ik regel basis {k} voor vrijdag");
        var people = new[] { Persona.Piet, Persona.Fatima, Persona.Ahmed, Persona.Sanne };

        var edits = Enumerable.Range(0, 100).Select(i =>
        {
            var who = people[i % people.Length];
            var n = i / 5 + 1;
            return (i % 5) switch
            {
                0 => chat.PostAsync(chat.Message(who, $"taak: ik regel onderdeel {i} voor vrijdag", $"p-{i}")),
                1 => chat.PostAsync(chat.Message(who, $"doel financiën: doelpunt {i}", $"p-{i}")),
                2 => chat.PostAsync(chat.Message(who, $"kracht: sterkte {i}", $"p-{i}")),
                3 => chat.PostAsync(chat.Message(who, $"zorg: zorgpunt {i}", $"p-{i}")),
                _ when n % 2 == 0 => chat.PostAsync(chat.Message(Persona.Piet, $"klaar met {n}", $"p-{i}")),
                _ => Press(chat, n, familyId, i),
            };
        }).ToList();
        var responses = await Task.WhenAll(edits);
        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString()));
        await App.IdleAsync();

        var state = (await App.Services.GetRequiredService<IFamilyRepository>().GetAsync(familyId, default))!.Family.State;
        var lost = new List<string>();
        for (var i = 0; i < 100; i++)
        {
            var n = i / 5 + 1;
            var visible = (i % 5) switch
            {
                0 => state.Actions.Any(a => a.Description.Contains($"onderdeel {i}")),
                1 => state.Plan.Goals.Any(g => g.Text.Contains($"doelpunt {i}")),
                2 => state.Plan.Strengths.Any(s => s.Contains($"sterkte {i}")),
                3 => state.Plan.Worries.Any(w => w.Contains($"zorgpunt {i}")),
                _ => state.FindAction(n)?.Status == ActionStatus.Done,
            };
            if (!visible) lost.Add($"edit {i} (kind {i % 5})");
        }
        Assert.Equal(40, state.Actions.Count);
        Assert.Equal(Enumerable.Range(1, 40), state.Actions.Select(a => a.Number).Order());
        SecurityFigures.Line($"concurrency: 100 parallel edits of 5 kinds (tasks, goals, strengths, worries, done via chat and card) to one family: {100 - lost.Count} visible, edits lost {lost.Count}");
        Assert.True(lost.Count == 0, string.Join(", ", lost));
    }

    private static Task<HttpResponseMessage> Press(Chat chat, int number, string familyId, int i)
    {
        var activity = chat.Base("invoke", Persona.Piet, $"inv-{i}");
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "card-x";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "action.done", ["data"] = new JsonObject { ["familyId"] = familyId, ["action"] = number.ToString() } },
        };
        return chat.PostAsync(activity);
    }

    [Fact]
    public async Task Storage_failing_in_the_middle_of_a_command_gives_a_clear_answer_and_no_half_written_plan()
    {
        await using var proxy = await StorageProxy.StartAsync(TestStorage.ConnectionString);
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApp(connector, new Dictionary<string, string?> { ["Storage:ConnectionString"] = proxy.ConnectionString });
        var http = app.CreateClient();
        var chat = new Chat(app, http, "19:outage@thread.v2");
        await chat.SayAsync(Persona.Piet, "start gezin Vlinder");
        await chat.SayAsync(Persona.Piet, "ik neem de regie");
        await chat.SayAsync(Persona.Piet, "taak: ik bel de school voor vrijdag");
        var familyId = Coordination.RegieTests.FindData((await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null).Card!, "plan.refresh")["familyId"]!.GetValue<string>();
        var before = await StorageSnapshot.TakeAsync(app.Services);

        var tried = 0;
        var clear = 0;
        foreach (var fault in new[] { StorageProxy.Fault.Transactions, StorageProxy.Fault.Writes, StorageProxy.Fault.Down })
        {
            foreach (var (who, text) in new[] { (Persona.Piet, "taak: ik mail de GGD voor vrijdag"), (Persona.Olga, "doel wonen: nieuwe woning"), (Persona.Piet, "klaar met 1") })
            {
                proxy.Mode = fault;
                tried++;
                var reply = await chat.SayAsync(who, text);
                proxy.Mode = StorageProxy.Fault.None;
                Assert.Contains("Ik kan de gegevens nu even niet bereiken", reply);
                clear++;
            }
            // An invoke while storage is down: a 503 (the Connector retries) or the same clear answer on the card.
            proxy.Mode = fault;
            tried++;
            var press = chat.Base("invoke", Persona.Piet, $"inv-{fault}");
            press["name"] = "adaptiveCard/action";
            press["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "action.done", ["data"] = new JsonObject { ["familyId"] = familyId, ["action"] = "1" } } };
            var response = await chat.PostAsync(press);
            await app.IdleAsync();
            proxy.Mode = StorageProxy.Fault.None;
            var body = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode == 503 || body.Contains("niet bereiken"), $"{fault}: {(int)response.StatusCode} {body}");
            clear++;
        }
        Assert.True(proxy.Failed > 0);

        // Back up: the family is exactly as before (a due-index entry filed before a failed save is allowed: the sweep drops it).
        var after = await StorageSnapshot.TakeAsync(app.Services);
        var changed = after.DiffFrom(before).Where(k => !k.StartsWith(TableNames.DueIndex + "|", StringComparison.Ordinal)).ToList();
        Assert.Empty(changed);
        var state = (await app.Services.GetRequiredService<IFamilyRepository>().GetAsync(familyId, default))!.Family.State;
        Assert.Single(state.Actions);
        Assert.Equal(ActionStatus.Open, state.Actions[0].Status);
        Assert.Empty(state.Plan.Goals);
        Assert.DoesNotContain(state.Members, m => m.UserId == Persona.Olga.Id);
        Assert.Contains("Taak **2**", await chat.SayAsync(Persona.Piet, "taak: ik mail de GGD voor vrijdag"));
        SecurityFigures.Line($"faults: storage down/failing mid-command: {tried} commands, {clear} clear answers (text or 503), half-written plans 0, rows changed {changed.Count}");
    }

    [Fact]
    public async Task Connector_429_and_503_during_a_reply_are_retried_and_the_reply_arrives_once()
    {
        var chat = GroupChat("19:throttled@thread.v2");
        Connector.Enqueue(429);
        Connector.Enqueue(503);
        var calls = await chat.SendAsync(Persona.Piet, "help");
        var attempts = calls.Where(c => c.Method == "POST").ToList();
        Assert.Equal([429, 503, null], attempts.Select(c => c.FailedWith));
        Assert.Single(attempts, c => c.FailedWith is null && c.Text is not null);
        Assert.Single(attempts.Select(c => c.Path).Distinct());

        // A proactive message (a nudge in a sweep) through a 503: delivered once, recorded once.
        var vlinder = GroupChat();
        await vlinder.SayAsync(Persona.Piet, "start gezin Vlinder");
        await vlinder.SayAsync(Persona.Piet, "ik neem de regie");
        await vlinder.SayAsync(Persona.Piet, "taak: @Ahmed belt de corporatie voor 4 december", Persona.Ahmed);
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(1)));
        Connector.Enqueue(503);
        (await Http.PostAsync("/api/dev/sweep", null)).EnsureSuccessStatusCode();
        (await Http.PostAsync("/api/dev/sweep", null)).EnsureSuccessStatusCode();
        var nudges = Connector.Calls.Where(c => c.Method == "POST" && c.Path.StartsWith("/v3/conversations/a:conv-") && c.Card is not null && c.FailedWith is null).ToList();
        Assert.Single(nudges);
        SecurityFigures.Line($"faults: connector 429 (Retry-After) + 503 on a reply and 503 on a nudge: replies delivered 1 of 1, nudges delivered {nudges.Count} of 1, doubled 0, lost {1 - nudges.Count}");
    }
}
