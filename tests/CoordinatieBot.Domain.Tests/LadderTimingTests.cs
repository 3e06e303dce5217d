using CoordinatieBot.Domain;
using static CoordinatieBot.Domain.Tests.FamilyFixture;

namespace CoordinatieBot.Domain.Tests;

/// <summary>When the ladder's clock restarts, when an action cannot be late, and what waits for working hours.</summary>
public class LadderTimingTests
{
    private static readonly EscalationPolicy Policy = new(new EscalationOptions());

    private static DateTimeOffset At(int year, int month, int day, int hour = 9) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(1));

    private static DateOnly Day(DateTimeOffset at) => DutchTime.DateOf(at);

    private static Family WithAction(DateOnly? due, out int number, bool referral = false)
    {
        var family = Vlinder();
        family.TakeRegie(Piet, Now);
        family.AddAction(Piet, Ahmed.UserId, "belt de woningcorporatie", due, false, referral, Today, Now, out number);
        return family;
    }

    /// <summary>Evaluates and records at each moment, like the sweep; returns what was told.</summary>
    private static List<DueNotice> Sweep(Family family, params DateTimeOffset[] moments)
    {
        var told = new List<DueNotice>();
        foreach (var at in moments)
            foreach (var notice in Policy.Evaluate(family.State, at))
                if (family.RecordNotice(notice, at)) told.Add(notice);
        return told;
    }

    /// <summary>Every working day's start from <paramref name="from"/> for <paramref name="days"/> calendar days.</summary>
    private static DateTimeOffset[] Mornings(DateTimeOffset from, int days) =>
        [.. Enumerable.Range(0, days).Select(d => from.AddDays(d)).Where(d => Policy.Calendar.IsWorkingDay(Day(d)))];

    /// <summary>An action due on Friday 4 December that climbed the whole ladder by Friday 18 December.</summary>
    private static (Family Family, int Action, int Escalation) Escalated()
    {
        var family = WithAction(new DateOnly(2026, 12, 4), out var n);
        Sweep(family, At(2026, 12, 4), At(2026, 12, 8), At(2026, 12, 11), At(2026, 12, 18));
        Assert.Equal(LadderStep.Procesmanager, family.State.FindAction(n)!.Step);
        return (family, n, family.State.Escalations.Single(e => e.ActionNumber == n).Number);
    }

    [Fact]
    public void De_escalation_restarts_the_clock_so_the_procesmanager_step_is_not_reached_again_at_once()
    {
        var (family, n, e) = Escalated();
        Assert.True(family.HandleEscalation("aad-pm", e, EscalationEventKind.Deescalated, null, null, null, Day(At(2026, 12, 18)), At(2026, 12, 18, 10)).Succeeded);

        var action = family.State.FindAction(n)!;
        Assert.Equal(new DateOnly(2026, 12, 18), action.ClockRestartedOn);
        Assert.Equal(LadderStep.Due, action.Step); // the owner has just heard of it: no "due today" again
        Assert.Equal(EscalationStatus.Resolved, family.State.FindEscalation(e)!.Status);

        var told = Sweep(family, Mornings(At(2026, 12, 18, 11), 16)).Where(x => x.Kind == NoticeKind.Ladder).ToList();
        // Lateness counts from the restart: two working days later the owner again, five later the regisseur, ten the procesmanager.
        Assert.Equal([LadderStep.Late, LadderStep.RegisseurOptions, LadderStep.Procesmanager], told.Select(x => x.Step!.Value));
        Assert.Equal(new DateOnly(2026, 12, 22), DutchTime.DateOf(NoticeMoment(family, told[0])));
        Assert.Equal(2, family.State.Escalations.Count(x => x.ActionNumber == n));
    }

    private static DateTimeOffset NoticeMoment(Family family, DueNotice notice) =>
        family.Changes.Last(c => c.Kind == HistoryKind.NoticeSent && c.ActionNumber == notice.ActionNumber && c.Detail == $"{notice.Kind}:{notice.Step}").At;

    [Fact]
    public void Reassigning_a_late_action_restarts_the_clock_for_the_new_owner()
    {
        var family = WithAction(new DateOnly(2026, 12, 4), out var n);
        Sweep(family, At(2026, 12, 4), At(2026, 12, 11));
        Assert.Equal(LadderStep.RegisseurOptions, family.State.FindAction(n)!.Step);

        Assert.True(family.Reassign(Piet, n, Fatima.UserId, At(2026, 12, 11, 11)).Succeeded);
        Assert.DoesNotContain(Policy.Evaluate(family.State, At(2026, 12, 14)), x => x.Kind == NoticeKind.Ladder);
        Assert.Equal(LadderStep.Late, Policy.Evaluate(family.State, At(2026, 12, 15)).Single(x => x.Kind == NoticeKind.Ladder).Step);
    }

    [Fact]
    public void The_procesmanager_reassigning_restarts_the_clock_and_a_new_deadline_counts_from_that_date()
    {
        var (family, n, e) = Escalated();
        Assert.True(family.HandleEscalation("aad-pm", e, EscalationEventKind.Reassigned, null, null, Fatima.UserId, Day(At(2026, 12, 18)), At(2026, 12, 18, 10)).Succeeded);
        Assert.Equal(Fatima.UserId, family.State.FindAction(n)!.OwnerUserId);
        Assert.DoesNotContain(Sweep(family, Mornings(At(2026, 12, 19), 10)), x => x is { Kind: NoticeKind.Ladder, Step: LadderStep.Procesmanager });

        var (other, m, e2) = Escalated();
        Assert.True(other.HandleEscalation("aad-pm", e2, EscalationEventKind.DeadlineSet, null, new DateOnly(2027, 1, 8), null, Day(At(2026, 12, 18)), At(2026, 12, 18, 10)).Succeeded);
        var early = Sweep(other, Mornings(At(2026, 12, 19), 20)).Where(x => x.Kind == NoticeKind.Ladder).ToList();
        Assert.True(early.Count == 0, string.Join(",", early));
        Assert.Equal(LadderStep.Due, Policy.Evaluate(other.State, At(2027, 1, 8)).Single(x => x.Kind == NoticeKind.Ladder).Step);
        Assert.Null(other.State.FindAction(m)!.ClockRestartedOn);
    }

    [Fact]
    public void An_escalation_closes_when_its_action_is_done_or_moves_and_stays_open_when_only_acknowledged()
    {
        var (done, n, e) = Escalated();
        Assert.True(done.HandleEscalation("aad-pm", e, EscalationEventKind.Acknowledged, null, null, null, Day(At(2026, 12, 18)), At(2026, 12, 18, 10)).Succeeded);
        Assert.Equal(EscalationStatus.Acknowledged, done.State.FindEscalation(e)!.Status);
        Assert.True(done.MarkDone(Ahmed, n, At(2026, 12, 21)).Succeeded);
        Assert.Equal(EscalationStatus.Resolved, done.State.FindEscalation(e)!.Status);
        Assert.Equal(EscalationEventKind.Settled, done.State.FindEscalation(e)!.Events[^1].Kind);

        var (moved, m, e2) = Escalated();
        Assert.True(moved.Reschedule(Ahmed, m, new DateOnly(2027, 1, 15), "nieuwe afspraak", Day(At(2026, 12, 21)), At(2026, 12, 21)).Succeeded);
        Assert.Equal(EscalationStatus.Resolved, moved.State.FindEscalation(e2)!.Status);

        var (bezig, k, e3) = Escalated();
        Assert.True(bezig.MarkInProgress(Ahmed, k, At(2026, 12, 21)).Succeeded); // bezig without a date: still late, still escalated
        Assert.Equal(EscalationStatus.Open, bezig.State.FindEscalation(e3)!.Status);
    }

    [Fact]
    public void Waiting_without_a_date_is_never_late_and_is_asked_about_every_four_weeks()
    {
        var family = WithAction(new DateOnly(2026, 12, 4), out var n);
        Sweep(family, At(2026, 12, 4), At(2026, 12, 8));
        Assert.True(family.MarkWaiting(Ahmed, n, "wachtlijst GGZ", null, Day(At(2026, 12, 8)), At(2026, 12, 8, 10)).Succeeded);

        var action = family.State.FindAction(n)!;
        Assert.Null(action.Step);
        Assert.Null(action.LatenessCountsFrom());
        foreach (var day in Mornings(At(2026, 12, 8, 11), 60)) Assert.False(family.State.FindAction(n)!.IsOverdueOn(Day(day)));

        var told = Sweep(family, Mornings(At(2026, 12, 8, 11), 60)).Where(x => x.ActionNumber == n && x.Kind != NoticeKind.Pending).ToList();
        Assert.DoesNotContain(told, x => x.Kind == NoticeKind.Ladder);
        Assert.All(told, x => Assert.Equal(NoticeKind.StillWaiting, x.Kind));
        // Four weeks after 8 December is Tuesday 5 January, four weeks after that 2 February.
        Assert.Equal([new DateOnly(2027, 1, 5), new DateOnly(2027, 2, 2)],
            family.Changes.Where(c => c.Detail == nameof(NoticeKind.StillWaiting)).Select(c => DutchTime.DateOf(c.At)));
        Assert.Empty(family.State.Escalations);

        // A date given later ends "waiting without a date": lateness counts from that date.
        Assert.True(family.MarkWaiting(Ahmed, n, "wachtlijst GGZ", new DateOnly(2027, 3, 1), Day(At(2027, 2, 3)), At(2027, 2, 3)).Succeeded);
        Assert.Equal(new DateOnly(2027, 3, 1), family.State.FindAction(n)!.LatenessCountsFrom());
    }

    [Fact]
    public void The_waiting_question_interval_comes_from_the_options()
    {
        var policy = new EscalationPolicy(new EscalationOptions { WaitingCheckAfterDays = 7 });
        var family = WithAction(null, out var n);
        family.MarkWaiting(Ahmed, n, "fonds", null, Today, Now);
        Assert.Equal(policy.Calendar.StartOfWork(Today.AddDays(7)), policy.NextCheck(family.State with { LastMessageAt = Now.AddDays(30), LastProgressAt = Now.AddDays(30) }));
    }

    [Fact]
    public void Bezig_with_an_expected_date_pauses_the_ladder_until_that_date()
    {
        var family = WithAction(new DateOnly(2026, 12, 4), out var n);
        Sweep(family, At(2026, 12, 4));
        Assert.Equal(DomainError.DateInPast, family.MarkInProgress(Ahmed, n, new DateOnly(2026, 12, 1), Day(At(2026, 12, 4)), At(2026, 12, 4, 10)).Error);
        Assert.True(family.MarkInProgress(Ahmed, n, new DateOnly(2026, 12, 18), Day(At(2026, 12, 4)), At(2026, 12, 4, 10)).Succeeded);

        Assert.DoesNotContain(Sweep(family, Mornings(At(2026, 12, 5), 13)), x => x.Kind == NoticeKind.Ladder);
        Assert.False(family.State.FindAction(n)!.IsOverdueOn(new DateOnly(2026, 12, 18)));
        Assert.True(family.State.FindAction(n)!.IsOverdueOn(new DateOnly(2026, 12, 19)));
        Assert.Equal(LadderStep.Due, Policy.Evaluate(family.State, At(2026, 12, 18)).Single(x => x.Kind == NoticeKind.Ladder).Step);
    }

    [Fact]
    public void A_silent_referral_asks_again_ten_days_after_its_last_news()
    {
        var family = WithAction(null, out var n, referral: true);
        Assert.Single(Sweep(family, At(2026, 12, 8)), x => x.Kind == NoticeKind.ReferralSilent);
        Assert.True(family.MarkInProgress(Ahmed, n, At(2026, 12, 10)).Succeeded);

        Assert.DoesNotContain(Sweep(family, Mornings(At(2026, 12, 11), 9)), x => x.Kind == NoticeKind.ReferralSilent);
        Assert.Single(Sweep(family, At(2026, 12, 21)), x => x.Kind == NoticeKind.ReferralSilent);
        Assert.DoesNotContain(Sweep(family, Mornings(At(2026, 12, 22), 30)), x => x.Kind == NoticeKind.ReferralSilent);
    }

    [Fact]
    public void A_ladder_that_comes_down_leaves_a_pending_notice_until_it_is_told()
    {
        var (family, n, e) = Escalated();
        var night = At(2026, 12, 18, 22);
        Assert.True(family.HandleEscalation("aad-pm", e, EscalationEventKind.Deescalated, null, null, null, Day(night), night).Succeeded);

        var moving = family.State.PendingNotices.Single(p => p.Kind == PendingNoticeKind.MovingAgain);
        Assert.Equal(LadderStep.Procesmanager, moving.FromStep);
        Assert.Equal(Ahmed.UserId, moving.OwnerUserId);
        Assert.Equal("aad-pm", moving.ActorUserId);
        Assert.Contains(family.State.PendingNotices, p => p.Kind == PendingNoticeKind.EscalationHandled && p.Event == EscalationEventKind.Deescalated);
        Assert.Equal(night, Policy.NextCheck(family.State));

        var due = Policy.Evaluate(family.State, At(2026, 12, 21, 8)).Where(x => x.Kind == NoticeKind.Pending).ToList();
        Assert.Equal(2, due.Count);
        foreach (var notice in due) Assert.True(family.RecordNotice(notice, At(2026, 12, 21, 8)));
        Assert.Empty(family.State.PendingNotices);
        Assert.False(family.RecordNotice(due[0], At(2026, 12, 21, 8)));
    }

    [Fact]
    public void What_a_person_puts_before_the_procesmanager_is_pending_until_told()
    {
        var family = WithAction(new DateOnly(2026, 12, 4), out var n);
        family.Raise(Fatima, EscalationKind.Knelpunt, "school reageert niet", Now, out var k);
        family.EscalateAction(Piet, n, Now, out var e);
        Assert.Equal([k, e], family.State.PendingNotices.Where(p => p.Kind == PendingNoticeKind.EscalationRaised).Select(p => p.EscalationNumber!.Value));
    }

    [Fact]
    public void The_next_working_moment_is_now_in_working_time_else_the_next_start_of_work()
    {
        var calendar = new WorkCalendar(new TimeOnly(8, 0), new TimeOnly(18, 0), [new DateOnly(2026, 12, 25)]);
        Assert.Equal(At(2026, 12, 8, 10), calendar.NextWorkingMoment(At(2026, 12, 8, 10)));
        Assert.Equal(At(2026, 12, 9, 8), calendar.NextWorkingMoment(At(2026, 12, 8, 22)));
        Assert.Equal(At(2026, 12, 9, 8), calendar.NextWorkingMoment(At(2026, 12, 9, 6)));
        Assert.Equal(At(2026, 12, 14, 8), calendar.NextWorkingMoment(At(2026, 12, 11, 18)));   // Friday evening → Monday
        Assert.Equal(At(2026, 12, 28, 8), calendar.NextWorkingMoment(At(2026, 12, 24, 19)));  // over Christmas and the weekend
    }
}
