using CoordinatieBot.Domain;
using static CoordinatieBot.Domain.Tests.FamilyFixture;

namespace CoordinatieBot.Domain.Tests;

public class EscalationPolicyTests
{
    private static readonly EscalationPolicy Policy = new(new EscalationOptions());

    /// <summary>09:00 Amsterdam on the given date.</summary>
    private static DateTimeOffset At(int month, int day, int hour = 9) =>
        new DateTimeOffset(2026, month, day, hour, 0, 0, TimeSpan.FromHours(1));

    private static Family WithAction(DateOnly due, out int number)
    {
        var family = Vlinder();
        family.TakeRegie(Piet, Now);
        family.AddAction(Piet, Ahmed.UserId, "belt de woningcorporatie", due, false, Today, Now, out number);
        return family;
    }

    [Fact]
    public void Working_days_skip_weekends_and_holidays()
    {
        var calendar = new WorkCalendar(new TimeOnly(8, 0), new TimeOnly(18, 0), [new DateOnly(2026, 12, 25)]);
        Assert.Equal(new DateOnly(2026, 12, 1), calendar.AddWorkingDays(new DateOnly(2026, 11, 27), 2)); // Fri + 2 = Tue
        Assert.Equal(2, calendar.WorkingDaysBetween(new DateOnly(2026, 11, 27), new DateOnly(2026, 12, 1)));
        Assert.Equal(new DateOnly(2026, 12, 28), calendar.AddWorkingDays(new DateOnly(2026, 12, 24), 1));
        Assert.False(calendar.IsWorkingTime(At(11, 28)));            // Saturday
        Assert.False(calendar.IsWorkingTime(At(11, 27, 7)));         // before 08:00
        Assert.True(calendar.IsWorkingTime(At(11, 27, 8)));
        Assert.False(calendar.IsWorkingTime(At(11, 27, 18)));
    }

    [Fact]
    public void The_ladder_climbs_on_working_days_and_tells_each_step_once()
    {
        var due = new DateOnly(2026, 12, 4); // Friday
        var family = WithAction(due, out var n);

        Assert.Empty(Policy.Evaluate(family.State, At(12, 3)));
        Assert.Equal(At(12, 4, 8), Policy.NextCheck(family.State));

        var expected = new (DateTimeOffset At, LadderStep Step)[]
        {
            (At(12, 4), LadderStep.Due),
            (At(12, 8), LadderStep.Late),              // Tue: 2 working days after Fri
            (At(12, 11), LadderStep.RegisseurOptions), // Fri: 5 working days
            (At(12, 18), LadderStep.Procesmanager),    // Fri: 10 working days
        };
        foreach (var (moment, step) in expected)
        {
            var notice = Assert.Single(Policy.Evaluate(family.State, moment));
            Assert.Equal(step, notice.Step);
            Assert.Equal(n, notice.ActionNumber);
            Assert.True(family.RecordNotice(notice, moment));
            Assert.False(family.RecordNotice(notice, moment)); // idempotent
            Assert.Empty(Policy.Evaluate(family.State, moment));
        }
        Assert.DoesNotContain(Policy.Evaluate(family.State, At(12, 31)), x => x.Kind == NoticeKind.Ladder);
        Assert.Single(family.State.Escalations, e => e.Kind == EscalationKind.Overdue && e.ActionNumber == n);
    }

    [Fact]
    public void Missed_days_send_only_the_highest_step_reached()
    {
        var family = WithAction(new DateOnly(2026, 12, 4), out _);
        var notice = Assert.Single(Policy.Evaluate(family.State, At(12, 14)));
        Assert.Equal(LadderStep.RegisseurOptions, notice.Step);
        Assert.Equal(6, notice.DaysLate);
    }

    [Fact]
    public void Moving_the_action_brings_the_ladder_down()
    {
        var family = WithAction(new DateOnly(2026, 12, 4), out var n);
        family.RecordNotice(Policy.Evaluate(family.State, At(12, 8)).Single(), At(12, 8));
        Assert.Equal(LadderStep.Late, family.State.FindAction(n)!.Step);

        Assert.Equal(DomainError.ReasonRequired, family.Reschedule(Ahmed, n, new DateOnly(2026, 12, 15), null, new DateOnly(2026, 12, 8), At(12, 8)).Error);
        Assert.True(family.Reschedule(Ahmed, n, new DateOnly(2026, 12, 15), "wachtlijst", new DateOnly(2026, 12, 8), At(12, 8)).Succeeded);
        Assert.Null(family.State.FindAction(n)!.Step);
        // Only the "moves again" notice for the people who heard of the lateness is due; the ladder itself is quiet.
        Assert.Equal(NoticeKind.Pending, Assert.Single(Policy.Evaluate(family.State, At(12, 14))).Kind);
        family.RecordNotice(Policy.Evaluate(family.State, At(12, 14)).Single(), At(12, 14));
        Assert.Empty(Policy.Evaluate(family.State, At(12, 14)));
        Assert.Equal(LadderStep.Due, Policy.Evaluate(family.State, At(12, 15)).Single().Step);
    }

