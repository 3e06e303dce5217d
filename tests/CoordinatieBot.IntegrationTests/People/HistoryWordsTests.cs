using CoordinatieBot.Domain;
using CoordinatieBot.IntegrationTests.Coordination;
using CoordinatieBot.IntegrationTests.Escalation;
using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.People;

/// <summary>The words people read: history in sentences with the right person, Dutch dates, a complete help.</summary>
public class HistoryWordsTests : EscalationTestBase
{
    /// <summary>Every name of the enums whose values end up in the history's details.</summary>
    private static readonly string[] InternalCodes =
    [
        .. Enum.GetNames<HistoryKind>(), .. Enum.GetNames<ActionStatus>(), .. Enum.GetNames<LadderStep>(), .. Enum.GetNames<NoticeKind>(),
        .. Enum.GetNames<EscalationKind>(), .. Enum.GetNames<EscalationEventKind>(), .. Enum.GetNames<EscalationStatus>(),
        .. Enum.GetNames<FamilyLevel>(), .. Enum.GetNames<MemberRole>(), .. Enum.GetNames<AgreementKind>(), "->", "?:", "role=", "organisation=",
    ];

    [Fact]
    public async Task The_history_of_a_whole_scenario_has_no_internal_codes_and_credits_who_acted()
    {
        var chat = await VlinderAsync();
        var seen = new List<string>();
        async Task Look() => seen.Add(await chat.SayAsync(Persona.Piet, "geschiedenis"));
        // A minute between steps, so the history (newest first) shows them in the order they happened.
        async Task<string> Step(Persona from, string text, params Persona[] mentions)
        {
            App.Clock.Advance(TimeSpan.FromMinutes(1));
            return string.Join("\n", (await chat.SendAsync(from, text, mentions)).Select(c => c.Text));
        }
        await Step(Persona.Piet, "ik ben van Wijkteam Noord");
        await Step(Persona.Ahmed, "mijn rol: verwijzer");
        await Step(Persona.Piet, "niveau MPG2");
        await Step(Persona.Piet, "doel financiën: schulden in kaart, gezin zegt: 'rust'");
        await Step(Persona.Piet, "plan besproken met gezin");
        await Look();
        await Step(Persona.Piet, "taak: @Sanne belt de school voor 4 december", Persona.Sanne);
        await Step(Persona.Piet, "taak: @Ahmed vraagt de schuldhulp om een intake voor 4 december", Persona.Ahmed);
        await Step(Persona.Piet, "taak: ik bel de huisarts voor 4 december");
        await Step(Persona.Sanne, "1 bezig");
        await Step(Persona.Ahmed, "taak 2: wacht op de wachtlijst van de GGZ");
        await Step(Persona.Piet, "3 lukt niet: huisarts met vakantie");
        await Look();
        await Step(Persona.Piet, "taak: ik bel de wijkagent voor 4 december");
        Assert.Contains("nieuwe datum: wo 3 mrt 2027", await Step(Persona.Piet, "4 nieuwe datum 3 maart 2027"));
        await Look();
        await Step(Persona.Piet, "taak 4 naar @Fatima", Persona.Fatima);
        await Step(Persona.Piet, "knelpunt: school reageert niet");
        await Look();
        await SweepAtAsync(At(2026, 12, 4));
        await SweepAtAsync(At(2026, 12, 8));
        await Look();
        await SweepAtAsync(At(2026, 12, 11));
        await SweepAtAsync(At(2026, 12, 18));
        var escalation = SentToPerson(Persona.Karin.AadObjectId).First(c => Content(c).Contains("esc.deescalate"));
        var data = RegieTests.FindData(escalation.Card!, "esc.deescalate").AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        var karin = Persona.Karin;
        await Personal(karin).InvokeAsync(karin, "esc.deescalate", data, escalation.ResponseId!);
        await Step(Persona.Sanne, "klaar met 1");

        await Look();
        var history = string.Join("\n", seen);
        var english = await chat.SayAsync(Persona.Piet, "history");
        // The configured procesmanager of the tests is called "Karin Procesmanager": her name is not a code.
        foreach (var text in seen.Append(english).Select(t => t.Replace("Karin Procesmanager", "Karin")))
        {
            foreach (var code in InternalCodes)
                Assert.False(System.Text.RegularExpressions.Regex.IsMatch(text, $@"(?<![\p{{L}}]){System.Text.RegularExpressions.Regex.Escape(code)}(?![\p{{L}}])"),
                    $"History shows the internal code '{code}':\n{text}");
            Assert.DoesNotContain(" · ?", text);
        }

        Assert.True(history.Contains("Piet de Vries voegde Sanne Jansen toe"), history);
        Assert.DoesNotContain("Sanne Jansen: Sanne Jansen", history);
        Assert.Contains("Piet de Vries zette het niveau van regulier op MPG2", history);
        Assert.Contains("Sanne Jansen meldde taak 1 als gedaan", history);
        Assert.Contains("Piet de Vries meldde dat taak 3 niet lukt (huisarts met vakantie)", history);
        Assert.Contains("Piet de Vries gaf taak 4 een nieuwe datum: wo 3 mrt 2027", history);
        Assert.Contains("Piet de Vries gaf taak 4 aan Fatima El Amrani", history);
        Assert.Contains("CoordinatieBot herinnerde", history);
        Assert.Contains("procesmanager", history);
        Assert.Contains("Sanne Jansen marked task 1 done", english);
        Assert.Contains("procesmanager Karin Procesmanager took the escalation", english);
    }

    [Fact]
    public async Task Help_lists_every_command_family_the_escalation_routes_and_that_English_works()
    {
        var chat = GroupChat();
        var help = await chat.SayAsync(Persona.Piet, "help");
        foreach (var expected in new[] { "start gezin", "ik neem de regie", "taak:", "klaar met", "plan", "wie is wie", "toestemming:", "mijn taken",
                     "geschiedenis", "knelpunt:", "escaleer taak", "geen overeenstemming:", "zorg over veiligheid:", "procesmanager is", "gezin afsluiten", "English works too" })
            Assert.Contains(expected, help);
        Assert.Contains("Dutch works too", await chat.SayAsync(Persona.Piet, "what can you do?"));
    }
}
