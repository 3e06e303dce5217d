using System.Text.Json;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;
using CoordinatieBot.Samples;
using CoordinatieBot.Teams.Cards;

namespace CoordinatieBot.Teams.Tests.Cards;

/// <summary>What the casusoverleg's agenda, the handover summary and the met-the-family question show, and what they leave out.</summary>
public class MeetingCardTests
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly DateOnly Today = SampleFamilies.Today;
    private static readonly DateTimeOffset Now = SampleFamilies.Now;
    private static readonly Actor Piet = SampleFamilies.Piet;

    private static string Json(CardView view) => CardRenderer.Render(view).ToJsonString(Readable);

    [Fact]
    public void The_agenda_lists_late_and_waiting_tasks_goals_without_an_open_task_and_open_escalations_by_number_only()
    {
        var family = SampleFamilies.Full();
        // A goal whose leefgebied has an open task is not "without a task".
        family.AddAction(Piet, Piet.UserId, "aanmelding schuldhulp", Today.AddDays(30), false, false, "Financiën en schulden", Today, Now, out _);
        family.Raise(Piet, EscalationKind.Knelpunt, "school reageert niet", Now, out var escalation);
        family.PlanMeeting(Piet, Today.AddDays(7), new TimeOnly(10, 0), null, null, Today, Now, out _);
        var view = MeetingAgendaCardView.For(family.State, family.State.Meetings[0], Today.AddDays(7), Language.Dutch);

        Assert.Equal([1], view.Late.Select(a => a.Number));
        Assert.Equal([3], view.Waiting.Select(a => a.Number));
        Assert.Equal([2, 3], view.GoalsWithoutActions.Select(g => g.Number));
        Assert.Equal([(escalation, (int?)null)], view.OpenEscalations);
        var json = Json(view);
        Assert.Contains("belt de woningcorporatie", json);
        Assert.Contains("escalatie 1", json);
        Assert.Contains("gezin erbij: nog niet gezegd", json);
        Assert.DoesNotContain("school reageert niet", json);          // the knelpunt's words stay with the procesmanager
        Assert.DoesNotContain("energie dreigt", json);                // no worries on the agenda
        Assert.DoesNotContain("we willen weer rust", json);           // nor the family's words
        Assert.DoesNotContain("Action.", json);                       // nothing to press
    }

    [Fact]
    public void The_handover_summary_has_the_goals_with_the_familys_words_the_open_tasks_the_consent_the_decisions_and_the_people()
    {
        var family = SampleFamilies.Full();
        family.RecordConsent(Piet, new ConsentRecord
        {
            GivenBy = "moeder", How = "schriftelijk", Organisations = ["Wijkteam Noord", "Woonstad"], Until = Today.AddMonths(6), RecordedAt = Now, RecordedBy = Piet.UserId,
        }, Today, Now);
        family.RecordDecision(Piet, "gezin start met schuldhulpverlening", null, null, Today, Now, out _);
        var json = Json(HandoverSummaryCardView.For(family.State, Piet.UserId, Today, Language.Dutch));

        Assert.Contains("we willen weer rust", json);
        Assert.Contains("belt de woningcorporatie", json);
        Assert.Contains("wacht op IND", json);
        Assert.DoesNotContain("intake GGZ", json);                    // done, so not open
        Assert.Contains("Wijkteam Noord, Woonstad", json);
        Assert.Contains("gegeven door moeder", json);
        Assert.Contains("gezin start met schuldhulpverlening", json);
        Assert.Contains("Ahmed Yilmaz", json);
        Assert.Contains(" · uitvoerder · regisseur", json);
    }

    [Fact]
    public void The_met_the_family_question_has_three_answers_and_none_once_answered()
    {
        var asked = CardRenderer.Render(new FamilyMetCardView("fam-1", "Vlinder", "Fatima El Amrani", ForNewRegisseur: false, Language.Dutch));
        var picks = asked["actions"]!.AsArray().Select(a => a!["data"]!["pick"]!.GetValue<string>()).ToList();
        Assert.Equal(["Yes", "Planned", "NotYet"], picks);
        Assert.All(asked["actions"]!.AsArray(), a => Assert.Equal("regie.familyMet", a!["verb"]!.GetValue<string>()));
        var answered = CardRenderer.Render(new FamilyMetCardView("fam-1", "Vlinder", "Fatima El Amrani", ForNewRegisseur: true, Language.English) { Answered = "Thanks, recorded: not yet." });
        Assert.Null(answered["actions"]);
        Assert.Contains("Has the family met you as the new regisseur yet?", answered.ToJsonString(Readable));
    }

    [Fact]
    public void The_plan_card_shows_the_next_casusoverleg()
    {
        var family = SampleFamilies.Full();
        Assert.DoesNotContain("Volgende casusoverleg", Json(new PlanCardView(family.State, Today, Language.Dutch)));
        family.PlanMeeting(Piet, Today.AddDays(7), new TimeOnly(10, 0), null, false, Today, Now, out var n);
        Assert.Contains("Volgende casusoverleg: ", Json(new PlanCardView(family.State, Today, Language.Dutch)));
        Assert.Contains("wo 2 dec 10:00 · zonder gezin", Json(new PlanCardView(family.State, Today, Language.Dutch)));
        family.CancelMeeting(Piet, n, Now);
        Assert.DoesNotContain("casusoverleg", Json(new PlanCardView(family.State, Today, Language.Dutch)));
    }
}
