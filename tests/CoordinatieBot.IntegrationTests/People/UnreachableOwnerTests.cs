using CoordinatieBot.IntegrationTests.Escalation;
using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.People;

/// <summary>An owner for whom Teams refuses a 1:1 chat (a guest without the app) is reached in the thread, by an @mention.</summary>
public class UnreachableOwnerTests : EscalationTestBase
{
    [Fact]
    public async Task An_owner_whose_1on1_is_refused_is_mentioned_in_the_thread_and_the_regisseur_hears_it_once()
    {
        Connector.RefusePersonalChat[Persona.Sanne.Id] = true;
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: @Sanne belt de school voor 4 december", Persona.Sanne);
        var before = Connector.Calls.Count;

        // The due day: the 1:1 is refused, so the nudge goes into the thread with a real mention entity of Sanne.
        var due = await SweepAtAsync(At(2026, 12, 4));
        Assert.Equal(1, due["sent"]!.GetValue<int>());
        Assert.Equal(1, due["viaThread"]!.GetValue<int>());
        Assert.Equal(0, due["unreachable"]!.GetValue<int>());
        Assert.Contains(Connector.Calls.Skip(before), c => c.Path == "/v3/conversations" && c.FailedWith == 403);
        var thread = SentTo(chat.ConversationId, before);
        var mention = Assert.Single(thread, c => c.Body?["entities"] is not null);
        var entity = mention.Body!["entities"]![0]!;
        Assert.Equal("mention", entity["type"]!.GetValue<string>());
        Assert.Equal(Persona.Sanne.Id, entity["mentioned"]!["id"]!.GetValue<string>());
        Assert.Equal(Persona.Sanne.Name, entity["mentioned"]!["name"]!.GetValue<string>());
        Assert.Equal("<at>Sanne Jansen</at>", entity["text"]!.GetValue<string>());
        Assert.Contains("<at>Sanne Jansen</at>", mention.Text);
        Assert.Contains(thread, c => Content(c).Contains("belt de school") && Content(c).Contains("action.done")); // the nudge card itself

        // The regisseur hears once that Sanne can only be reached in the thread.
        var piet = SentToPerson(Persona.Piet.Id);
        Assert.Single(piet, c => Content(c).Contains("niet in een 1-op-1 chat bereiken"));

        // Two working days late: in the thread again, the regisseur not told about it a second time.
        before = Connector.Calls.Count;
        var late = await SweepAtAsync(At(2026, 12, 8));
        Assert.Equal(1, late["viaThread"]!.GetValue<int>());
        Assert.Contains(SentTo(chat.ConversationId, before), c => c.Text?.Contains("<at>Sanne Jansen</at>") == true);
        Assert.Single(SentToPerson(Persona.Piet.Id), c => Content(c).Contains("niet in een 1-op-1 chat bereiken"));

        // At the procesmanager: the card says the owner was only reached in the thread.
        await SweepAtAsync(At(2026, 12, 11));
        var pm = await SweepAtAsync(At(2026, 12, 18));
        var card = Content(Assert.Single(SentToPerson(Persona.Karin.AadObjectId)));
        Assert.Contains("alleen via een @vermelding in het gezinsgesprek bereikt", card);
        // Sanne presses "Gedaan" on the nudge in the thread: it shows the outcome in place, it does not become the plan card.
        var nudge = SentTo(chat.ConversationId).Last(c => c.Card is not null && Content(c).Contains("action.done"));
        var data = Coordination.RegieTests.FindData(nudge.Card!, "action.done").AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        var pressed = await chat.InvokeAsync(Persona.Sanne, "action.done", data, nudge.ResponseId!);
        Assert.Contains("is gedaan", pressed["value"]!.ToJsonString());
        Assert.DoesNotContain("plan.refresh", pressed["value"]!.ToJsonString());
        Console.WriteLine($"[sweep] unreachable owner over the ladder: sent {due["sent"]} + {late["sent"]}, via thread {due["viaThread"]} + {late["viaThread"]}, unreachable {due["unreachable"]} + {late["unreachable"]} + {pm["unreachable"]}");
    }

    [Fact]
    public async Task An_owner_who_can_be_reached_1on1_is_not_mentioned_in_the_thread()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: @Sanne belt de school voor 4 december", Persona.Sanne);
        var before = Connector.Calls.Count;
        var due = await SweepAtAsync(At(2026, 12, 4));
        Assert.Equal(0, due["viaThread"]!.GetValue<int>());
        Assert.Single(SentToPerson(Persona.Sanne.Id));
        Assert.DoesNotContain(SentTo(chat.ConversationId, before), c => c.Body?["entities"] is not null);
        Assert.DoesNotContain(SentToPerson(Persona.Piet.Id), c => Content(c).Contains("1-op-1"));
    }
}
