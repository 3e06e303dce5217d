using CoordinatieBot.Domain;
using static CoordinatieBot.Domain.Tests.FamilyFixture;

namespace CoordinatieBot.Domain.Tests;

public class AbsenceAndGuardsTests
{
    private static readonly DateOnly April1 = new(2027, 4, 1);

    [Fact]
    public void The_vervanger_stands_in_until_the_day_of_return_and_not_after()
    {
        var family = Vlinder();
        Assert.True(family.RecordAbsence(Ahmed, April1, Fatima.UserId, Today, Now).Succeeded);
        Assert.Equal(Fatima.UserId, Family.StandInFor(family.State, Ahmed.UserId, Today));
        Assert.Equal(Fatima.UserId, Family.StandInFor(family.State, Ahmed.UserId, April1.AddDays(-1)));
        Assert.Equal(Ahmed.UserId, Family.StandInFor(family.State, Ahmed.UserId, April1));
        Assert.Equal(Piet.UserId, Family.StandInFor(family.State, Piet.UserId, Today));
        Assert.Contains(family.Changes, c => c.Kind == HistoryKind.AbsenceRecorded && c.SubjectUserId == Fatima.UserId && c.Detail == "2027-04-01");
    }

    [Fact]
    public void Without_a_vervanger_the_regisseur_stands_in_and_back_early_ends_it()
    {
        var family = Vlinder();
        family.TakeRegie(Piet, Now);
        Assert.True(family.RecordAbsence(Ahmed, April1, null, Today, Now).Succeeded);
        Assert.Equal(Piet.UserId, Family.StandInFor(family.State, Ahmed.UserId, Today));
        Assert.True(family.EndAbsence(Ahmed, Today, Now).Succeeded);
        Assert.Equal(Ahmed.UserId, Family.StandInFor(family.State, Ahmed.UserId, Today));
        Assert.Equal(DomainError.Unchanged, family.EndAbsence(Ahmed, Today, Now).Error);
    }

    [Fact]
    public void The_vervanger_is_an_active_member_other_than_oneself_and_the_date_is_ahead()
    {
        var family = Vlinder();
        Assert.Equal(DomainError.CoverIsSelf, family.RecordAbsence(Ahmed, April1, Ahmed.UserId, Today, Now).Error);
        Assert.Equal(DomainError.CoverNotAMember, family.RecordAbsence(Ahmed, April1, Outsider.UserId, Today, Now).Error);
        Assert.Equal(DomainError.DateInPast, family.RecordAbsence(Ahmed, Today, Fatima.UserId, Today, Now).Error);
        Assert.Equal(DomainError.NotAMember, family.RecordAbsence(Outsider, April1, Fatima.UserId, Today, Now).Error);
    }

    [Theory]
    [InlineData(FamilyLevel.Regulier, true)]
    [InlineData(FamilyLevel.Risicogezin, true)]
    [InlineData(FamilyLevel.Mpg1, true)]
    [InlineData(FamilyLevel.Mpg2, false)]
    [InlineData(FamilyLevel.Mpg3, false)]
    [InlineData(FamilyLevel.Ompg, false)]
    public void The_coordinator_guards_up_to_MPG1(FamilyLevel level, bool coordinator) =>
        Assert.Equal(coordinator, Family.GuardedByCoordinator(level));

    [Fact]
    public void Moving_open_escalations_records_each_and_leaves_resolved_ones()
    {
        var family = Vlinder();
        family.Raise(Fatima, EscalationKind.Knelpunt, "school reageert niet", Now, out _);
        family.SetLevel(Piet, FamilyLevel.Mpg2, Now);
        family.MoveOpenEscalations(Piet, FamilyLevel.Regulier, Now);
        Assert.Contains(family.Changes, c => c.Kind == HistoryKind.EscalationMoved && c.Detail == "1:Regulier->Mpg2");
        Assert.Contains(family.State.PendingNotices, p => p.Kind == PendingNoticeKind.EscalationMoved && p.EscalationNumber == 1 && p.Detail == "Regulier");
    }
}
