using System.Net;
using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Security;

public class HostileActivityTests : BotTestBase
{
    [Fact]
    public async Task Every_hostile_activity_gets_a_clear_answer_and_changes_nothing()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: ik bel de school voor vrijdag");
        await chat.SayAsync(Persona.Piet, "knelpunt: school reageert niet");
        var familyId = Coordination.RegieTests.FindData((await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null).Card!, "plan.refresh")["familyId"]!.GetValue<string>();
        foreach (var outsider in HostileActivities.NotInThread) Connector.NotInConversation[$"{chat.ConversationId}|{outsider}"] = true;

        var cases = HostileActivities.All(familyId);
        var failures = new List<string>();
        var start = await StorageSnapshot.TakeAsync(App.Services);
        foreach (var hostile in cases)
        {
            var before = await StorageSnapshot.TakeAsync(App.Services);
            var calls = Connector.Calls.Count;
            var response = await Http.PostAsync("/api/messages", new StringContent(hostile.Body(chat), System.Text.Encoding.UTF8, "application/json"));
            await App.IdleAsync();
            var body = await response.Content.ReadAsStringAsync();
            var said = string.Join("\n", Connector.Calls.Skip(calls).Select(c => c.Text).Where(t => t is not null)) + "\n" + body;

            if (!hostile.Statuses.Contains((int)response.StatusCode)) failures.Add($"{hostile.Name}: HTTP {(int)response.StatusCode}, expected {string.Join("/", hostile.Statuses)}");
            if (body.Contains("   at ", StringComparison.Ordinal) || body.Contains("Exception", StringComparison.Ordinal)) failures.Add($"{hostile.Name}: stack trace in the answer");
            if (hostile.ReplyContains is { } expected && !said.Contains(expected, StringComparison.OrdinalIgnoreCase))
                failures.Add($"{hostile.Name}: expected an answer with '{expected}', got '{Short(said)}'");
            if (said.Length > 20_000) failures.Add($"{hostile.Name}: the answer is {said.Length} characters long");
            var changed = (await StorageSnapshot.TakeAsync(App.Services)).DiffFrom(before);
            if (changed.Count > 0) failures.Add($"{hostile.Name}: storage changed: {string.Join(", ", changed)}");
            // Ids are percent-encoded into one path segment: on the wire nothing climbs out of /v3/conversations/{id}.
            if (Connector.Calls.Skip(calls).Any(c => c.RawTarget is { } raw && (raw.Contains("/../", StringComparison.Ordinal) || raw.Contains("/v3/botstate", StringComparison.Ordinal)
                    || !raw.StartsWith("/v3/conversations", StringComparison.Ordinal))))
                failures.Add($"{hostile.Name}: a call left the conversation: {string.Join(", ", Connector.Calls.Skip(calls).Select(c => c.RawTarget))}");
        }

        // After everything, the family is exactly as it was, and still works.
        Assert.Empty((await StorageSnapshot.TakeAsync(App.Services)).DiffFrom(start));
        Assert.Contains("bel de school", (await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null).Card!.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, (await chat.PostAsync(chat.Message(Persona.Piet, "help", "after"))).StatusCode);
        var refused = cases.Count - failures.Select(f => f[..f.IndexOf(':')]).Distinct().Count();
        SecurityFigures.Report("bad input: hostile activities (corpus)", cases.Count, refused, cases.Count - refused, 0, "storage unchanged after each");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Card_injection_in_a_task_stays_text_on_the_card()
    {
        var chat = await VlinderAsync();
        const string injection = "bel **school** [klik](https://evil.example) <at>Piet</at> ${x} \\u0022}]";
        await chat.SayAsync(Persona.Piet, $"taak: ik {injection} voor vrijdag");
        var card = (await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null).Card!;
        var json = card.ToJsonString();
        // User text goes into TextRuns, which render no Markdown; a TextBlock (which does) only ever holds it escaped.
        var holders = Coordination.RegieTests.Walk(card).OfType<System.Text.Json.Nodes.JsonObject>()
            .Where(o => o["text"] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var t) && t.Contains("evil.example")).ToList();
        Assert.NotEmpty(holders);
        Assert.All(holders, o => Assert.True(o["type"]?.GetValue<string>() == "TextRun" || !o["text"]!.GetValue<string>().Contains("[klik](", StringComparison.Ordinal),
            $"user text as Markdown in a {o["type"]}: {o.ToJsonString()}"));
        Assert.DoesNotContain(Coordination.RegieTests.Walk(card), n => n is System.Text.Json.Nodes.JsonObject o && o["type"]?.GetValue<string>() == "Action.OpenUrl");
        Assert.Contains("evil.example", json); // still there, as text
        SecurityFigures.Report("bad input: card injection in plan text", 1, 1, 0, 0);
    }

    private static string Short(string s) => s.Length <= 200 ? s : s[..200] + "…";
}
