using CoordinatieBot.Domain;
using static CoordinatieBot.Domain.Tests.FamilyFixture;

namespace CoordinatieBot.Domain.Tests;

/// <summary>A family's life: the phases, the time norms as timers, extension, the outcome per goal, nazorg.</summary>
public class LifecycleTests
{
    private static readonly EscalationPolicy Policy = new(new EscalationOptions());

    private static DateTimeOffset At(int year, int month, int day, int hour = 9) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(1));

    /// <summary>Evaluates and records at each moment, like the sweep; returns what was told.</summary>
    private static List<DueNotice> Sweep(Family family, params DateTimeOffset[] moments)
    {
        var told = new List<DueNotice>();
        foreach (var at in moments)
            foreach (var notice in Policy.Evaluate(family.State, at))
                if (family.RecordNotice(notice, at)) told.Add(notice);
        return told;
    }

    private static List<NoticeKind> Lifecycle(IEnumerable<DueNotice> told) =>
        [.. told.Select(n => n.Kind).Where(k => k is NoticeKind.PlanNotAgreed or NoticeKind.EvaluationDue or NoticeKind.ExtensionEnded or NoticeKind.AftercareEnded)];

    [Fact]
    public void A_new_family_is_aangemeld_and_actief_once_the_plan_is_discussed()
    {
        var family = Vlinder();
        Assert.Equal(FamilyPhase.Registered, family.State.Phase);
        Assert.True(family.RecordAgreement(Piet, AgreementKind.WithFamily, null, null, Today, Now).Succeeded);
        Assert.Equal(FamilyPhase.Active, family.State.Phase);
    }

    [Fact]
    public void Six_weeks_without_a_plan_reminds_once_at_the_start_of_work_and_not_when_the_plan_was_agreed()
    {
        var family = Vlinder(); // started Saturday 28 November 2026
        Assert.Equal(new DateOnly(2027, 1, 9), Policy.Lifecycle.PlanDueOn(family.State));
        // 9 January 2027 is a Saturday: the reminder waits for Monday 11 January, 08:00.
        Assert.Equal(new DateTimeOffset(2027, 1, 11, 8, 0, 0, TimeSpan.FromHours(1)), Policy.NextCheck(family.State with { StallPromptedAt = At(2027, 1, 1) }));
        Assert.Empty(Lifecycle(Sweep(family, At(2027, 1, 8))));
        Assert.Equal([NoticeKind.PlanNotAgreed], Lifecycle(Sweep(family, At(2027, 1, 11), At(2027, 1, 12), At(2027, 1, 20))));

        var agreed = Vlinder();
        agreed.RecordAgreement(Piet, AgreementKind.Partly, null, null, Today, Now);
        Assert.Null(Policy.Lifecycle.PlanDueOn(agreed.State));
        Assert.Empty(Lifecycle(Sweep(agreed, At(2027, 1, 11), At(2027, 2, 1))));
    }

    [Fact]
    public void The_evaluation_is_due_at_six_months_and_an_extension_moves_it_three_months_with_a_reminder_at_its_end()
    {
        var family = Vlinder();
        family.RecordAgreement(Piet, AgreementKind.WithFamily, null, null, Today, Now);
        Assert.Equal(new DateOnly(2027, 5, 28), Policy.Lifecycle.EvaluationDueOn(family.State));
        Assert.Empty(Lifecycle(Sweep(family, At(2027, 5, 27))));
        Assert.Equal([NoticeKind.EvaluationDue], Lifecycle(Sweep(family, At(2027, 5, 28), At(2027, 5, 31))));
        Assert.Equal(FamilyPhase.Evaluation, family.State.Phase);

        Assert.Equal(DomainError.ReasonRequired, family.Extend(Piet, " ", new DateOnly(2027, 8, 28), new DateOnly(2027, 5, 31), At(2027, 5, 31)).Error);
        var until = Policy.Lifecycle.ExtendedUntil(family.State, new DateOnly(2027, 5, 31));
        Assert.Equal(new DateOnly(2027, 8, 28), until);
        Assert.True(family.Extend(Piet, "schuldhulp loopt nog", until, new DateOnly(2027, 5, 31), At(2027, 5, 31)).Succeeded);
        Assert.Equal(FamilyPhase.Active, family.State.Phase);
        Assert.Contains(family.Changes, c => c.Kind == HistoryKind.FamilyExtended && c.Detail!.Contains("schuldhulp loopt nog"));

        // 28 August 2027 is a Saturday: told on Monday 30 August, once.
        Assert.Empty(Lifecycle(Sweep(family, At(2027, 8, 27))));
        Assert.Equal([NoticeKind.ExtensionEnded], Lifecycle(Sweep(family, At(2027, 8, 30), At(2027, 8, 31))));

        // Repeatable: a second extension counts on from the first one's end.
        Assert.Equal(new DateOnly(2027, 11, 28), Policy.Lifecycle.ExtendedUntil(family.State, new DateOnly(2027, 8, 31)));
    }

    [Fact]
    public void Closing_asks_the_outcome_per_goal_then_nazorg_ends_by_itself_and_the_family_is_gesloten()
    {
        var family = Vlinder();
        family.AddGoal(Piet, "Wonen", "huurachterstand opgelost", null, Now);
        family.AddGoal(Piet, "Financiën", "schulden in kaart", null, Now);
        var closedOn = At(2027, 3, 1);
        Assert.True(family.Close(Piet, "doelen grotendeels bereikt", closedOn).Succeeded);
        Assert.Equal(FamilyPhase.Concluded, family.State.Phase);
        Assert.Equal(2, family.GoalsWithoutOutcome.Count);
        Assert.Equal(DomainError.FamilyAlreadyConcluded, family.Close(Piet, "nog eens", closedOn).Error);

        Assert.True(family.RecordOutcome(Piet, 1, GoalResult.Achieved, "huur is op orde", closedOn).Succeeded);
        Assert.Equal(FamilyPhase.Concluded, family.State.Phase);
        Assert.True(family.RecordOutcome(Piet, 2, GoalResult.Partly, "regeling loopt", At(2027, 3, 2)).Succeeded);
        Assert.Equal(FamilyPhase.Aftercare, family.State.Phase);
        Assert.Equal(GoalResult.Partly, family.State.Plan.Goals[1].Outcome!.Result);
        Assert.Equal(new DateOnly(2027, 6, 2), Policy.Lifecycle.AftercareUntil(family.State));
        Assert.Null(family.State.ClosedAt);

        // A task in nazorg is chased; nothing ends before the day.
        Assert.True(family.AddAction(Piet, Piet.UserId, "belt moeder na", new DateOnly(2027, 4, 1), false, false, new DateOnly(2027, 3, 2), At(2027, 3, 2), out var call).Succeeded);
        Assert.Contains(Sweep(family, At(2027, 4, 1)), n => n.Kind == NoticeKind.Ladder && n.ActionNumber == call);
        family.MarkDone(Piet, call, At(2027, 4, 1, 11));
        Assert.Empty(Lifecycle(Sweep(family, At(2027, 6, 1))));

        Assert.Equal([NoticeKind.AftercareEnded], Lifecycle(Sweep(family, At(2027, 6, 2), At(2027, 6, 3))));
        Assert.Equal(FamilyPhase.Closed, family.State.Phase);
        Assert.Equal(At(2027, 6, 2), family.State.ClosedAt); // retention counts from here
        Assert.Equal(DomainError.FamilyClosed, family.AddStrength(Piet, "netwerk", At(2027, 6, 3)).Error);
        Assert.Null(Policy.NextCheck(family.State));
    }

    [Fact]
    public void Tasks_that_lapsed_at_closing_are_not_chased_in_nazorg_and_the_regisseur_can_end_nazorg_early()
    {
        var family = Vlinder();
        family.TakeRegie(Piet, Now);
        family.AddAction(Piet, Ahmed.UserId, "belt de school", new DateOnly(2026, 12, 4), false, false, Today, Now, out _);
        Assert.True(family.Close(Piet, "gezin verhuisd", Now, openActionsLapse: true).Succeeded);
        Assert.Equal(FamilyPhase.Aftercare, family.State.Phase); // no goals: nazorg at once
        Assert.DoesNotContain(Sweep(family, At(2026, 12, 4), At(2026, 12, 8), At(2026, 12, 21)), n => n.Kind == NoticeKind.Ladder);

        Assert.Equal(DomainError.OnlyRegisseur, family.EndAftercare(Fatima, At(2026, 12, 21)).Error);
        Assert.True(family.EndAftercare(Piet, At(2026, 12, 21)).Succeeded);
        Assert.Equal(FamilyPhase.Closed, family.State.Phase);
        Assert.Equal(At(2026, 12, 21), family.State.ClosedAt);
        Assert.Equal(DomainError.FamilyClosed, family.EndAftercare(Piet, At(2026, 12, 22)).Error);
    }

    [Fact]
    public void A_stored_active_family_stays_actief_and_a_closed_one_gesloten()
    {
        var stored = Vlinder().State with { Phase = FamilyPhase.Active };
        Assert.Equal(FamilyPhase.Active, stored.Phase);
        Assert.Null(Policy.Lifecycle.PlanDueOn(stored)); // actief: no plan reminder
        Assert.NotNull(Policy.Lifecycle.EvaluationDueOn(stored));
        var closed = stored with { Phase = FamilyPhase.Closed, ClosedAt = Now };
        Assert.Null(Policy.NextCheck(closed));
        Assert.Equal(DomainError.FamilyClosed, new Family(closed).AddStrength(Piet, "x", Now).Error);
    }

    [Fact]
    public void The_norms_are_configurable()
    {
        var policy = new EscalationPolicy(new EscalationOptions { Lifecycle = new LifecycleOptions { PlanAgreedWithinDays = 56, EvaluationAfterMonths = 4, NazorgMaxMonths = 1 } });
        var family = Vlinder();
        Assert.Equal(new DateOnly(2027, 1, 23), policy.Lifecycle.PlanDueOn(family.State));
        Assert.Equal(new DateOnly(2027, 3, 28), policy.Lifecycle.EvaluationDueOn(family.State));
    }
}
