using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.People;

/// <summary>Roles are respected: an observer only looks on; closing asks what happens to open actions.</summary>
public class RolesTests : BotTestBase
{
    [Fact]
    public async Task An_observer_cannot_take_the_regie_or_close_the_family()
    {
        var chat = GroupChat();
        await chat.SayAsync(Persona.Piet, "start gezin Vlinder");
        await chat.SayAsync(Persona.Olga, "mijn rol: observer");
        Assert.Contains("observer kan de regie niet nemen", await chat.SayAsync(Persona.Olga, "ik neem de regie"));
        Assert.Contains("nog geen regisseur", await chat.SayAsync(Persona.Piet, "wie is regisseur?"));
        Assert.Contains("observer kan de regie niet nemen", await chat.SayAsync(Persona.Olga, "gezin afsluiten: doelen bereikt"));

        await chat.SayAsync(Persona.Piet, "ik neem de regie");
        Assert.Contains("observer kan de regie niet nemen", await chat.SayAsync(Persona.Piet, "regie overdragen aan @Olga", Persona.Olga));
        Assert.Contains("Piet de Vries", await chat.SayAsync(Persona.Olga, "wie is regisseur?"));
    }

    [Fact]
    public async Task Closing_with_open_actions_asks_what_happens_to_them()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: ik bel de school voor 4 december");
        await chat.SayAsync(Persona.Piet, "taak: ik bel de huisarts voor 4 december");
        await chat.SayAsync(Persona.Piet, "klaar met 2");

        var asked = await chat.SayAsync(Persona.Piet, "gezin afsluiten: doelen bereikt");
        Assert.Contains("nog 1 open taken (1)", asked);
        Assert.Contains("open taken vervallen", asked);
        Assert.Contains("Taak", await chat.SayAsync(Persona.Piet, "taak: ik bel de wijkagent voor 5 december")); // still open

        var closed = await chat.SayAsync(Persona.Piet, "gezin afsluiten: open taken vervallen, doelen bereikt");
        Assert.Contains("is afgesloten", closed);
        Assert.Contains("sloot het gezin af (doelen bereikt)", await chat.SayAsync(Persona.Piet, "geschiedenis"));
    }

    [Fact]
    public async Task Someone_who_joins_after_consent_is_asked_who_they_are_before_the_plan_and_the_regisseur_hears_outside_consent()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "toestemming: moeder, schriftelijk, voor Wijkteam, School, tot 1 juni 2027");
        var before = Connector.Calls.Count;

        App.Clock.Advance(TimeSpan.FromMinutes(5));
        await chat.MembersChangedAsync(added: [Persona.Olga]);
        var welcome = Assert.Single(Connector.Calls.Skip(before), c => c.Text?.Contains("Van welke organisatie ben je?") == true);
        Assert.Contains("<at>Olga Buiten</at>", welcome.Text);
        Assert.Equal(Persona.Olga.Id, welcome.Body!["entities"]![0]!["mentioned"]!["id"]!.GetValue<string>());
        Assert.Contains("Wijkteam, School", welcome.Text);

        var calls = await chat.SendAsync(Persona.Olga, "plan");
        Assert.DoesNotContain(calls, c => c.Card is not null);
        Assert.Contains(calls, c => c.Text?.Contains("Voordat ik je het plan laat zien") == true);

        Assert.Contains("reden", await chat.SayAsync(Persona.Olga, "ik ben van Veilig Thuis"));
        await chat.SayAsync(Persona.Olga, "ik ben van Veilig Thuis, reden: zorg om kindveiligheid");
        Assert.Contains(Connector.Calls, c => c.Text?.Contains("niet in de toestemming van het gezin staat") == true && !c.Path.Contains(chat.ConversationId));
        Assert.Contains(await chat.SendAsync(Persona.Olga, "plan"), c => c.Card is not null);

        // Members from before the consent, and members from a consented organisation, just see the plan.
        Assert.Contains(await chat.SendAsync(Persona.Piet, "plan"), c => c.Card is not null);
    }
}
