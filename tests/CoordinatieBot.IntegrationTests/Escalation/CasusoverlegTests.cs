using CoordinatieBot.IntegrationTests.Coordination;
using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Escalation;

/// <summary>
/// The casusoverleg as a thing: planned in chat, its agenda in the thread the morning of its day (once), its decisions
/// as tasks and in the history; and the warme overdracht after an accepted handover.
/// </summary>
public class CasusoverlegTests : EscalationTestBase
{
    private const string Thread = "19:vlinder@thread.v2";

    private List<RecordedCall> Agendas(int from = 0) =>
        SentTo(Thread, from).Where(c => c.Card is not null && Content(c).Contains("agenda casusoverleg")).ToList();

    [Fact]
    public async Task A_casusoverleg_planned_in_chat_gets_its_agenda_the_morning_of_its_day_once_and_its_decision_becomes_a_task()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Ahmed, "hallo");
        await chat.SayAsync(Persona.Sanne, "hallo");
        await chat.SayAsync(Persona.Piet, "doel wonen: woonsituatie stabiel");
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor 27 november", Persona.Ahmed);
        await chat.SayAsync(Persona.Piet, "taak: @Sanne vraagt bewindvoering aan voor 30 november", Persona.Sanne);
        await chat.SayAsync(Persona.Sanne, "taak 2: wacht op de rechtbank tot 15 december");
        await chat.SayAsync(Persona.Fatima, "knelpunt: school reageert niet");

        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var planned = await chat.SayAsync(Persona.Piet, "casusoverleg op 8 december om 10:00 met @Ahmed en @Sanne, gezin is erbij", Persona.Ahmed, Persona.Sanne);
        Assert.Contains("Casusoverleg gepland op **di 8 dec 10:00**", planned);
        Assert.Contains("gezin is erbij", planned);
        Assert.Contains("Piet de Vries plande een casusoverleg op di 8 dec 10:00 (gezin is erbij)", await chat.SayAsync(Persona.Piet, "geschiedenis"));
        var plan = (await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null);
        Assert.Contains("Volgende casusoverleg", Content(plan));
        Assert.Contains("di 8 dec 10:00", Content(plan));

        await SweepAtAsync(At(2026, 12, 7));
        Assert.Empty(Agendas());

        await SweepAtAsync(At(2026, 12, 8, 8));
        var agenda = Content(Assert.Single(Agendas()));
        Assert.Contains("di 8 dec 10:00", agenda);
        Assert.Contains("Te laat (1)", agenda);
        Assert.Contains("woningcorporatie", agenda);
        Assert.Contains("Wacht op een ander (1)", agenda);
        Assert.Contains("bewindvoering", agenda);
        Assert.Contains("Doelen zonder open taak (1)", agenda);
        Assert.Contains("woonsituatie stabiel", agenda);
        Assert.Contains("Open escalaties (1)", agenda);
        Assert.DoesNotContain("school reageert niet", agenda); // numbers only, as the plan card
        await SweepAtAsync(At(2026, 12, 8, 11));
        Assert.Single(Agendas());
        Assert.Contains("CoordinatieBot zette de agenda van het casusoverleg in het gesprek", await chat.SayAsync(Persona.Piet, "geschiedenis"));

        App.Clock.SetUtcNow(At(2026, 12, 8, 11));
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var decided = await chat.SayAsync(Persona.Piet, "besluit: @Ahmed regelt de aanvraag bijzondere bijstand voor vrijdag", Persona.Ahmed);
        Assert.Contains("Besluit vastgelegd bij het casusoverleg van di 8 dec", decided);
        Assert.Contains("Taak **3** genoteerd voor Ahmed Yilmaz", decided);
        Assert.Contains("vr 11 dec", decided);
        Assert.Contains("Besluit vastgelegd", await chat.SayAsync(Persona.Piet, "besluit: gezin start met schuldhulpverlening"));
        var english = await chat.SayAsync(Persona.Sanne, "decision: @Ahmed calls the school by Friday", Persona.Ahmed);
        Assert.Contains("Decision recorded with the case conference of Tue 8 Dec", english);
        Assert.Contains("Task **4** noted for Ahmed Yilmaz", english);
        var mine = await Personal(Persona.Ahmed).SayAsync(Persona.Ahmed, "mijn taken");
        Assert.Contains("bijzondere bijstand", mine);

        var history = await chat.SayAsync(Persona.Piet, "geschiedenis");
        Assert.Contains("legde een besluit vast (casusoverleg van di 8 dec): @Ahmed", history);
        Assert.Contains("dat werd taak 3 voor Ahmed Yilmaz", history);
        Assert.Contains("gezin start met schuldhulpverlening", history);
    }

    [Fact]
    public async Task A_moved_casusoverleg_gets_its_agenda_on_the_new_day_and_a_cancelled_one_none()
    {
        var chat = await VlinderAsync();
        Assert.Contains("Hoe laat", await chat.SayAsync(Persona.Piet, "mdo op 1 december"));
        Assert.Contains("Op welke dag", await chat.SayAsync(Persona.Piet, "plan een casusoverleg"));
        Assert.Contains("Is het gezin erbij?", await chat.SayAsync(Persona.Piet, "mdo op 1 december om 14:00"));
        Assert.Contains("zonder gezin", await chat.SayAsync(Persona.Fatima, "casusoverleg zonder gezin"));
        Assert.Contains("verzet naar **do 3 dec 14:00**", await chat.SayAsync(Persona.Piet, "casusoverleg verzetten naar 3 december"));
        await SweepAtAsync(At(2026, 12, 1, 8));
        Assert.Empty(Agendas());
        await SweepAtAsync(At(2026, 12, 3, 8));
        Assert.Contains("zonder gezin", Content(Assert.Single(Agendas())));

        App.Clock.SetUtcNow(At(2026, 12, 4));
        Assert.Contains("Case conference planned on **Thu 10 Dec 09:30**", await chat.SayAsync(Persona.Piet, "case conference on 10 December at 9:30"));
        Assert.Contains("is cancelled", await chat.SayAsync(Persona.Piet, "cancel the case conference"));
        await SweepAtAsync(At(2026, 12, 10, 8));
        Assert.Single(Agendas());
        Assert.Contains("zegde het casusoverleg van do 10 dec 09:30 af", await chat.SayAsync(Persona.Piet, "geschiedenis"));
    }

    [Fact]
    public async Task The_cards_casusoverleg_buttons_say_how_to_plan_one()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Ahmed, "hallo");
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor 27 november", Persona.Ahmed);
        await SweepAtAsync(At(2026, 12, 4));
        var options = SentToPerson(Persona.Piet.Id).Last(c => c.Card is not null && Content(c).Contains("regie.casusoverleg"));
        var data = RegieTests.FindData(options.Card!, "regie.casusoverleg").AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        var before = Connector.Calls.Count;
        await Personal(Persona.Piet).InvokeAsync(Persona.Piet, "regie.casusoverleg", data, options.ResponseId!);
        var told = Assert.Single(SentTo(Thread, before), c => c.Text?.Contains("stelt een **casusoverleg** voor") == true);
        Assert.Contains("**casusoverleg op** 14 januari **om** 10:00", told.Text);

        // The procesmanager's "casusoverleg bijeenroepen" on the escalation card: the thread hears how to plan it.
        await chat.SayAsync(Persona.Fatima, "knelpunt: school reageert niet");
        var escalation = SentToPerson(Persona.Karin.AadObjectId).Last(c => Content(c).Contains("esc.casusoverleg"));
        var pressData = RegieTests.FindData(escalation.Card!, "esc.casusoverleg").AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        before = Connector.Calls.Count;
        await new Chat(App, Http, OneToOnes()[Persona.Karin.AadObjectId], "personal").InvokeAsync(Persona.Karin, "esc.casusoverleg", pressData, escalation.ResponseId!);
        var called = Assert.Single(SentTo(Thread, before), c => c.Text?.Contains("roept een casusoverleg bijeen") == true);
        Assert.Contains("**casusoverleg op** 14 januari **om** 10:00", called.Text);

        // Typed as the prompts say, it is planned by the same operation.
        Assert.Contains("Casusoverleg gepland op **ma 7 dec 10:00**", await chat.SayAsync(Persona.Piet, "casusoverleg op 7 december om 10:00"));
        Assert.Contains("Volgende casusoverleg: **ma 7 dec 10:00**", await chat.SayAsync(Persona.Ahmed, "wanneer is het casusoverleg?"));
    }

    [Fact]
    public async Task After_an_accepted_handover_the_new_regisseur_gets_the_summary_and_both_are_asked_whether_the_family_met_them()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Fatima, "hallo");
        await chat.SayAsync(Persona.Ahmed, "ik ben van Woonstad");
        await chat.SayAsync(Persona.Piet, "doel financiën: schulden in kaart, gezin zegt: \"rust in huis\"");
        await chat.SayAsync(Persona.Piet, "toestemming: moeder, schriftelijk, voor Wijkteam, Woonstad, tot 1 juni 2027");
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor vrijdag", Persona.Ahmed);
        await chat.SayAsync(Persona.Piet, "taak: ik vraag bewindvoering aan voor 4 december");
        await chat.SayAsync(Persona.Piet, "taak 2: wacht op de rechtbank tot 15 december");
        await chat.SayAsync(Persona.Piet, "casusoverleg op 25 november om 14:00");
        await chat.SayAsync(Persona.Piet, "besluit: gezin start met schuldhulpverlening");

        await chat.SendAsync(Persona.Piet, "regie overdragen aan @Fatima", Persona.Fatima);
        Assert.Empty(SentToPerson(Persona.Fatima.Id));
        await chat.SayAsync(Persona.Fatima, "ik accepteer de regie");

        var toFatima = SentToPerson(Persona.Fatima.Id);
        var summary = Content(Assert.Single(toFatima, c => Content(c).Contains("overdracht van de regie") && Content(c).Contains("Doelen")));
        Assert.Contains("schulden in kaart", summary);
        Assert.Contains("rust in huis", summary);
        Assert.Contains("woningcorporatie", summary);
        Assert.Contains("bewindvoering", summary);
        Assert.Contains("wacht op de rechtbank", summary);
        Assert.Contains("Wijkteam, Woonstad", summary);
        Assert.Contains("tot di 1 jun 2027", summary);
        Assert.Contains("gezin start met schuldhulpverlening", summary);
        Assert.Contains("Ahmed Yilmaz", summary);
        Assert.Contains("Woonstad", summary);
        Assert.DoesNotContain(SentToPerson(Persona.Piet.Id), c => Content(c).Contains("Doelen ("));
        Assert.DoesNotContain(SentToPerson(Persona.Ahmed.Id), c => Content(c).Contains("overdracht van de regie"));

        var question = Assert.Single(toFatima, c => Content(c).Contains("regie.familyMet"));
        Assert.Contains("Heeft het gezin jou als nieuwe regisseur al ontmoet?", Content(question));
        var askedPiet = Assert.Single(SentToPerson(Persona.Piet.Id), c => Content(c).Contains("regie.familyMet"));
        Assert.Contains("Heeft het gezin Fatima El Amrani al ontmoet?", Content(askedPiet));

        var familyId = RegieTests.FindData(question.Card!, "regie.familyMet")["familyId"]!.GetValue<string>();
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var answered = await Personal(Persona.Fatima).InvokeAsync(Persona.Fatima, "regie.familyMet",
            new Dictionary<string, string> { ["familyId"] = familyId, ["pick"] = "Planned" }, question.ResponseId!);
        Assert.Contains("vastgelegd: een kennismaking met het gezin is gepland", answered.ToJsonString());
        Assert.DoesNotContain("regie.familyMet", answered.ToJsonString());
        var refused = await Personal(Persona.Ahmed).InvokeAsync(Persona.Ahmed, "regie.familyMet",
            new Dictionary<string, string> { ["familyId"] = familyId, ["pick"] = "Yes" }, question.ResponseId!);
        Assert.DoesNotContain("vastgelegd", refused.ToJsonString());
        await Personal(Persona.Piet).InvokeAsync(Persona.Piet, "regie.familyMet",
            new Dictionary<string, string> { ["familyId"] = familyId, ["pick"] = "Yes" }, askedPiet.ResponseId!);

        var history = await chat.SayAsync(Persona.Fatima, "geschiedenis");
        Assert.True(history.Contains("Fatima El Amrani gaf aan of het gezin Fatima El Amrani als nieuwe regisseur heeft ontmoet: een kennismaking met het gezin is gepland"), history);
        Assert.Contains("Piet de Vries gaf aan of het gezin Fatima El Amrani als nieuwe regisseur heeft ontmoet: ja", history);
        Assert.DoesNotContain("Ahmed Yilmaz gaf aan", history);
    }
}
