using System.Net;
using Azure.Data.Tables;
using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Escalation;

public class ExactlyOnceTests : EscalationTestBase
{
    private static int OneToOneSends(FakeConnector connector) =>
        connector.Calls.Count(c => c.Method == "POST" && c.Path.StartsWith("/v3/conversations/a:conv-") && c.Card is not null);

    private async Task<List<string>> FamiliesWithTaskDueAsync(BotApp app, HttpClient http, int count, string due, string prefix)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var chat = new Chat(app, http, $"19:{prefix}-{i}@thread.v2");
            await chat.SayAsync(Persona.Piet, $"start gezin {prefix}{i}");
            await chat.SayAsync(Persona.Piet, "ik neem de regie");
            await chat.SayAsync(Persona.Piet, $"taak: @Ahmed belt de corporatie voor {due}", Persona.Ahmed);
            var card = (await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null).Card!;
            ids.Add(Coordination.RegieTests.FindData(card, "action.done")["familyId"]!.GetValue<string>());
        }
        return ids;
    }

    [Fact]
    public async Task Two_hosts_sweeping_at_the_same_moment_send_each_nudge_once()
    {
        var prefix = TestStorage.NewPrefix();
        await using var connector = await FakeConnector.StartAsync();
        var settings = new Dictionary<string, string?> { ["Storage:TablePrefix"] = prefix };
        await using var first = new BotApp(connector, settings);
        await using var second = new BotApp(connector, settings);
        var http1 = first.CreateClient();
        var http2 = second.CreateClient();
        await FamiliesWithTaskDueAsync(first, http1, 12, "4 december", "twee");

        foreach (var moment in new[] { At(2026, 12, 4), At(2026, 12, 4, 10), At(2026, 12, 8) })
        {
            var sweeps = await Task.WhenAll(SweepAtAsync(moment, first, http1), SweepAtAsync(moment, second, http2),
                SweepAtAsync(moment, first, http1), SweepAtAsync(moment, second, http2));
            _ = sweeps;
        }

        // 12 due reminders and 12 late reminders to Ahmed, 12 notes to Piet: each exactly once.
        var toAhmed = connector.Calls.Where(c => c.Card is not null && c.Path.StartsWith("/v3/conversations/a:conv-")).ToList();
        Assert.Equal(24, toAhmed.Count);
        Assert.Equal(12, connector.Calls.Count(c => c.Text?.Contains("werkdagen over de datum") == true));
        Console.WriteLine($"[exactly-once] two hosts, 4 concurrent sweeps x 3 moments: {toAhmed.Count} nudges for 24 due, 0 doubled, 0 lost");
    }

    [Fact]
    public async Task A_host_that_died_between_claim_and_send_is_taken_over_and_the_nudge_goes_out_once()
    {
        var ids = await FamiliesWithTaskDueAsync(App, Http, 1, "4 december", "crash");
        var storage = App.Services.GetService(typeof(CoordinatieBot.Storage.Tables.TableSet)) as CoordinatieBot.Storage.Tables.TableSet;
        // What a host leaves behind when it dies right after claiming: a claim that was never marked sent.
        await storage![CoordinatieBot.Storage.Tables.TableNames.NoticeClaims].AddEntityAsync(new TableEntity(ids[0], "a1:s0:20261204")
        {
            ["Owner"] = "dead-host", ["ClaimedAt"] = At(2026, 12, 4), ["Sent"] = false,
        });

        var held = await SweepAtAsync(At(2026, 12, 4));
        Assert.Equal(1, held["heldElsewhere"]!.GetValue<int>());
        Assert.Equal(0, OneToOneSends(Connector));

        var takenOver = await SweepAtAsync(At(2026, 12, 4).AddMinutes(3));
        Assert.Equal(1, takenOver["sent"]!.GetValue<int>());
        Assert.Equal(1, OneToOneSends(Connector));

        await SweepAtAsync(At(2026, 12, 4).AddMinutes(10));
        Assert.Equal(1, OneToOneSends(Connector));
    }

    [Fact]
    public async Task A_sweep_reads_only_the_due_part_of_the_index()
    {
        await FamiliesWithTaskDueAsync(App, Http, 25, "1 maart 2027", "later");
        await FamiliesWithTaskDueAsync(App, Http, 3, "4 december", "nu");

        var summary = await SweepAtAsync(At(2026, 12, 4));
        Assert.Equal(3, summary["dueEntries"]!.GetValue<int>());
        Assert.Equal(3, summary["familiesRead"]!.GetValue<int>());
        Assert.True(summary["entitiesRead"]!.GetValue<int>() <= 2 * 3);
        Assert.Equal(3, summary["sent"]!.GetValue<int>());
        Console.WriteLine($"[sweep] 28 families, 3 due: {summary["entitiesRead"]} entities read");
    }

    [Fact]
    public async Task The_dev_routes_do_not_exist_outside_Development()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApp(connector, new Dictionary<string, string?>
        {
            ["Environment"] = "Production",
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "unused",
            ["MicrosoftAppTenantId"] = "tenant-1",
        });
        var http = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("/api/dev/sweep", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("/api/dev/clock", new StringContent("{\"now\":\"2027-01-01T09:00:00+01:00\"}", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
    }
}
