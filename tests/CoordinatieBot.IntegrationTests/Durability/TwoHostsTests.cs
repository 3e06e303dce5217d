using System.Text.RegularExpressions;
using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Durability;

/// <summary>
/// Two instances behind one endpoint on one storage account, each message landing on either: the answers are the
/// ones a single host gives, a change or erasure on one is seen by the other at once, the living card is updated once.
/// </summary>
public class TwoHostsTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    private static readonly (Persona From, string Text, Persona[] Mentions)[] Script =
    [
        (Persona.Piet, "start gezin Zwaluw", []),
        (Persona.Ahmed, "wie is regisseur?", []),
        (Persona.Piet, "ik neem de regie", []),
        (Persona.Ahmed, "wie is regisseur?", []),
        (Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor vrijdag", [Persona.Ahmed]),
        (Persona.Ahmed, "taak 1 bezig", []),
        (Persona.Piet, "taak: ik mail de school voor 4 december", []),
        (Persona.Ahmed, "klaar met 1", []),
        (Persona.Piet, "mijn taken", []),
        (Persona.Ahmed, "wie is wie?", []),
    ];

    [Fact]
    public async Task Messages_alternating_between_two_hosts_get_the_answers_one_host_gives()
    {
        var oneHost = await RunScriptAsync(hosts: 1);
        var twoHosts = await RunScriptAsync(hosts: 2);
        Assert.Equal(oneHost, twoHosts);
    }

    private async Task<List<string>> RunScriptAsync(int hosts)
    {
        var settings = new Dictionary<string, string?> { ["Storage:TablePrefix"] = TestStorage.NewPrefix() };
        var apps = Enumerable.Range(0, hosts).Select(_ => new BotApp(_connector, settings)).ToList();
        try
        {
            var chats = apps.Select(a => new Chat(a, a.CreateClient(), $"19:zwaluw-{hosts}@thread.v2")).ToList();
            var answers = new List<string>();
            for (var i = 0; i < Script.Length; i++)
            {
                var (from, text, mentions) = Script[i];
                var reply = await chats[i % hosts].SayAsync(from, text, mentions);
                answers.Add(Regex.Replace(reply, "zwaluw-[0-9]", "zwaluw"));
            }
            return answers;
        }
        finally
        {
            foreach (var app in apps) await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_erasure_on_one_host_is_seen_by_the_other_at_once()
    {
        var settings = new Dictionary<string, string?> { ["Storage:TablePrefix"] = TestStorage.NewPrefix() };
        await using var a = new BotApp(_connector, settings);
        await using var b = new BotApp(_connector, settings);
        var onA = new Chat(a, a.CreateClient(), "19:erase-two@thread.v2");
        var onB = new Chat(b, b.CreateClient(), "19:erase-two@thread.v2");
        await onA.SayAsync(Persona.Piet, "start gezin Koekoek");
        await onA.SayAsync(Persona.Piet, "ik neem de regie");
        Assert.Contains("Piet de Vries", await onB.SayAsync(Persona.Ahmed, "wie is regisseur?")); // b has read (and cached) it

        await onA.SayAsync(Persona.Piet, "gezin wissen: verzoek van het gezin");
        Assert.Contains("gewist", await onA.SayAsync(Persona.Piet, "gezin wissen bevestigd: verzoek van het gezin"));

        Assert.Contains("nog geen gezin", await onB.SayAsync(Persona.Ahmed, "wie is regisseur?"));
        // A new family in the same chat is found by both, not the erased one behind an old link.
        await onA.SayAsync(Persona.Piet, "start gezin Kwartel");
        Assert.Contains("Kwartel", (await onB.SendAsync(Persona.Ahmed, "plan")).Single(c => c.Card is not null).Card!.ToJsonString());
    }

    [Fact]
    public async Task A_change_on_one_host_is_seen_by_the_other_at_once_and_the_living_card_is_updated_once_per_change()
    {
        var settings = new Dictionary<string, string?> { ["Storage:TablePrefix"] = TestStorage.NewPrefix() };
        await using var a = new BotApp(_connector, settings);
        await using var b = new BotApp(_connector, settings);
        var onA = new Chat(a, a.CreateClient(), "19:card-two@thread.v2");
        var onB = new Chat(b, b.CreateClient(), "19:card-two@thread.v2");
        await onA.SayAsync(Persona.Piet, "start gezin Merel");
        Assert.Contains("nog geen regisseur", await onB.SayAsync(Persona.Ahmed, "wie is regisseur?"), StringComparison.OrdinalIgnoreCase);
        await onA.SayAsync(Persona.Piet, "ik neem de regie");
        Assert.Contains("Piet de Vries", await onB.SayAsync(Persona.Ahmed, "wie is regisseur?"));

        var card = (await onB.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null);
        var changes = new[] { (onA, "taak: ik bel de school voor vrijdag"), (onB, "taak: ik mail de GGD voor vrijdag"), (onA, "klaar met 2"), (onB, "1 bezig") };
        foreach (var (chat, text) in changes)
        {
            var calls = await chat.SendAsync(Persona.Piet, text);
            Assert.Single(calls, c => c.Method == "PUT" && c.Path.EndsWith("/" + card.ResponseId));
        }
        var last = _connector.Calls.Last(c => c.Method == "PUT" && c.Path.EndsWith("/" + card.ResponseId)).Card!.ToJsonString();
        Assert.Contains("bel de school", last);
        Assert.Contains("Afgerond: 1 taak", last);
    }

    [Fact]
    public async Task A_host_that_changes_from_its_own_copy_still_answers_as_storage_has_the_family()
    {
        // A long cache life: each host keeps its copy, so the other host's change is only found by the save or the check.
        var settings = new Dictionary<string, string?> { ["Storage:TablePrefix"] = TestStorage.NewPrefix(), ["Storage:ReadCacheTtl"] = "00:10:00" };
        await using var a = new BotApp(_connector, settings);
        await using var b = new BotApp(_connector, settings);
        var onA = new Chat(a, a.CreateClient(), "19:copy-two@thread.v2");
        var onB = new Chat(b, b.CreateClient(), "19:copy-two@thread.v2");
        await onA.SayAsync(Persona.Piet, "start gezin Spreeuw");
        await onA.SayAsync(Persona.Piet, "ik neem de regie");
        Assert.Contains("Piet de Vries", await onB.SayAsync(Persona.Ahmed, "wie is regisseur?")); // b has its copy

        await onA.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor vrijdag", Persona.Ahmed);
        // b's copy has no task 1: a refusal from it would be wrong, so b answers from a checked read.
        Assert.Contains("gedaan", await onB.SayAsync(Persona.Ahmed, "klaar met 1"));
        // a's copy is older than b's change: its save fails and is made again on the family as it is.
        Assert.StartsWith("Taak **2** genoteerd", await onA.SayAsync(Persona.Piet, "taak: ik mail de school voor vrijdag"));
        Assert.Contains("Afgerond: 1 taak", (await onB.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null).Card!.ToJsonString());
    }
}
