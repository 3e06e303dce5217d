using CoordinatieBot.Domain;
using static CoordinatieBot.Domain.Tests.FamilyFixture;

namespace CoordinatieBot.Domain.Tests;

public class LeavingAndRolesTests
{
    [Fact]
    public void A_member_added_by_a_mention_keeps_their_Entra_id_once_Teams_tells_it()
    {
        var family = Vlinder();
        var mentioned = new Actor("29:new", "Noor", null);
        family.EnsureMember(mentioned, Now, Piet.UserId);
        Assert.Null(family.State.FindMember("29:new")!.AadObjectId);

        family.EnsureMember(mentioned with { AadObjectId = "aad-noor" }, Now.AddHours(1));
        Assert.Equal("aad-noor", family.State.FindMember("29:new")!.AadObjectId);
        Assert.Equal("Noor", family.State.FindMember("29:new")!.Name);

        family.RemoveMember("29:new", Now.AddHours(2));
        family.EnsureMember(mentioned with { AadObjectId = "aad-noor" }, Now.AddHours(3));
        Assert.Equal("aad-noor", family.State.FindMember("29:new")!.AadObjectId);
    }

    [Fact]
    public void A_regisseur_who_leaves_opens_the_regie_and_drops_the_handover()
    {
        var family = Vlinder();
        family.TakeRegie(Piet, Now);
        family.ProposeHandover(Piet, Fatima.UserId, null, Now);
        Assert.True(family.RemoveMember(Piet.UserId, Now.AddHours(1)));
        Assert.Null(family.State.Regisseur);
        Assert.Null(family.State.PendingHandover);
        Assert.Equal(Now.AddHours(1), family.State.PastRegisseurs.Single().Until);
        Assert.Contains(family.Changes, c => c.Kind == HistoryKind.RegieReleased && c.SubjectUserId == Piet.UserId && c.ActorUserId == Family.BotActor);
        Assert.True(family.TakeRegie(Fatima, Now.AddHours(2)).Succeeded);
    }

    [Fact]
    public void A_leaver_keeps_their_open_actions_until_someone_takes_them()
    {
        var family = Vlinder();
        family.AddAction(Piet, Ahmed.UserId, "belt de school", null, false, Today, Now, out var number);
        family.RemoveMember(Ahmed.UserId, Now);
        Assert.Equal(number, Family.OrphanedActions(family.State).Single().Number);
        Assert.True(family.Reassign(Fatima, number, Fatima.UserId, Now).Succeeded);
        Assert.Empty(Family.OrphanedActions(family.State));
    }

    [Fact]
    public void An_observer_cannot_lead_or_close()
    {
        var family = Vlinder();
        family.SetRole(Ahmed, MemberRole.Observer, Now);
        Assert.Equal(DomainError.ObserverCannotLead, family.TakeRegie(Ahmed, Now).Error);
        Assert.Equal(DomainError.ObserverCannotLead, family.Close(Ahmed, "klaar", Now).Error);
        family.TakeRegie(Piet, Now);
        Assert.Equal(DomainError.ObserverCannotLead, family.ProposeHandover(Piet, Ahmed.UserId, null, Now).Error);
    }

    [Fact]
    public void Closing_with_open_actions_needs_an_answer_about_them()
    {
        var family = Vlinder();
        family.AddAction(Piet, Piet.UserId, "belt de school", null, false, Today, Now, out _);
        Assert.Equal(DomainError.OpenActionsOnClose, family.Close(Piet, "doelen bereikt", Now).Error);
        Assert.True(family.Close(Piet, "doelen bereikt", Now, openActionsLapse: true).Succeeded);
    }

    [Fact]
    public void Someone_added_by_a_mention_is_credited_to_who_added_them()
    {
        var family = Vlinder();
        family.EnsureMember(new Actor("29:megan", "Megan Bowen"), Now, addedByUserId: Piet.UserId);
        var joined = family.Changes.Last(c => c.Kind == HistoryKind.MemberJoined);
        Assert.Equal(Piet.UserId, joined.ActorUserId);
        Assert.Equal("29:megan", joined.SubjectUserId);
    }

    [Fact]
    public void Only_the_owner_accepts_or_hands_back_an_action_and_handing_back_needs_a_reason()
    {
        var family = Vlinder();
        family.AddAction(Piet, Fatima.UserId, "belt de school", null, false, Today, Now, out var n);
        Assert.Equal(DomainError.NotTheOwner, family.AcceptAction(Ahmed, n, Now).Error);
        Assert.Equal(DomainError.ReasonRequired, family.DeclineAction(Fatima, n, " ", Now).Error);
        Assert.True(family.DeclineAction(Fatima, n, "niet mijn terrein", Now).Succeeded);
        Assert.Equal(Fatima.UserId, family.State.FindAction(n)!.OwnerUserId);
        Assert.True(family.AcceptAction(Fatima, n, Now).Succeeded);
    }

    [Fact]
    public void The_procesmanager_appoints_a_regisseur_only_after_the_regie_was_open_for_a_week()
    {
        var family = Vlinder();
        family.TakeRegie(Piet, Now);
        family.RemoveMember(Piet.UserId, Now);
        Assert.Equal(Now, Family.RegieOpenSince(family.State));
        Assert.Equal(DomainError.RegieNotOpenLongEnough, family.AppointRegisseur(Persona.Karin.AadObjectId, Fatima.UserId, Now.AddDays(6)).Error);
        Assert.Equal(DomainError.UnknownPerson, family.AppointRegisseur(Persona.Karin.AadObjectId, Piet.UserId, Now.AddDays(7)).Error);
        Assert.True(family.AppointRegisseur(Persona.Karin.AadObjectId, Fatima.UserId, Now.AddDays(7)).Succeeded);
        Assert.Equal(Fatima.UserId, family.State.Regisseur!.UserId);
        Assert.Equal(DomainError.RegieHeldByOther, family.AppointRegisseur(Persona.Karin.AadObjectId, Ahmed.UserId, Now.AddDays(8)).Error);
    }
}
