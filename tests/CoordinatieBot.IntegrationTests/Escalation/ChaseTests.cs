using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Escalation;

/// <summary>
/// What nobody chased before, through the real pipeline and the dev clock: the family's own action (its nudges go to
/// the professional who supports them, never to the procesmanager), an action without a date, a family that cannot be
/// reached, a regisseur's caseload, and an organisation that misses its actions repeatedly.
/// </summary>
public class ChaseTests : EscalationTestBase
{
    [Fact]
    public async Task A_familys_own_action_nudges_its_supporter_in_a_supporting_tone_and_is_not_escalated()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Sanne, "hallo");
        var added = await chat.SayAsync(Persona.Piet, "taak voor het gezin: formulieren verzamelen, met @Sanne, voor vrijdag", Persona.Sanne);
        Assert.Contains("voor het gezin (met Sanne Jansen)", added);
        Assert.Contains("gezin (met Sanne Jansen)", await chat.PlanAsync());
        Assert.Contains("taak van het gezin", await chat.SayAsync(Persona.Sanne, "mijn taken"));
        Assert.Contains("voegde taak 1 toe voor het gezin (met Sanne Jansen)", await chat.SayAsync(Persona.Piet, "geschiedenis"));

        var sinceAdded = Connector.Calls.Count;
        await SweepAtAsync(At(2026, 11, 27)); // Friday, the day it was for
        var due = Content(Assert.Single(SentToPerson(Persona.Sanne.Id)));
        Assert.Contains("Het gezin zou dit vandaag doen. Hoe gaat het ermee? Misschien kun je ze even helpen.", due);
        Assert.Contains("formulieren verzamelen", due);
        Assert.DoesNotContain("geheugensteuntje", due);

        await SweepAtAsync(At(2026, 12, 1)); // two working days later
        Assert.Equal(2, SentToPerson(Persona.Sanne.Id).Count);
        Assert.Contains("Kunnen ze wat extra steun gebruiken?", Content(SentToPerson(Persona.Sanne.Id).Last()));
        var toPiet = Content(Assert.Single(SentToPerson(Persona.Piet.Id)));
        Assert.Contains("een taak van het gezin zelf, met steun van Sanne Jansen", toPiet);

        // Five and ten working days late and beyond: no options card for the regisseur, nothing for the procesmanager.
        foreach (var day in new[] { At(2026, 12, 4), At(2026, 12, 11), At(2026, 12, 15) }) await SweepAtAsync(day);
        Assert.Single(SentToPerson(Persona.Piet.Id));
        Assert.Equal(2, SentToPerson(Persona.Sanne.Id).Count);
        Assert.DoesNotContain(SentToPerson(Persona.Karin.AadObjectId), c => c.Card is not null);
        Assert.DoesNotContain(SentToPerson(Persona.Karin.AadObjectId), c => Content(c).Contains("formulieren"));
        Assert.DoesNotContain(SentTo(chat.ConversationId, sinceAdded), c => c.Text is { } text && text.Contains("procesmanager"));
        // The regisseur cannot put it before the procesmanager either: support, casusoverleg or a knelpunt instead.
        Assert.Contains("taak van het gezin zelf; die gaat niet naar de procesmanager", await chat.SayAsync(Persona.Piet, "escaleer taak 1"));
        Assert.DoesNotContain(AllSentToPerson(Persona.Karin.AadObjectId), c => c.Card is not null);
    }

    [Fact]
    public async Task An_action_without_a_date_asks_its_owner_for_one_after_fourteen_days_once_and_the_card_sets_it()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Ahmed, "hallo");
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de school", Persona.Ahmed);

        await SweepAtAsync(At(2026, 12, 8)); // 13 days
        Assert.Empty(SentToPerson(Persona.Ahmed.Id));
        await SweepAtAsync(At(2026, 12, 9)); // 14 days after Wednesday 25 November
        var ask = Assert.Single(SentToPerson(Persona.Ahmed.Id));
        Assert.Contains("Deze taak heeft nog geen datum", Content(ask));
        foreach (var day in new[] { At(2026, 12, 10), At(2026, 12, 17), At(2026, 12, 30) }) await SweepAtAsync(day);
        Assert.Single(SentToPerson(Persona.Ahmed.Id), c => Content(c).Contains("nog geen datum"));
        Assert.Contains("vroeg Ahmed Yilmaz om een datum voor taak 1", await chat.SayAsync(Persona.Piet, "geschiedenis"));

        // The card's own date: the "nieuwe datum" flow.
        var familyId = Coordination.RegieTests.FindData(ask.Card!, "action.newDate")["familyId"]!.GetValue<string>();
        var personal = new Chat(App, Http, OneToOnes()[Persona.Ahmed.Id], "personal");
        var response = await personal.InvokeAsync(Persona.Ahmed, "action.newDate",
            new Dictionary<string, string> { ["familyId"] = familyId, ["action"] = "1", ["date"] = "2027-01-15" }, ask.ResponseId!);
        Assert.Contains("nieuwe datum", response["value"]!.ToJsonString());
        Assert.Contains("15 jan", await chat.PlanAsync());
    }

    [Fact]
    public async Task Niet_bereikbaar_shows_on_the_plan_card_and_after_ten_working_days_the_regisseur_is_asked()
    {
        var chat = await VlinderAsync();
        var noted = await chat.SayAsync(Persona.Fatima, "niet bereikbaar: gezin neemt niet op sinds maandag");
        Assert.Contains("niet bereikbaar sinds 23 november", noted);
        Assert.Contains("Gezin niet bereikbaar sinds", await chat.PlanAsync());

        await SweepAtAsync(At(2026, 12, 4)); // nine working days
        Assert.DoesNotContain(SentToPerson(Persona.Piet.Id), c => Content(c).Contains("niet bereikbaar"));
        await SweepAtAsync(At(2026, 12, 7)); // ten working days after Monday 23 November
        var card = Assert.Single(SentToPerson(Persona.Piet.Id), c => Content(c).Contains("niet bereikbaar"));
        foreach (var option in new[] { "Huisbezoek plannen", "Casusoverleg voorstellen", "Gezin afsluiten", "Naar de procesmanager" })
            Assert.Contains(option, Content(card));
        await SweepAtAsync(At(2026, 12, 14));
        Assert.Single(SentToPerson(Persona.Piet.Id), c => Content(c).Contains("niet bereikbaar"));

        // A home visit as a task, from the card.
        var familyId = Coordination.RegieTests.FindData(card.Card!, "family.outreach")["familyId"]!.GetValue<string>();
        var personal = new Chat(App, Http, OneToOnes()[Persona.Piet.Id], "personal");
        App.Clock.SetUtcNow(At(2026, 12, 14, 10));
        await personal.InvokeAsync(Persona.Piet, "family.outreach",
            new Dictionary<string, string> { ["familyId"] = familyId, ["date"] = "2026-12-16", ["card"] = "unreachable" }, card.ResponseId!);
        Assert.Contains("huisbezoek", await chat.PlanAsync());

        Assert.Contains("weer contact", await chat.SayAsync(Persona.Fatima, "gezin weer bereikt"));
        Assert.DoesNotContain("Gezin niet bereikbaar sinds", await chat.PlanAsync());
        var history = await chat.SayAsync(Persona.Piet, "geschiedenis");
        Assert.Contains("niet bereikbaar is sinds 23 november", history);
        Assert.Contains("weer bereikt", history);
    }

    [Fact]
    public async Task The_familys_task_and_unreachable_in_english()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Sanne, "hello");
        Assert.Contains("noted for the family (with Sanne Jansen)", await chat.SayAsync(Persona.Piet, "task for the family: collect the forms, with @Sanne, by Friday", Persona.Sanne));
        Assert.Contains("not been reachable since", await chat.SayAsync(Persona.Fatima, "family unreachable since Monday"));
        Assert.Contains("contact with the family again", await chat.SayAsync(Persona.Fatima, "family reached again"));
    }

    [Fact]
    public async Task The_eleventh_family_tells_the_regisseur_kindly_and_the_overview_counts_it()
    {
        for (var i = 1; i <= 11; i++)
        {
            var chat = GroupChat($"19:gezin{i}@thread.v2");
            await chat.SayAsync(Persona.Piet, $"start gezin G{i}");
            var before = Connector.Calls.Count;
            Assert.Contains("regisseur", await chat.SayAsync(Persona.Piet, "ik neem de regie"));
            var told = SentToPerson(Persona.Piet.Id, before).Where(c => Content(c).Contains("richtlijn")).ToList();
            if (i <= 10) Assert.Empty(told);
            else Assert.Contains("regisseur van 11 gezinnen", Content(Assert.Single(told)));
        }

        await SweepAtAsync(At(2026, 11, 30)); // Monday
        var overview = Content(Assert.Single(SentToPerson(Persona.Karin.AadObjectId), c => Content(c).Contains("Regie op regie")));
        Assert.Contains("Caseload: 1 regisseur heeft meer dan 10 gezinnen (11 gezinnen)", overview);
        Assert.DoesNotContain("Piet", overview);
    }

    [Fact]
    public async Task The_new_regisseur_hears_the_answer_in_the_thread_before_the_caseload_notice()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApp(connector, new Dictionary<string, string?> { ["Coordination:CaseloadLimit"] = "1" });
        var http = app.CreateClient();
        var first = new Chat(app, http, "19:eerste@thread.v2");
        await first.SayAsync(Persona.Piet, "start gezin Eerste");
        await first.SayAsync(Persona.Piet, "ik neem de regie");
        var second = new Chat(app, http, "19:tweede@thread.v2");
        await second.SayAsync(Persona.Piet, "start gezin Tweede");
        var before = connector.Calls.Count;
        await second.SayAsync(Persona.Piet, "ik neem de regie");

        var calls = connector.Calls.Skip(before).ToList();
        var answer = calls.FindIndex(c => c.Path.StartsWith("/v3/conversations/19:tweede@thread.v2/activities", StringComparison.Ordinal) && c.Text is not null);
        var caseload = calls.FindIndex(c => Content(c).Contains("regisseur van 2 gezinnen"));
        Assert.True(answer >= 0, "the thread hears the answer");
        Assert.True(caseload > answer, "the caseload notice goes out after the answer in the thread");
    }

    [Fact]
    public async Task An_accepted_handover_beyond_a_configured_limit_is_told_too_and_a_closed_family_no_longer_counts()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApp(connector, new Dictionary<string, string?> { ["Coordination:CaseloadLimit"] = "1" });
        var http = app.CreateClient();
        var first = new Chat(app, http, "19:eerste@thread.v2");
        await first.SayAsync(Persona.Piet, "start gezin Eerste");
        await first.SayAsync(Persona.Piet, "ik neem de regie");
        var second = new Chat(app, http, "19:tweede@thread.v2");
        await second.SayAsync(Persona.Fatima, "start gezin Tweede");
        await second.SayAsync(Persona.Fatima, "ik neem de regie");
        await second.SayAsync(Persona.Piet, "hallo");
        await second.SayAsync(Persona.Fatima, "regie overdragen aan @Piet", Persona.Piet);
        Assert.DoesNotContain(connector.Calls, c => Content(c).Contains("richtlijn"));

        await second.SayAsync(Persona.Piet, "ik accepteer de regie");
        Assert.Single(connector.Calls, c => Content(c).Contains("regisseur van 2 gezinnen; als richtlijn houden we er zo'n 1 aan"));

        // Closed (now in nazorg), the first family no longer counts: with a third one Piet leads two again.
        await first.SayAsync(Persona.Piet, "gezin afsluiten: doelen behaald");
        var third = new Chat(app, http, "19:derde@thread.v2");
        await third.SayAsync(Persona.Piet, "start gezin Derde");
        await third.SayAsync(Persona.Piet, "ik neem de regie");
        Assert.DoesNotContain(connector.Calls, c => Content(c).Contains("regisseur van 3 gezinnen"));
        Assert.Equal(2, connector.Calls.Count(c => Content(c).Contains("regisseur van 2 gezinnen")));
    }

    [Fact]
    public async Task An_organisation_that_misses_its_actions_repeatedly_shows_as_a_pattern_in_the_overview()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Ahmed, "ik ben van Woonstad");
        await chat.SayAsync(Persona.Fatima, "ik ben van Schuldhulp Oost");
        for (var i = 1; i <= 3; i++)
            await chat.SayAsync(Persona.Piet, $"taak: @Ahmed regelt de huurbetaling deel {i} voor 27 november", Persona.Ahmed);
        await chat.SayAsync(Persona.Piet, "taak: @Fatima vraagt bijzondere bijstand aan voor 27 november", Persona.Fatima);
        // Two escalated by the regisseur, the others up the whole ladder.
        await chat.SayAsync(Persona.Piet, "escaleer taak 1");
        await chat.SayAsync(Persona.Piet, "escaleer taak 2");
        foreach (var day in new[] { At(2026, 11, 27), At(2026, 12, 1), At(2026, 12, 4), At(2026, 12, 11) }) await SweepAtAsync(day);

        var monday = await SweepAtAsync(At(2026, 12, 14)); // Monday
        Assert.Equal(1, monday["overviewsSent"]!.GetValue<int>());
        var overview = Content(AllSentToPerson(Persona.Karin.AadObjectId).Last(c => Content(c).Contains("Regie op regie")));
        Assert.Contains("Patroon: Woonstad: 3 escalaties in de laatste 3 maanden", overview);
        Assert.DoesNotContain("Schuldhulp Oost:", overview); // one escalation is no pattern
        Assert.DoesNotContain("huurbetaling", overview);
        Assert.DoesNotContain("bijstand", overview);

        // Three months on, the pattern is gone.
        await SweepAtAsync(At(2027, 3, 15));
        var later = Content(AllSentToPerson(Persona.Karin.AadObjectId).Last(c => Content(c).Contains("Regie op regie")));
        Assert.DoesNotContain("Patroon: Woonstad", later);
    }

    /// <summary>Everything sent to a person in every 1:1 chat the connector opened for them (the procesmanager's may be several).</summary>
    private List<RecordedCall> AllSentToPerson(string memberId)
    {
        var conversations = Connector.Calls
            .Where(c => c.Method == "POST" && c.Path == "/v3/conversations" && c.ResponseId is not null && c.Body!["members"]![0]!["id"]!.GetValue<string>() == memberId)
            .Select(c => $"a:conv-{c.ResponseId}")
            .ToHashSet();
        return Connector.Calls.Where(c => c.Method == "POST" && conversations.Any(id => c.Path.StartsWith($"/v3/conversations/{id}/activities", StringComparison.Ordinal))).ToList();
    }
}
