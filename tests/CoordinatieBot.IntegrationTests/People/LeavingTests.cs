using CoordinatieBot.IntegrationTests.Coordination;
using CoordinatieBot.IntegrationTests.Escalation;
using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.People;

/// <summary>Someone leaves the chat or the team: the regie opens, their open actions find a new owner.</summary>
public class LeavingTests : EscalationTestBase
{
    [Fact]
    public async Task A_regisseur_who_leaves_the_group_chat_frees_the_regie_and_a_colleague_takes_it_and_their_tasks()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Fatima, "hallo");
        await chat.SayAsync(Persona.Piet, "taak: ik bel de school voor 4 december");
        await chat.SayAsync(Persona.Piet, "taak: ik vraag de schuldhulp om een intake");
        await chat.SendAsync(Persona.Piet, "regie overdragen aan @Fatima", Persona.Fatima);
        var before = Connector.Calls.Count;

        App.Clock.Advance(TimeSpan.FromMinutes(1)); // the history lists what follows after the set-up
        await chat.MembersChangedAsync(removed: [Persona.Piet]);

        var thread = SentTo(chat.ConversationId, before);
        var told = Assert.Single(thread, c => c.Text is not null);
        Assert.Contains("Piet de Vries zit niet meer in dit gesprek", told.Text);
        Assert.Contains("De regie is daarmee weer open", told.Text);
        Assert.Contains("ik neem de regie", told.Text);
        Assert.Contains("bel de school", told.Text);
        var card = Assert.Single(thread, c => c.Card is not null);
        var take = RegieTests.FindData(card.Card!, "action.take");
        Assert.Contains("vraag de schuldhulp", Content(card));

        Assert.Contains("nog geen regisseur", await chat.SayAsync(Persona.Ahmed, "wie is regisseur?"));
        // The handover to Fatima went with Piet: there is nothing left to accept.
        Assert.Contains("geen overdracht", await chat.SayAsync(Persona.Fatima, "ik accepteer de regie"));
        Assert.Contains("Fatima El Amrani", await chat.SayAsync(Persona.Fatima, "ik neem de regie"));
        Assert.Contains("**Fatima El Amrani**", await chat.SayAsync(Persona.Ahmed, "wie is regisseur?"));

        // Ahmed takes task 1 on the card; the card shows what is left.
        var taken = await chat.InvokeAsync(Persona.Ahmed, "action.take", take.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>()), card.ResponseId!);
        Assert.Contains("Ik neem taak 2", taken["value"]!.ToJsonString());
        Assert.DoesNotContain("Ik neem taak 1", taken["value"]!.ToJsonString());
        Assert.Contains(SentTo(chat.ConversationId), c => c.Text?.Contains("Taak **1** is nu van Ahmed Yilmaz") == true);
        var history = await chat.SayAsync(Persona.Fatima, "geschiedenis");
        Assert.Contains("Piet de Vries verliet het gesprek", history);
        Assert.Contains("de regie is weer open", history);
    }

    [Fact]
    public async Task A_member_who_leaves_the_team_leaves_the_family_in_its_channel_thread()
    {
        var thread = new Chat(App, Http, "19:gezinnen@thread.tacv2;messageid=100", "channel") { TeamId = "19:team@thread.tacv2" };
        await thread.SayAsync(Persona.Piet, "start gezin Vlinder");
        await thread.SayAsync(Persona.Ahmed, "ik neem de regie");
        await thread.SayAsync(Persona.Ahmed, "taak: ik bel de woningcorporatie voor 4 december");
        var before = Connector.Calls.Count;

        // Teams says so in the team's own conversation (its General channel), not in the family's thread.
        var general = new Chat(App, Http, "19:team@thread.tacv2", "channel") { TeamId = "19:team@thread.tacv2" };
        await general.MembersChangedAsync(removed: [Persona.Ahmed]);

        Assert.Contains(SentTo(thread.ConversationId, before), c => c.Text?.Contains("De regie is daarmee weer open") == true);
        Assert.Contains(SentTo(thread.ConversationId, before), c => c.Card is not null && Content(c).Contains("action.take"));
        Assert.Contains("nog geen regisseur", await thread.SayAsync(Persona.Piet, "wie is regisseur?"));
    }

    [Fact]
    public async Task Someone_leaving_with_nothing_open_is_not_announced()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Fatima, "hallo");
        var before = Connector.Calls.Count;
        await chat.MembersChangedAsync(removed: [Persona.Fatima]);
        Assert.Empty(SentTo(chat.ConversationId, before));
        Assert.DoesNotContain("Fatima", await chat.SayAsync(Persona.Piet, "wie is wie?"));
    }

    [Fact]
    public async Task The_procesmanager_can_appoint_a_regisseur_when_nobody_takes_the_regie_within_a_week()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Fatima, "ik ben van Wijkteam Noord");
        await chat.MembersChangedAsync(removed: [Persona.Piet]);

        var card = Assert.Single(SentToPerson(Persona.Karin.AadObjectId));
        Assert.Contains("geen regisseur", Content(card));
        Assert.Contains("wo 2 dec", Content(card)); // a week after Piet left on 25 November
        Assert.Contains("Fatima El Amrani (Wijkteam Noord)", Content(card));
        var data = RegieTests.FindData(card.Card!, "pm.appointRegisseur").AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        data["regisseur"] = Persona.Fatima.Id;
        var karin = Persona.Karin;
        var pmChat = Personal(karin);

        var tooSoon = await pmChat.InvokeAsync(karin, "pm.appointRegisseur", data, card.ResponseId!);
        Assert.Contains("een week", tooSoon["value"]!.ToString());
        Assert.Contains("nog geen regisseur", await chat.SayAsync(Persona.Ahmed, "wie is regisseur?"));

        // Someone else may not appoint.
        var other = await Personal(Persona.Ahmed).InvokeAsync(Persona.Ahmed, "pm.appointRegisseur", data, card.ResponseId!);
        Assert.Contains("Alleen deelnemers", other["value"]!.ToString());

        App.Clock.SetUtcNow(At(2026, 12, 2, 10));
        var before = Connector.Calls.Count;
        var done = await pmChat.InvokeAsync(karin, "pm.appointRegisseur", data, card.ResponseId!);
        Assert.Contains("is nu regisseur", done["value"]!.ToJsonString());
        Assert.Contains(SentTo(chat.ConversationId, before), c => c.Text?.Contains("heeft **Fatima El Amrani** (Wijkteam Noord) aangewezen als regisseur") == true);
        Assert.Contains(SentToPerson(Persona.Fatima.Id), c => Content(c).Contains("aangewezen als regisseur"));
        Assert.Contains("**Fatima El Amrani**", await chat.SayAsync(Persona.Ahmed, "wie is regisseur?"));
        Assert.Contains("procesmanager Karin Procesmanager wees Fatima El Amrani aan als regisseur", await chat.SayAsync(Persona.Ahmed, "geschiedenis"));
    }
}
