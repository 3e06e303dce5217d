using CoordinatieBot.Domain;
using static CoordinatieBot.Domain.Tests.FamilyFixture;

namespace CoordinatieBot.Domain.Tests;

public class RegieTests
{
    [Fact]
    public void A_member_takes_regie_when_there_is_none()
    {
        var family = Vlinder();
        Assert.True(family.TakeRegie(Piet, Now).Succeeded);
        Assert.Equal(Piet.UserId, family.State.Regisseur!.UserId);
        Assert.Equal(Now, family.State.Regisseur.Since);
        Assert.Contains(family.Changes, c => c.Kind == HistoryKind.RegieTaken);
    }

    [Fact]
    public void Taking_regie_from_someone_else_is_refused_so_there_is_exactly_one()
    {
        var family = Vlinder();
        family.TakeRegie(Piet, Now);
        Assert.Equal(DomainError.RegieHeldByOther, family.TakeRegie(Fatima, Now).Error);
        Assert.Equal(DomainError.AlreadyRegisseur, family.TakeRegie(Piet, Now).Error);
        Assert.Equal(Piet.UserId, family.State.Regisseur!.UserId);
    }

    [Fact]
    public void A_handover_only_takes_effect_when_the_receiver_accepts()
    {
        var family = Vlinder();
        family.TakeRegie(Piet, Now);
        Assert.True(family.ProposeHandover(Piet, Fatima.UserId, "meer tijd", Now).Succeeded);
        Assert.Equal(Piet.UserId, family.State.Regisseur!.UserId);

        Assert.Equal(DomainError.NotTheHandoverReceiver, family.AcceptHandover(Ahmed, Now).Error);
        Assert.Equal(Piet.UserId, family.State.Regisseur!.UserId);

        var later = Now.AddHours(2);
        Assert.True(family.AcceptHandover(Fatima, later).Succeeded);
        Assert.Equal(Fatima.UserId, family.State.Regisseur!.UserId);
        Assert.Null(family.State.PendingHandover);
        var past = Assert.Single(family.State.PastRegisseurs);
        Assert.Equal(Piet.UserId, past.UserId);
        Assert.Equal(later, past.Until);
    }

    [Fact]
    public void Declining_needs_a_reason_and_keeps_the_regisseur()
    {
        var family = Vlinder();
        family.TakeRegie(Piet, Now);
        family.ProposeHandover(Piet, Fatima.UserId, null, Now);
        Assert.Equal(DomainError.ReasonRequired, family.DeclineHandover(Fatima, " ", Now).Error);
        Assert.True(family.DeclineHandover(Fatima, "te veel gezinnen", Now).Succeeded);
        Assert.Equal(Piet.UserId, family.State.Regisseur!.UserId);
        Assert.Null(family.State.PendingHandover);
    }

    [Fact]
    public void Only_the_regisseur_hands_over_and_only_to_a_member()
    {
        var family = Vlinder();
        Assert.Equal(DomainError.NoRegisseur, family.ProposeHandover(Piet, Fatima.UserId, null, Now).Error);
        family.TakeRegie(Piet, Now);
        Assert.Equal(DomainError.OnlyRegisseurCanHandOver, family.ProposeHandover(Ahmed, Fatima.UserId, null, Now).Error);
        Assert.Equal(DomainError.HandoverToSelf, family.ProposeHandover(Piet, Piet.UserId, null, Now).Error);
        Assert.Equal(DomainError.UnknownPerson, family.ProposeHandover(Piet, Outsider.UserId, null, Now).Error);
    }

    [Fact]
    public void Outsiders_cannot_change_anything()
    {
        var family = Vlinder();
        Assert.Equal(DomainError.NotAMember, family.TakeRegie(Outsider, Now).Error);
        Assert.Equal(DomainError.NotAMember, family.AddStrength(Outsider, "x", Now).Error);
    }

    [Fact]
    public void A_member_who_left_loses_access_and_a_pending_handover_to_them_is_dropped()
    {
        var family = Vlinder();
        family.TakeRegie(Piet, Now);
        family.ProposeHandover(Piet, Fatima.UserId, null, Now);
        Assert.True(family.RemoveMember(Fatima.UserId, Now));
        Assert.Null(family.State.PendingHandover);
        Assert.Equal(DomainError.NotAMember, family.AcceptHandover(Fatima, Now).Error);
    }
}
