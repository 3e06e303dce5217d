using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Escalation;

/// <summary>The immediate routes and the other timers: waiting, knelpunt, impasse, safety, stall, silent referral.</summary>
public class RoutesTests : EscalationTestBase
{
    [Fact]
    public async Task Waiting_is_never_nagged_before_its_date_and_then_the_owner_is_asked_what_now()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed vraagt de verblijfsvergunning aan voor 4 december", Persona.Ahmed);
        Assert.Contains("wacht op IND", await chat.SayAsync(Persona.Ahmed, "taak 1: wacht op IND tot 1 februari"));

        foreach (var day in new[] { At(2026, 12, 4), At(2026, 12, 18), At(2027, 1, 15), At(2027, 1, 29) })
            await SweepAtAsync(day);
        Assert.Empty(SentToPerson(Persona.Ahmed.Id));

        await SweepAtAsync(At(2027, 2, 1));
        var asked = Assert.Single(SentToPerson(Persona.Ahmed.Id));
        Assert.Contains("Wat doen we in de tussentijd", Content(asked));
    }

    [Fact]
    public async Task A_knelpunt_goes_to_the_procesmanager_at_once()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "doel school: Noor gaat elke dag naar school");
        var reply = await chat.SayAsync(Persona.Fatima, "knelpunt: school reageert al drie weken niet op de verwijzing");
        Assert.Contains("Karin Procesmanager", reply);
        var card = Content(Assert.Single(SentToPerson(Persona.Karin.AadObjectId)));
        Assert.Contains("Knelpunt", card);
        Assert.Contains("school reageert al drie weken niet", card);
        Assert.DoesNotContain("elke dag naar school", card);
        Assert.Contains("esc.decision", card);
    }

    [Fact]
    public async Task An_impasse_goes_as_a_decision_request_and_the_decision_is_reported_back()
    {
        var chat = await VlinderAsync();
        Assert.Contains("besluit gevraagd", await chat.SayAsync(Persona.Fatima, "geen overeenstemming: wie betaalt de bewindvoering"));
        var card = Assert.Single(SentToPerson(Persona.Karin.AadObjectId));
        Assert.Contains("Besluit gevraagd", Content(card));
        var familyId = Coordination.RegieTests.FindData(card.Card!, "esc.ack")["familyId"]!.GetValue<string>();

        // Only the procesmanager may act on it.
        var piet = new Chat(App, Http, "a:piet-1on1", "personal");
        var refused = await piet.InvokeAsync(Persona.Piet, "esc.decision", new Dictionary<string, string> { ["familyId"] = familyId, ["escalation"] = "1", ["reason"] = "ik beslis zelf" }, card.ResponseId!);
        Assert.Contains("Alleen deelnemers", refused["value"]!.ToJsonString());

        var karin = Persona.Karin;
        var pmChat = new Chat(App, Http, OneToOnes()[Persona.Karin.AadObjectId], "personal");
        var before = Connector.Calls.Count;
        var decided = await pmChat.InvokeAsync(karin, "esc.decision", new Dictionary<string, string> { ["familyId"] = familyId, ["escalation"] = "1", ["reason"] = "gemeente betaalt de eerste drie maanden" }, card.ResponseId!);
        Assert.Contains("gemeente betaalt", decided["value"]!.ToJsonString());
        Assert.Contains(SentTo(chat.ConversationId, before), c => Content(c).Contains("Besluit van de procesmanager: gemeente betaalt de eerste drie maanden"));
        Assert.Contains("procesmanager Karin Procesmanager nam een besluit", await chat.SayAsync(Persona.Piet, "geschiedenis"));
    }

    [Fact]
    public async Task A_safety_concern_goes_to_the_regisseur_at_once_even_at_night_and_points_to_the_meldcode()
    {
        var chat = await VlinderAsync();
        App.Clock.SetUtcNow(At(2026, 11, 28, 23)); // Saturday night
        var reply = await chat.SayAsync(Persona.Fatima, "zorg over veiligheid: blauwe plekken bij de jongste");
        Assert.Contains("meldcode", reply);
        var toRegisseur = Assert.Single(SentToPerson(Persona.Piet.Id));
        Assert.Contains("Zorg over veiligheid", Content(toRegisseur));
        Assert.Contains("blauwe plekken", Content(toRegisseur));
    }

    [Fact]
    public async Task The_regisseur_escalates_and_the_procesmanager_sets_a_deadline()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor 4 december", Persona.Ahmed);
        Assert.Contains("Alleen de regisseur", await chat.SayAsync(Persona.Ahmed, "escaleer taak 1"));
        Assert.Contains("Karin Procesmanager", await chat.SayAsync(Persona.Piet, "escaleer taak 1"));
        var card = Assert.Single(SentToPerson(Persona.Karin.AadObjectId));
        var familyId = Coordination.RegieTests.FindData(card.Card!, "esc.ack")["familyId"]!.GetValue<string>();

        var karin = Persona.Karin;
        var pmChat = new Chat(App, Http, OneToOnes()[Persona.Karin.AadObjectId], "personal");
        var before = Connector.Calls.Count;
        await pmChat.InvokeAsync(karin, "esc.deadline", new Dictionary<string, string> { ["familyId"] = familyId, ["escalation"] = "1", ["action"] = "1", ["date"] = "2026-12-11" }, card.ResponseId!);
        Assert.Contains(SentTo(chat.ConversationId, before), c => Content(c).Contains("nieuwe termijn"));
        Assert.Contains("vr 11 dec", Content((await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null)));
    }

    [Fact]
    public async Task A_quiet_family_prompts_the_regisseur_after_three_weeks()
    {
        await VlinderAsync();
        await SweepAtAsync(At(2026, 12, 14));
        Assert.Empty(SentToPerson(Persona.Piet.Id));
        await SweepAtAsync(At(2026, 12, 16));
        var prompt = Assert.Single(SentToPerson(Persona.Piet.Id));
        Assert.Contains("stil rond dit gezin", Content(prompt));
        Assert.Contains("regie.casusoverleg", Content(prompt));
        await SweepAtAsync(At(2026, 12, 23));
        Assert.Single(SentToPerson(Persona.Piet.Id));
    }

    [Fact]
    public async Task A_referral_without_feedback_asks_the_referrer_and_the_receiver()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Sanne, "hallo");
        await chat.SayAsync(Persona.Fatima, "verwijzing naar @Sanne: aanmelding schuldhulpverlening", Persona.Sanne);
        await SweepAtAsync(At(2026, 12, 3));
        Assert.Empty(SentToPerson(Persona.Sanne.Id));
        await SweepAtAsync(At(2026, 12, 7));
        Assert.Contains("terugkoppeling", Content(Assert.Single(SentToPerson(Persona.Sanne.Id))));
        Assert.Contains("terugkoppeling", Content(Assert.Single(SentToPerson(Persona.Fatima.Id))));
    }
}
