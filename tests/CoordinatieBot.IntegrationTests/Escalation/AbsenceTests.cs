using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Escalation;

/// <summary>
/// "ik ben afwezig tot …, vervanger @…": what is meant for the absent person goes to the vervanger, who reads that they
/// stand in; the plan card shows it; after the date everything goes to the person again, without a message.
/// </summary>
public class AbsenceTests : EscalationTestBase
{
    private async Task<Chat> VlinderWithTaskForAhmedAsync()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Sanne, "ik ben van Wijkteam Zuid");
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor 4 december", Persona.Ahmed);
        return chat;
    }

    [Fact]
    public async Task The_vervanger_gets_the_nudge_during_the_absence_and_the_owner_again_after_the_date()
    {
        var chat = await VlinderWithTaskForAhmedAsync();
        var reply = await chat.SayAsync(Persona.Ahmed, "ik ben afwezig tot 8 december, vervanger @Sanne", Persona.Sanne);
        Assert.Contains("afwezig tot 8 december 2026", reply);
        Assert.Contains("Sanne Jansen", reply);

        var plan = Content((await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null));
        Assert.Contains("Ahmed Yilmaz afwezig tot 8 december 2026, vervanger Sanne Jansen", plan);

        await SweepAtAsync(At(2026, 12, 4));
        Assert.Empty(SentToPerson(Persona.Ahmed.Id));
        var toSanne = SentToPerson(Persona.Sanne.Id);
        Assert.Contains(toSanne, c => Content(c).Contains("Je vervangt Ahmed Yilmaz tot 8 december 2026"));
        Assert.Contains(toSanne, c => c.Card is not null && Content(c).Contains("woningcorporatie"));

        // From the date on, by itself: the owner gets the next step of the ladder, the vervanger nothing more.
        var sanneBefore = toSanne.Count;
        await SweepAtAsync(At(2026, 12, 8));
        Assert.Contains(SentToPerson(Persona.Ahmed.Id), c => Content(c).Contains("woningcorporatie"));
        Assert.Equal(sanneBefore, SentToPerson(Persona.Sanne.Id).Count);
        plan = Content((await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null));
        Assert.DoesNotContain("afwezig tot", plan);
        Assert.Contains("Ahmed Yilmaz is afwezig tot 8 december 2026, vervanger Sanne Jansen", await chat.SayAsync(Persona.Piet, "geschiedenis"));
    }

    [Fact]
    public async Task Back_early_ends_it_and_without_a_vervanger_the_regisseur_gets_the_nudge()
    {
        var chat = await VlinderWithTaskForAhmedAsync();
        Assert.Contains("Recorded: you are away until 1 April 2027", await chat.SayAsync(Persona.Ahmed, "I'm away until 1 April, cover @Sanne", Persona.Sanne));
        Assert.Contains("Welkom terug", await chat.SayAsync(Persona.Ahmed, "ik ben terug"));
        var plan = Content((await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null));
        Assert.DoesNotContain("afwezig", plan);

        Assert.Contains("naar de regisseur", await chat.SayAsync(Persona.Ahmed, "met verlof tot 1 april"));
        await SweepAtAsync(At(2026, 12, 4));
        Assert.Empty(SentToPerson(Persona.Ahmed.Id));
        Assert.Contains(SentToPerson(Persona.Piet.Id), c => Content(c).Contains("Je vervangt Ahmed Yilmaz"));
    }

    [Fact]
    public async Task The_vervanger_must_be_a_member_other_than_oneself()
    {
        var chat = await VlinderWithTaskForAhmedAsync();
        Assert.Contains("niet je eigen vervanger", await chat.SayAsync(Persona.Ahmed, "ik ben afwezig tot 1 april, vervanger @Ahmed", Persona.Ahmed));
    }

    [Fact]
    public async Task Said_in_the_1on1_chat_it_applies_where_the_vervanger_is_a_member_and_asks_about_the_rest()
    {
        await VlinderWithTaskForAhmedAsync();
        var other = GroupChat("19:merel@thread.v2");
        await other.SayAsync(Persona.Fatima, "start gezin Merel");
        await other.SayAsync(Persona.Fatima, "taak: @Ahmed vraagt de toeslag aan voor 4 december", Persona.Ahmed);

        var ahmed = Personal(Persona.Ahmed);
        var reply = await ahmed.SayAsync(Persona.Ahmed, "ik ben afwezig t/m 7 december, @Sanne vervangt mij", Persona.Sanne);
        Assert.Contains("bij gezin **Vlinder**", reply);
        Assert.Contains("geen deelnemer van gezin **Merel**", reply);

        var before = Connector.Calls.Count;
        await SweepAtAsync(At(2026, 12, 4));
        var toSanne = SentToPerson(Persona.Sanne.Id);
        Assert.Contains(toSanne, c => Content(c).Contains("woningcorporatie"));
        Assert.DoesNotContain(toSanne, c => Content(c).Contains("toeslag"));
        // Merel has no vervanger and no regisseur: the owner keeps his own nudge there (in the 1:1 chat he wrote in).
        var toAhmed = SentTo(ahmed.ConversationId, before);
        Assert.Contains(toAhmed, c => Content(c).Contains("toeslag"));
        Assert.DoesNotContain(toAhmed, c => Content(c).Contains("woningcorporatie"));
    }
}
