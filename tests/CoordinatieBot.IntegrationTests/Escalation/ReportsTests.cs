using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Escalation;

public class ReportsTests : EscalationTestBase
{
    [Fact]
    public async Task The_procesmanager_gets_a_weekly_overview_with_process_facts_only()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "ik ben van Wijkteam Noord");
        await chat.SayAsync(Persona.Piet, "doel wonen: huurachterstand opgelost");
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor 4 december", Persona.Ahmed);
        var quiet = GroupChat("19:merel@thread.v2");
        await quiet.SayAsync(Persona.Fatima, "start gezin Merel");

        await SweepAtAsync(At(2026, 12, 11)); // a Friday: no overview
        Assert.DoesNotContain(SentToPerson(Persona.Karin.AadObjectId), c => Content(c).Contains("Regie op regie"));

        var monday = await SweepAtAsync(At(2026, 12, 14));
        Assert.Equal(1, monday["overviewsSent"]!.GetValue<int>());
        var overview = Content(Assert.Single(SentToPerson(Persona.Karin.AadObjectId), c => Content(c).Contains("Regie op regie")));
        Assert.Contains("week 51: 2 actieve gezinnen", overview);
        Assert.Contains("**Vlinder** (regulier, regie: Wijkteam Noord): 1 te late taak (langst 6 werkdagen)", overview);
        Assert.DoesNotContain("woningcorporatie", overview);
        Assert.DoesNotContain("huurachterstand", overview);

        await SweepAtAsync(At(2026, 12, 14, 11));
        Assert.Single(SentToPerson(Persona.Karin.AadObjectId), c => Content(c).Contains("Regie op regie"));
    }

    [Fact]
    public async Task Who_chose_the_daily_overview_gets_one_message_instead_of_separate_reminders()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor 4 december", Persona.Ahmed);
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed mailt de school voor 4 december", Persona.Ahmed);
        Assert.Contains("Dagoverzicht staat aan", await Personal(Persona.Ahmed).SayAsync(Persona.Ahmed, "dagoverzicht aan"));

        var before = Connector.Calls.Count;
        var summary = await SweepAtAsync(At(2026, 12, 4));
        Assert.Equal(1, summary["digestsSent"]!.GetValue<int>());
        var ahmed1on1 = Personal(Persona.Ahmed).ConversationId; // he wrote to the bot 1:1, so that chat is used
        var toAhmed = SentTo(ahmed1on1, before);
        var digest = Assert.Single(toAhmed);
        Assert.Contains("belt de woningcorporatie", Content(digest));
        Assert.Contains("mailt de school", Content(digest));

        await SweepAtAsync(At(2026, 12, 4, 14));
        Assert.Single(SentTo(ahmed1on1, before));

        Assert.Contains("Dagoverzicht staat uit", await Personal(Persona.Ahmed).SayAsync(Persona.Ahmed, "dagoverzicht uit"));
        await SweepAtAsync(At(2026, 12, 8));
        Assert.True(SentTo(ahmed1on1, before).Count(c => c.Card is not null) >= 2); // separate reminders again, one per task
    }
}
