using static CoordinatieBot.Domain.Tests.FamilyFixture;

namespace CoordinatieBot.Domain.Tests;

/// <summary>"Plan gedeeld met het gezin" (issue 19): the regisseur's, recorded as who and when, never what was in it.</summary>
public class FamilyPlanSharedTests
{
    private static Family WithRegisseur()
    {
        var family = Vlinder();
        family.TakeRegie(Piet, Now);
        return new Family(family.State);
    }

    [Fact]
    public void The_regisseur_records_sharing_with_the_day_and_nothing_of_the_content()
    {
        var family = WithRegisseur();
        family.AddGoal(Piet, "Wonen en huishouden", "huurachterstand opgelost", "we willen hier blijven wonen", Now);
        var loaded = new Family(family.State);

        Assert.True(loaded.RecordPlanShared(Piet, discussed: false, Today, Now).Succeeded);

        var entry = Assert.Single(loaded.Changes);
        Assert.Equal(HistoryKind.PlanSharedWithFamily, entry.Kind);
        Assert.Equal(Piet.UserId, entry.ActorUserId);
        Assert.Equal("2026-11-28", entry.Detail);
        Assert.Equal(AgreementKind.NotYetDiscussed, loaded.State.Plan.Agreement.Kind);
    }

    [Fact]
    public void Discussed_with_the_family_also_records_the_agreement_and_makes_the_family_active()
    {
        var family = new Family(WithRegisseur().State with { Phase = FamilyPhase.Registered });

        Assert.True(family.RecordPlanShared(Piet, discussed: true, Today, Now).Succeeded);

        Assert.Equal([HistoryKind.PlanSharedWithFamily, HistoryKind.AgreementRecorded], family.Changes.Select(c => c.Kind));
        Assert.Equal(AgreementKind.WithFamily, family.State.Plan.Agreement.Kind);
        Assert.Equal(Today, family.State.Plan.Agreement.On);
        Assert.Equal(FamilyPhase.Active, family.State.Phase);
    }

    [Fact]
    public void Only_the_regisseur_shares_it()
    {
        var family = WithRegisseur();

        Assert.Equal(DomainError.OnlyRegisseur, family.RecordPlanShared(Fatima, discussed: true, Today, Now).Error);
        Assert.Equal(DomainError.NotAMember, family.RecordPlanShared(Outsider, discussed: false, Today, Now).Error);
        Assert.True(Family.MayShareWithFamily(family.State, Piet.UserId));
        Assert.False(Family.MayShareWithFamily(family.State, Fatima.UserId));
        Assert.False(Family.MayShareWithFamily(family.State with { Phase = FamilyPhase.Closed }, Piet.UserId));
    }
}

/// <summary>"het gezin spreekt Engels": the family's language, Dutch until set, recorded with the language only.</summary>
public class FamilyLanguageTests
{
    [Fact]
    public void Dutch_until_set_then_any_member_sets_it_and_the_history_holds_the_language_only()
    {
        var family = Vlinder();
        Assert.Equal(FamilyLanguage.Dutch, family.State.FamilyLanguage);

        Assert.True(family.SetFamilyLanguage(Piet, FamilyLanguage.English, Now).Succeeded);

        Assert.Equal(FamilyLanguage.English, family.State.FamilyLanguage);
        var entry = family.Changes.Last();
        Assert.Equal(HistoryKind.FamilyLanguageSet, entry.Kind);
        Assert.Equal(Piet.UserId, entry.ActorUserId);
        Assert.Equal("en", entry.Detail);
    }

    [Fact]
    public void The_same_language_again_changes_nothing()
    {
        var family = Vlinder();
        Assert.Equal(DomainError.Unchanged, family.SetFamilyLanguage(Piet, FamilyLanguage.Dutch, Now).Error);
        Assert.DoesNotContain(family.Changes, c => c.Kind == HistoryKind.FamilyLanguageSet);
    }
}
