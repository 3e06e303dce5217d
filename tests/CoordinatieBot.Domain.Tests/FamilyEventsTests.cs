using CoordinatieBot.Domain;
using static CoordinatieBot.Domain.Tests.FamilyFixture;

namespace CoordinatieBot.Domain.Tests;

/// <summary>The events a change raises are what the follow-ups after the save run from: each one, and only when it happened.</summary>
public class FamilyEventsTests
{
    [Fact]
    public void Moving_an_action_to_someone_else_raises_who_has_it_now()
    {
        var family = Vlinder();
        family.AddAction(Piet, Piet.UserId, "Belt de school", null, false, Today, Now, out var number);
        Assert.DoesNotContain(family.Events, e => e is ActionOwnerChanged);

        Assert.True(family.Reassign(Piet, number, Fatima.UserId, Now).Succeeded);
        Assert.Equal(new ActionOwnerChanged(number, Piet.UserId, Fatima.UserId, Piet.UserId), Assert.Single(family.Events.OfType<ActionOwnerChanged>()));

        Assert.False(new Family(family.State).Reassign(Piet, number, Fatima.UserId, Now).Succeeded);
    }

    [Fact]
    public void A_refused_change_raises_nothing()
    {
        var family = new Family(Vlinder().State);
        Assert.False(family.Reassign(Outsider, 1, Fatima.UserId, Now).Succeeded);
        Assert.False(family.SetOrganisation(Outsider, "Veilig Thuis", "zorg", Today, Now).Succeeded);
        Assert.Empty(family.Events);
    }

    [Fact]
    public void Joining_is_raised_once_and_leaving_says_whether_the_regie_is_open_again()
    {
        var family = Vlinder();
        Assert.Equal(3, family.Events.OfType<MemberJoined>().Count());
        family.EnsureMember(Fatima, Now);
        Assert.Equal(3, family.Events.OfType<MemberJoined>().Count());

        family.TakeRegie(Piet, Now);
        family.RemoveMember(Ahmed.UserId, Now);
        family.RemoveMember(Piet.UserId, Now);
        family.RemoveMember(Piet.UserId, Now);
        Assert.Equal([new MemberLeft(Ahmed.UserId, false), new MemberLeft(Piet.UserId, true)], family.Events.OfType<MemberLeft>());
    }

    [Fact]
    public void An_organisation_outside_the_consent_is_raised_only_when_it_is_outside()
    {
        var family = Vlinder();
        family.RecordConsent(Piet, new ConsentRecord
        {
            GivenBy = "moeder", How = "schriftelijk", Organisations = ["Wijkteam Noord"], RecordedAt = Now, RecordedBy = Piet.UserId,
        }, Today, Now);
        family.SetOrganisation(Piet, "Wijkteam Noord", null, Today, Now);
        Assert.DoesNotContain(family.Events, e => e is OrganisationOutsideConsent);

        family.SetOrganisation(Fatima, "Veilig Thuis", "zorg om de kinderen", Today, Now);
        Assert.Equal(new OrganisationOutsideConsent(Fatima.UserId, "Veilig Thuis"), Assert.Single(family.Events.OfType<OrganisationOutsideConsent>()));
    }

    [Fact]
    public void A_notice_for_the_thread_is_raised_as_pending()
    {
        var family = new Family(Vlinder().State);
        family.TellThread(Piet.UserId, null, "regie.casusoverleg", Now);
        Assert.Equal(new NoticePending(PendingNoticeKind.ActionNews), Assert.Single(family.Events));
    }
}
