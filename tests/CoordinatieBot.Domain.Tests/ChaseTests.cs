using CoordinatieBot.Domain;
using static CoordinatieBot.Domain.Tests.FamilyFixture;

namespace CoordinatieBot.Domain.Tests;

/// <summary>The family's own actions, actions without a date, a family that cannot be reached, and escalations per organisation.</summary>
public class ChaseTests
{
    private static readonly EscalationPolicy Policy = new(new EscalationOptions());

    private static DateTimeOffset At(int month, int day, int hour = 9) => new(2026, month, day, hour, 0, 0, TimeSpan.FromHours(1));

    private static void Tell(Family family, DateTimeOffset at)
    {
        foreach (var notice in Policy.Evaluate(family.State, at)) family.RecordNotice(notice, at);
    }

    [Fact]
    public void A_familys_own_action_climbs_no_further_than_the_regisseur()
    {
        var family = Vlinder();
        family.TakeRegie(Piet, Now);
        Assert.True(family.AddAction(Piet, Fatima.UserId, "formulieren verzamelen", new DateOnly(2026, 12, 4), false, false, null, Today, Now, out var n, forFamily: true).Succeeded);
        Assert.True(family.State.FindAction(n)!.ForFamily);
        Assert.Equal(Family.FamilyActionDetail, family.Changes[^1].Detail);

        Tell(family, At(12, 4));
        Assert.Equal(LadderStep.Due, family.State.FindAction(n)!.Step);
        Tell(family, At(12, 8));
        Assert.Equal(LadderStep.Late, family.State.FindAction(n)!.Step);
        // Weeks later: no options card, no procesmanager, no escalation, and nothing more is scheduled for the action.
        Assert.DoesNotContain(Policy.Evaluate(family.State, At(12, 22)), d => d.Kind == NoticeKind.Ladder);
        Tell(family, At(12, 22));
        Assert.Equal(LadderStep.Late, family.State.FindAction(n)!.Step);
        Assert.Empty(family.State.Escalations);
    }

    [Fact]
    public void An_action_without_a_date_is_asked_about_after_fourteen_days_once_and_again_after_news()
    {
        var family = Vlinder();
        family.AddAction(Piet, Ahmed.UserId, "belt de school", null, false, Today, Now, out var n);
        Assert.Equal(new DateOnly(2026, 12, 14), DutchTime.DateOf(Policy.NextCheck(family.State)!.Value)); // 28 Nov + 14 = Sat 12 Dec → Mon 14th
        Assert.DoesNotContain(Policy.Evaluate(family.State, At(12, 11)), d => d.Kind == NoticeKind.DatelessAsked);
        Assert.Single(Policy.Evaluate(family.State, At(12, 14)), d => d.Kind == NoticeKind.DatelessAsked);
        Tell(family, At(12, 14));
        Assert.DoesNotContain(Policy.Evaluate(family.State, At(12, 30)), d => d.Kind == NoticeKind.DatelessAsked);

        family.MarkInProgress(Ahmed, n, At(12, 15));
        Assert.DoesNotContain(Policy.Evaluate(family.State, At(12, 28)), d => d.Kind == NoticeKind.DatelessAsked);
        Assert.Single(Policy.Evaluate(family.State, At(12, 29)), d => d.Kind == NoticeKind.DatelessAsked);
    }

    [Fact]
    public void Unreachable_is_asked_about_after_ten_working_days_once_and_reached_clears_it()
    {
        var family = Vlinder();
        family.TakeRegie(Piet, Now);
        Assert.True(family.RecordUnreachable(Fatima, new DateOnly(2026, 11, 23), Today, Now).Succeeded);
        Assert.DoesNotContain(Policy.Evaluate(family.State, At(12, 4)), d => d.Kind == NoticeKind.Unreachable);
        Assert.Single(Policy.Evaluate(family.State, At(12, 7)), d => d.Kind == NoticeKind.Unreachable); // Mon 23 Nov + 10 working days
        Tell(family, At(12, 7));
        Assert.DoesNotContain(Policy.Evaluate(family.State, At(12, 21)), d => d.Kind == NoticeKind.Unreachable);

        Assert.True(family.RecordReached(Piet, At(12, 8)).Succeeded);
        Assert.Null(family.State.UnreachableSince);
        Assert.Equal(HistoryKind.FamilyReached, family.Changes[^1].Kind);
        Assert.Equal(DomainError.Unchanged, family.RecordReached(Piet, At(12, 8)).Error);
    }

    [Fact]
    public void An_escalation_remembers_the_owners_organisation_and_the_familys_own_action_is_not_escalated()
    {
        var family = Vlinder();
        family.TakeRegie(Piet, Now);
        family.SetOrganisation(Ahmed, "Woonstad", null, Today, Now);
        family.AddAction(Piet, Ahmed.UserId, "belt", new DateOnly(2026, 12, 4), false, Today, Now, out var n);
        family.AddAction(Piet, Ahmed.UserId, "formulieren", new DateOnly(2026, 12, 4), false, false, null, Today, Now, out var m, forFamily: true);
        Assert.True(family.EscalateAction(Piet, n, Now, out _).Succeeded);
        Assert.Equal(DomainError.FamilyActionNotEscalated, family.EscalateAction(Piet, m, Now, out _).Error);
        Assert.Equal("Woonstad", Assert.Single(family.State.Escalations).Organisation);
    }

    [Fact]
    public void Taking_accepting_and_being_appointed_to_the_regie_each_raise_that_someone_began()
    {
        var family = Vlinder();
        family.TakeRegie(Piet, Now);
        family.ProposeHandover(Piet, Fatima.UserId, null, Now);
        family.AcceptHandover(Fatima, Now);
        Assert.Equal([Piet.UserId, Fatima.UserId], family.Events.OfType<RegisseurBegan>().Select(e => e.UserId));

        var open = Vlinder();
        Assert.True(open.AppointRegisseur("aad-karin", Ahmed.UserId, Now.AddDays(8)).Succeeded);
        Assert.Equal(Ahmed.UserId, Assert.Single(open.Events.OfType<RegisseurBegan>()).UserId);
    }
}