    [Fact]
    public void Waiting_is_never_nagged_before_its_date_and_then_asks_what_now()
    {
        var family = WithAction(new DateOnly(2026, 12, 4), out var n);
        family.MarkWaiting(Ahmed, n, "IND", new DateOnly(2027, 2, 1), Today, Now);

        Assert.DoesNotContain(Policy.Evaluate(family.State, At(12, 18)), x => x.ActionNumber == n);
        Assert.DoesNotContain(Policy.Evaluate(family.State, new DateTimeOffset(2027, 1, 29, 9, 0, 0, TimeSpan.FromHours(1))), x => x.ActionNumber == n);
        var onTheDay = Policy.Evaluate(family.State, new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.FromHours(1)));
        Assert.Contains(onTheDay, x => x.Kind == NoticeKind.WaitingEnded && x.ActionNumber == n);
        Assert.DoesNotContain(onTheDay, x => x.Kind == NoticeKind.Ladder); // the "what now?" question is that day's reminder
        foreach (var notice in onTheDay) family.RecordNotice(notice, new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.FromHours(1)));
        // Lateness counts from the end of waiting: two working days later the owner is reminded again.
        Assert.Contains(Policy.Evaluate(family.State, new DateTimeOffset(2027, 2, 3, 9, 0, 0, TimeSpan.FromHours(1))), x => x.Step == LadderStep.Late && x.ActionNumber == n);
    }

    [Fact]
    public void A_quiet_family_prompts_the_regisseur_once_after_three_weeks()
    {
        var family = Vlinder();
        family.TakeRegie(Piet, Now);
        family.RecordAgreement(Piet, AgreementKind.WithFamily, null, null, Today, Now); // else the six-week plan reminder comes too
        var threeWeeks = Now.AddDays(23); // three weeks later is a Saturday: the prompt waits for Monday
        Assert.Empty(Policy.Evaluate(family.State, Now.AddDays(20)));
        var stall = Assert.Single(Policy.Evaluate(family.State, threeWeeks));
        Assert.Equal(NoticeKind.Stall, stall.Kind);
        family.RecordNotice(stall, threeWeeks);
        Assert.Empty(Policy.Evaluate(family.State, threeWeeks.AddDays(7)));

        family.NoteMessage(Fatima, threeWeeks.AddDays(8));
        Assert.Empty(Policy.Evaluate(family.State, threeWeeks.AddDays(20)));
        Assert.Single(Policy.Evaluate(family.State, threeWeeks.AddDays(35)));
    }

    [Fact]
    public void A_silent_referral_is_asked_about_after_ten_days()
    {
        var family = Vlinder();
        family.AddAction(Fatima, Ahmed.UserId, "verwijzing naar schuldhulp", null, false, referral: true, Today, Now, out var n);
        Assert.DoesNotContain(Policy.Evaluate(family.State, Now.AddDays(9)), x => x.Kind == NoticeKind.ReferralSilent);
        var notice = Assert.Single(Policy.Evaluate(family.State, At(12, 8, 10)), x => x.Kind == NoticeKind.ReferralSilent);
        Assert.Equal(n, notice.ActionNumber);
        family.RecordNotice(notice, At(12, 8, 10));
        Assert.DoesNotContain(Policy.Evaluate(family.State, At(12, 20)), x => x.Kind == NoticeKind.ReferralSilent);
    }

    [Fact]
    public void Only_the_regisseur_escalates_and_the_procesmanager_can_resolve()
    {
        var family = WithAction(new DateOnly(2026, 12, 4), out var n);
        Assert.Equal(DomainError.OnlyRegisseur, family.EscalateAction(Ahmed, n, Now, out _).Error);
        Assert.True(family.EscalateAction(Piet, n, Now, out var e).Succeeded);
        Assert.Equal(LadderStep.Procesmanager, family.State.FindAction(n)!.Step);

        Assert.True(family.HandleEscalation("aad-pm", e, EscalationEventKind.Acknowledged, null, null, null, Today, Now).Succeeded);
        Assert.Equal(DomainError.DateInPast, family.HandleEscalation("aad-pm", e, EscalationEventKind.DeadlineSet, null, Today.AddDays(-1), null, Today, Now).Error);
        Assert.True(family.HandleEscalation("aad-pm", e, EscalationEventKind.DeadlineSet, null, Today.AddDays(7), null, Today, Now).Succeeded);
        Assert.Equal(Today.AddDays(7), family.State.FindAction(n)!.Due);
        Assert.Null(family.State.FindAction(n)!.Step);
        Assert.Equal(EscalationStatus.Resolved, family.State.FindEscalation(e)!.Status);
        Assert.Equal(DomainError.EscalationResolved, family.HandleEscalation("aad-pm", e, EscalationEventKind.Deescalated, null, null, null, Today, Now).Error);
    }
}
