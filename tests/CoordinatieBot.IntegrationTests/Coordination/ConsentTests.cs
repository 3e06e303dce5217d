using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Coordination;

public class ConsentTests : BotTestBase
{
    [Fact]
    public async Task Consent_is_recorded_and_an_organisation_outside_it_needs_a_reason()
    {
        var chat = await VlinderAsync();
        var recorded = await chat.SayAsync(Persona.Piet, "toestemming: moeder, schriftelijk, voor Wijkteam Noord, School De Vlinder, doel: afstemming hulp, tot 1 juni 2027");
        Assert.Contains("gegeven door moeder (schriftelijk)", recorded);
        Assert.Contains("Wijkteam Noord", recorded);
        Assert.Contains("1 juni 2027", recorded);

        Assert.Contains("Genoteerd", await chat.SayAsync(Persona.Fatima, "ik ben van School De Vlinder"));
        Assert.Contains("niet in de toestemming", await chat.SayAsync(Persona.Ahmed, "ik ben van Veilig Thuis"));
        Assert.Contains("Genoteerd", await chat.SayAsync(Persona.Ahmed, "ik ben van Veilig Thuis, reden: zorg om kindveiligheid"));
        Assert.Contains("bevestigde deelname buiten de toestemming (Veilig Thuis: zorg om kindveiligheid)", await chat.SayAsync(Persona.Piet, "geschiedenis"));
    }

    [Fact]
    public async Task Consent_in_English()
    {
        var chat = await VlinderAsync();
        Assert.Contains("Consent recorded: given by mother (verbal)", await chat.SayAsync(Persona.Piet, "consent: mother, verbal, for Wijkteam and School, until 1 June 2027"));
    }
}
