using System.Text.Json;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Tabs;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Tests.Tabs;

public class GuardOverviewRowsTests
{
    private static readonly EscalationPolicy Policy = new(new EscalationOptions());
    private static readonly GuardOverviewRows Rows = new(Policy);
    private static readonly Actor Piet = SampleFamilies.Piet;

    [Fact]
    public void A_running_family_shows_its_phase_level_regisseur_organisation_and_counts()
    {
        var family = SampleFamilies.Full(); // MPG2, plan agreed: action 1 due in 2 days, 2 in progress, 3 waiting, 4 done
        var today = SampleFamilies.Today.AddDays(5);

        var row = Rows.Family(family.State, today, Language.Dutch);

        Assert.Equal("fam-1", row.FamilyId);
        Assert.Equal("Vlinder", row.Family);
        Assert.Equal("actief", row.PhaseText);
        Assert.Equal("MPG2", row.Level);
        Assert.Equal("Wijkteam Noord", row.RegisseurOrganisation);
        Assert.Equal(1, row.Late);
        Assert.Equal(1, row.Waiting);
        Assert.Equal(0, row.Escalated);
        Assert.Equal(5, row.DaysSinceProgress);
        Assert.Null(row.PlanDue);
        Assert.False(row.PlanOverdue);
        Assert.Equal(SampleFamilies.Today.AddMonths(6), row.EvaluationDue);
        Assert.False(row.EvaluationOverdue);
        Assert.Equal("active", Rows.Family(family.State, today, Language.English).PhaseText);
    }

    [Fact]
    public void The_time_norms_are_overdue_only_after_their_date()
    {
        var family = SampleFamilies.Started(); // aangemeld, plan not discussed yet
        var planDue = SampleFamilies.Today.AddDays(42);

        var onTheDay = Rows.Family(family.State, planDue, Language.Dutch);
        Assert.Equal(planDue, onTheDay.PlanDue);
        Assert.False(onTheDay.PlanOverdue);
        Assert.True(Rows.Family(family.State, planDue.AddDays(1), Language.Dutch).PlanOverdue);

        var evaluationDue = SampleFamilies.Today.AddMonths(6);
        Assert.False(Rows.Family(family.State, evaluationDue, Language.Dutch).EvaluationOverdue);
        Assert.True(Rows.Family(family.State, evaluationDue.AddDays(1), Language.Dutch).EvaluationOverdue);
    }

    [Fact]
    public void A_family_without_regisseur_or_organisation_has_none()
    {
        var row = Rows.Family(SampleFamilies.Started().State, SampleFamilies.Today, Language.Dutch);
        Assert.Null(row.RegisseurOrganisation);
        Assert.Equal(0, row.Late);
    }

    [Fact]
    public void Actions_that_lapsed_with_closing_are_not_late()
    {
        var family = SampleFamilies.Full();
        Assert.True(family.Close(Piet, "doelen behaald", SampleFamilies.Now, openActionsLapse: true).Succeeded);

        var row = Rows.Family(family.State, SampleFamilies.Today.AddDays(5), Language.Dutch);

        Assert.Equal(0, row.Late);
        Assert.Equal(0, row.Waiting);
    }

    [Fact]
    public void Open_escalations_show_kind_status_organisation_and_steps_but_no_words_of_the_plan()
    {
        var family = SampleFamilies.Full();
        family.SetOrganisation(SampleFamilies.Ahmed, "Schuldhulp Oost", null, SampleFamilies.Today, SampleFamilies.Now);
        Assert.True(family.Raise(Piet, EscalationKind.Knelpunt, "GEHEIMKNELPUNT de school reageert niet", SampleFamilies.Now, out var knelpunt).Succeeded);
        Assert.True(family.EscalateAction(Piet, 1, SampleFamilies.Now, out _).Succeeded);
        Assert.True(family.HandleEscalation(Persona.Karin.AadObjectId, knelpunt, EscalationEventKind.Acknowledged, null, null, null, SampleFamilies.Today, SampleFamilies.Now).Succeeded);
        var today = SampleFamilies.Today.AddDays(5);

        var escalations = Rows.Escalations(family.State, today, Language.Dutch).ToList();

        Assert.Equal(2, escalations.Count);
        Assert.Equal(2, Rows.Family(family.State, today, Language.Dutch).Escalated);
        var k = escalations.Single(e => e.Number == knelpunt);
        Assert.Equal("Knelpunt", k.KindText);
        Assert.Equal("opgepakt", k.StatusText);
        Assert.Contains("procesmanager heeft het gezien", k.Steps);
        var byRegisseur = escalations.Single(e => e.Number != knelpunt);
        Assert.Equal("Escalatie door de regisseur", byRegisseur.KindText);
        Assert.Equal("nieuw", byRegisseur.StatusText);
        Assert.Equal("Schuldhulp Oost", byRegisseur.Organisation);
        Assert.Equal(1, byRegisseur.DaysLate); // due Friday 27 November, today Monday 30 November: one working day
        var json = JsonSerializer.Serialize(escalations);
        foreach (var word in new[] { "GEHEIMKNELPUNT", "school reageert", "woningcorporatie", "Knelpunt\\u0022", nameof(EscalationKind.RegisseurEscalated), nameof(EscalationStatus.Acknowledged) })
            Assert.DoesNotContain(word, json);
    }

    [Fact]
    public void Resolved_escalations_are_left_out()
    {
        var family = SampleFamilies.Full();
        Assert.True(family.Raise(Piet, EscalationKind.Knelpunt, "school reageert niet", SampleFamilies.Now, out var number).Succeeded);
        Assert.True(family.HandleEscalation(Persona.Karin.AadObjectId, number, EscalationEventKind.Deescalated, null, null, null, SampleFamilies.Today, SampleFamilies.Now).Succeeded);

        Assert.Empty(Rows.Escalations(family.State, SampleFamilies.Today, Language.Dutch));
        Assert.Equal(0, Rows.Family(family.State, SampleFamilies.Today, Language.Dutch).Escalated);
    }
}
