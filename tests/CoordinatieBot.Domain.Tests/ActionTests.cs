using CoordinatieBot.Domain;
using static CoordinatieBot.Domain.Tests.FamilyFixture;

namespace CoordinatieBot.Domain.Tests;

public class ActionTests
{
    [Fact]
    public void Actions_get_short_increasing_numbers()
    {
        var family = Vlinder();
        family.AddAction(Piet, Ahmed.UserId, "belt de woningcorporatie", Today.AddDays(6), false, Today, Now, out var first);
        family.AddAction(Piet, Piet.UserId, "belt school", null, false, Today, Now, out var second);
        Assert.Equal(1, first);
        Assert.Equal(2, second);
        Assert.Equal(3, family.State.NextActionNumber);
    }

    [Fact]
    public void A_due_date_in_the_past_is_refused()
    {
        var family = Vlinder();
        Assert.Equal(DomainError.DateInPast, family.AddAction(Piet, Piet.UserId, "x", Today.AddDays(-1), false, Today, Now, out _).Error);
        Assert.Empty(family.State.Actions);
    }

    [Fact]
    public void Observers_and_outsiders_cannot_own_actions()
    {
        var family = Vlinder();
        family.SetRole(Fatima, MemberRole.Observer, Now);
        Assert.Equal(DomainError.ObserverCannotOwnAction, family.AddAction(Piet, Fatima.UserId, "x", null, false, Today, Now, out _).Error);
        Assert.Equal(DomainError.UnknownPerson, family.AddAction(Piet, Outsider.UserId, "x", null, false, Today, Now, out _).Error);
    }

    [Fact]
    public void Status_moves_and_closed_actions_stay_closed()
    {
        var family = Vlinder();
        family.AddAction(Piet, Ahmed.UserId, "x", Today.AddDays(3), false, Today, Now, out var n);
        Assert.True(family.MarkInProgress(Ahmed, n, Now).Succeeded);
        Assert.Equal(ActionStatus.InProgress, family.State.FindAction(n)!.Status);
        Assert.True(family.MarkDone(Ahmed, n, Now).Succeeded);
        Assert.Equal(DomainError.ActionClosed, family.MarkInProgress(Ahmed, n, Now).Error);
        Assert.Equal(DomainError.NoSuchAction, family.MarkDone(Ahmed, 99, Now).Error);
    }

    [Fact]
    public void Lukt_niet_needs_a_reason()
    {
        var family = Vlinder();
        family.AddAction(Piet, Ahmed.UserId, "x", null, false, Today, Now, out var n);
        Assert.Equal(DomainError.ReasonRequired, family.MarkNotPossible(Ahmed, n, "", Now).Error);
        Assert.True(family.MarkNotPossible(Ahmed, n, "gezin niet bereikbaar", Now).Succeeded);
        Assert.Equal("gezin niet bereikbaar", family.State.FindAction(n)!.Reason);
    }

    [Fact]
    public void Waiting_is_not_overdue_until_the_expected_date()
    {
        var family = Vlinder();
        family.AddAction(Piet, Ahmed.UserId, "verblijfsvergunning", Today.AddDays(1), false, Today, Now, out var n);
        family.MarkWaiting(Ahmed, n, "IND", new DateOnly(2027, 2, 1), Today, Now);
        var action = family.State.FindAction(n)!;
        Assert.False(action.IsOverdueOn(Today.AddDays(10)));
        Assert.False(action.IsOverdueOn(new DateOnly(2027, 2, 1)));
        Assert.True(action.IsOverdueOn(new DateOnly(2027, 2, 2)));
    }

    [Fact]
    public void Overdue_means_past_due_and_not_closed()
    {
        var family = Vlinder();
        family.AddAction(Piet, Ahmed.UserId, "x", Today, false, Today, Now, out var n);
        Assert.False(family.State.FindAction(n)!.IsOverdueOn(Today));
        Assert.True(family.State.FindAction(n)!.IsOverdueOn(Today.AddDays(1)));
        family.MarkDone(Ahmed, n, Now);
        Assert.False(family.State.FindAction(n)!.IsOverdueOn(Today.AddDays(1)));
    }

    [Fact]
    public void Reschedule_reopens_a_waiting_action_and_refuses_the_past()
    {
        var family = Vlinder();
        family.AddAction(Piet, Ahmed.UserId, "x", Today.AddDays(1), false, Today, Now, out var n);
        family.MarkWaiting(Ahmed, n, "IND", null, Today, Now);
        Assert.Equal(DomainError.DateInPast, family.Reschedule(Ahmed, n, Today.AddDays(-2), "te laat", Today, Now).Error);
        Assert.True(family.Reschedule(Ahmed, n, Today.AddDays(14), "wachtlijst", Today, Now).Succeeded);
        var action = family.State.FindAction(n)!;
        Assert.Equal(ActionStatus.Open, action.Status);
        Assert.Null(action.WaitingOn);
        Assert.Equal(Today.AddDays(14), action.Due);
    }

    [Fact]
    public void Reassign_moves_ownership_to_another_member()
    {
        var family = Vlinder();
        family.AddAction(Piet, Ahmed.UserId, "x", null, false, Today, Now, out var n);
        Assert.True(family.Reassign(Piet, n, Fatima.UserId, Now).Succeeded);
        Assert.Equal(Fatima.UserId, family.State.FindAction(n)!.OwnerUserId);
        Assert.Equal(DomainError.Unchanged, family.Reassign(Piet, n, Fatima.UserId, Now).Error);
    }

    [Fact]
    public void Every_change_is_recorded_with_who_and_when()
    {
        var family = Vlinder();
        family.AddAction(Piet, Ahmed.UserId, "x", null, false, Today, Now, out var n);
        family.MarkDone(Ahmed, n, Now.AddMinutes(5));
        var done = family.Changes.Last();
        Assert.Equal(HistoryKind.ActionStatusChanged, done.Kind);
        Assert.Equal(Ahmed.UserId, done.ActorUserId);
        Assert.Equal(n, done.ActionNumber);
        Assert.Equal(Now.AddMinutes(5), done.At);
    }
}
