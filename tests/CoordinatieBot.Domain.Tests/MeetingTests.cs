using CoordinatieBot.Domain;
using static CoordinatieBot.Domain.Tests.FamilyFixture;

namespace CoordinatieBot.Domain.Tests;

/// <summary>The casusoverleg in the domain: planning, moving, cancelling, the agenda's moment, decisions, the warme overdracht's answer.</summary>
public class MeetingTests
{
    private static readonly EscalationPolicy Policy = new(new EscalationOptions());

    private static DateTimeOffset At(int month, int day, int hour = 9) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(1));

    /// <summary>What the family would next be looked at for without its meetings.</summary>
    private static DateTimeOffset? StallOnly(Family family) => Policy.NextCheck(family.State with { Meetings = [] });

    private static Family Planned(DateOnly day, out int number)
    {
        var family = Vlinder();
        family.TakeRegie(Piet, Now);
        Assert.True(family.PlanMeeting(Piet, day, new TimeOnly(10, 0), null, null, Today, Now, out number).Succeeded);
        return family;
    }

    [Fact]
    public void The_agenda_is_due_at_the_start_of_work_on_the_day_and_once()
    {
        var day = new DateOnly(2026, 12, 8);
        var family = Planned(day, out var n);
        Assert.Equal(At(12, 8, 8), Policy.NextCheck(family.State));
        Assert.DoesNotContain(Policy.Evaluate(family.State, At(12, 7, 17)), d => d.Kind == NoticeKind.MeetingAgenda);
        var agenda = Assert.Single(Policy.Evaluate(family.State, At(12, 8, 8)), d => d.Kind == NoticeKind.MeetingAgenda);
        Assert.Equal(n, MeetingAgenda.MeetingNumber(agenda.Key));

        Assert.True(family.RecordNotice(agenda, At(12, 8, 8)));
        Assert.False(family.RecordNotice(agenda, At(12, 8, 9)));
        Assert.DoesNotContain(Policy.Evaluate(family.State, At(12, 8, 11)), d => d.Kind == NoticeKind.MeetingAgenda);
        Assert.Equal(StallOnly(family), Policy.NextCheck(family.State));
    }

    [Fact]
    public void A_moved_meeting_is_due_on_its_new_day_and_a_cancelled_one_never()
    {
        var family = Planned(new DateOnly(2026, 12, 8), out var n);
        Assert.True(family.MoveMeeting(Piet, n, new DateOnly(2026, 12, 10), new TimeOnly(14, 0), Today, Now).Succeeded);
        Assert.Equal(At(12, 10, 8), Policy.NextCheck(family.State));
        Assert.Equal(DomainError.DateInPast, family.MoveMeeting(Piet, n, new DateOnly(2026, 11, 1), new TimeOnly(14, 0), Today, Now).Error);
        Assert.True(family.CancelMeeting(Piet, n, Now).Succeeded);
        Assert.Equal(StallOnly(family), Policy.NextCheck(family.State));
        Assert.DoesNotContain(Policy.Evaluate(family.State, At(12, 10, 9)), d => d.Kind == NoticeKind.MeetingAgenda);
        Assert.Equal([HistoryKind.MeetingPlanned, HistoryKind.MeetingMoved, HistoryKind.MeetingCancelled],
            family.Changes.Select(c => c.Kind).Where(k => k.ToString().StartsWith("Meeting", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_agenda_whose_day_passed_unsent_stops_being_due_without_a_history_line()
    {
        var family = Planned(new DateOnly(2026, 12, 8), out _);
        var late = Assert.Single(Policy.Evaluate(family.State, At(12, 9, 9)), d => d.Kind == NoticeKind.MeetingAgenda);
        Assert.False(family.RecordNotice(late, At(12, 9, 9)));
        Assert.Equal(StallOnly(family), Policy.NextCheck(family.State));
        Assert.DoesNotContain(family.Changes, c => c.Kind == HistoryKind.NoticeSent);
    }

    [Fact]
    public void Without_names_everyone_active_is_invited_and_a_date_in_the_past_is_refused()
    {
        var family = Vlinder();
        family.EnsureMember(Ahmed, Now);
        Assert.True(family.PlanMeeting(Piet, Today, new TimeOnly(15, 0), null, true, Today, Now, out var n).Succeeded);
        Assert.Contains(Ahmed.UserId, family.State.Meetings.Single(m => m.Number == n).InvitedUserIds);
        Assert.Equal(family.State.Members.Where(m => m.Active).Select(m => m.UserId), family.State.Meetings.Single(m => m.Number == n).InvitedUserIds);
        Assert.Equal(DomainError.DateInPast, family.PlanMeeting(Piet, Today.AddDays(-1), new TimeOnly(15, 0), null, null, Today, Now, out _).Error);
    }

    [Fact]
    public void A_decision_belongs_to_the_last_meeting_held_on_or_before_its_day()
    {
        var family = Planned(Today, out var n);
        family.PlanMeeting(Piet, Today.AddDays(14), new TimeOnly(10, 0), null, null, Today, Now, out _);
        Assert.True(family.RecordDecision(Piet, "gezin start met schuldhulp", null, null, Today, Now, out var d).Succeeded);
        Assert.Equal(n, family.State.Decisions.Single(x => x.Number == d).MeetingNumber);
        Assert.Equal(DomainError.EmptyText, family.RecordDecision(Piet, " ", null, null, Today, Now, out _).Error);
        Assert.Equal("gezin start met schuldhulp", Family.LastDecisions(family.State).Single().Text);
    }

    [Fact]
    public void Only_the_new_and_the_previous_regisseur_answer_whether_the_family_met_the_new_one()
    {
        var family = Vlinder();
        family.EnsureMember(Ahmed, Now);
        family.EnsureMember(Fatima, Now);
        family.TakeRegie(Piet, Now);
        family.ProposeHandover(Piet, Fatima.UserId, null, Now);
        family.AcceptHandover(Fatima, Now);
        Assert.Contains(family.Events, e => e is RegieHandedOver { FromUserId: var from, ToUserId: var to } && from == Piet.UserId && to == Fatima.UserId);
        Assert.True(family.RecordFamilyMet(Fatima, FamilyMetAnswer.Planned, Now).Succeeded);
        Assert.True(family.RecordFamilyMet(Piet, FamilyMetAnswer.Yes, Now).Succeeded);
        Assert.Equal(DomainError.OnlyRegisseur, family.RecordFamilyMet(Ahmed, FamilyMetAnswer.Yes, Now).Error);
        Assert.Equal(["Planned", "Yes"], family.Changes.Where(c => c.Kind == HistoryKind.FamilyMetNewRegisseur).Select(c => c.Detail));
    }
}
