using CoordinatieBot.Conversation.Escalation;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Tests.Escalation;

/// <summary>The phase and its next date are process facts for the procesmanager; the outcomes' words are not.</summary>
public class LifecycleFactsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 18, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void The_procesmanager_sees_the_phase_and_its_next_date_never_goals_or_outcome_words()
    {
        var goal = new Goal
        {
            Number = 1, Leefgebied = "Wonen", Text = "huurachterstand opgelost", CreatedAt = Now, CreatedBy = "p",
            Outcome = new GoalOutcome { Result = GoalResult.Partly, Words = "regeling loopt", At = Now, By = "p" },
        };
        var family = new FamilyState
        {
            Id = "f", Alias = "Vlinder", TenantId = "t", ConversationId = "c", CreatedAt = Now, Phase = FamilyPhase.Active,
            NextNormOn = new DateOnly(2027, 6, 18), Plan = new PlanContent { Goals = [goal] },
        };
        var escalation = new FamilyEscalation { Number = 1, Kind = EscalationKind.Knelpunt, RaisedBy = "x", RaisedAt = Now };

        var facts = EscalationFactsBuilder.Build(family, escalation, new DateOnly(2026, 12, 18), WorkCalendar.Default, Language.Dutch);
        Assert.Equal("actief · evaluatie op 18 juni 2027", facts.Phase);
        Assert.DoesNotContain("regeling", facts.ToString());
        Assert.DoesNotContain("huurachterstand", facts.ToString());

        var aftercare = family with { Phase = FamilyPhase.Aftercare, NextNormOn = new DateOnly(2027, 3, 18) };
        Assert.Equal("aftercare · until 18 March 2027", EscalationFactsBuilder.Build(aftercare, escalation, new DateOnly(2026, 12, 18), WorkCalendar.Default, Language.English).Phase);
    }

    [Theory]
    [InlineData(FamilyPhase.Registered, "aangemeld", "registered")]
    [InlineData(FamilyPhase.Active, "actief", "active")]
    [InlineData(FamilyPhase.Evaluation, "evaluatie", "evaluation")]
    [InlineData(FamilyPhase.Concluded, "afgesloten", "concluded")]
    [InlineData(FamilyPhase.Aftercare, "nazorg", "aftercare")]
    [InlineData(FamilyPhase.Closed, "gesloten", "closed")]
    public void Every_phase_has_a_word_in_both_languages(FamilyPhase phase, string dutch, string english)
    {
        Assert.Equal(dutch, Messages.PhaseName(Language.Dutch, phase));
        Assert.Equal(english, Messages.PhaseName(Language.English, phase));
    }
}
