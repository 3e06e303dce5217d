using System.Collections.Immutable;
using CoordinatieBot.Domain;
using static CoordinatieBot.Domain.Tests.FamilyFixture;

namespace CoordinatieBot.Domain.Tests;

public class PlanAndConsentTests
{
    [Fact]
    public void Goals_carry_the_familys_own_words()
    {
        var family = Vlinder();
        family.AddGoal(Piet, "Wonen en huishouden", "huurachterstand opgelost", "we willen hier blijven wonen", Now);
        family.AddGoal(Piet, "Financiën en schulden", "schulden in kaart", null, Now);
        Assert.True(family.AddFamilyWords(Fatima, 2, "rust in ons hoofd", Now).Succeeded);
        Assert.Equal(DomainError.NoSuchGoal, family.AddFamilyWords(Fatima, 5, "x", Now).Error);
        Assert.Equal("rust in ons hoofd", family.State.Plan.Goals[1].FamilyWords);
        Assert.Equal([1, 2], family.State.Plan.Goals.Select(g => g.Number));
    }

    [Fact]
    public void A_plan_without_the_family_needs_a_reason()
    {
        var family = Vlinder();
        Assert.Equal(DomainError.ReasonRequired, family.RecordAgreement(Piet, AgreementKind.WithoutFamily, null, null, Today, Now).Error);
        Assert.True(family.RecordAgreement(Piet, AgreementKind.WithoutFamily, null, "kindveiligheid", Today, Now).Succeeded);
        Assert.True(family.RecordAgreement(Piet, AgreementKind.WithFamily, new DateOnly(2026, 11, 27), null, Today, Now).Succeeded);
        Assert.Equal(new DateOnly(2026, 11, 27), family.State.Plan.Agreement.On);
    }

    [Fact]
    public void An_organisation_outside_the_consent_needs_a_recorded_reason()
    {
        var family = Vlinder();
        Assert.True(family.SetOrganisation(Piet, "Wijkteam Noord", null, Today, Now).Succeeded); // no consent yet: nothing to check
        family.RecordConsent(Piet, new ConsentRecord
        {
            GivenBy = "moeder", How = "schriftelijk", Organisations = ["Wijkteam Noord", "School"],
            Until = new DateOnly(2027, 6, 1), RecordedAt = Now, RecordedBy = Piet.UserId,
        }, Today, Now);

        Assert.True(family.SetOrganisation(Fatima, "school", null, Today, Now).Succeeded);
        Assert.Equal(DomainError.OrganisationWithoutConsent, family.SetOrganisation(Ahmed, "Veilig Thuis", null, Today, Now).Error);
        Assert.True(family.SetOrganisation(Ahmed, "Veilig Thuis", "zorg om kindveiligheid", Today, Now).Succeeded);
        Assert.Contains(family.Changes, c => c.Kind == HistoryKind.ConsentExceptionRecorded && c.Detail!.Contains("kindveiligheid"));
    }

    [Fact]
    public void Expired_consent_covers_nobody()
    {
        var consent = new ConsentRecord
        {
            GivenBy = "vader", How = "mondeling", Organisations = ImmutableList.Create("GGD"),
            Until = new DateOnly(2026, 12, 31), RecordedAt = Now, RecordedBy = "x",
        };
        Assert.True(consent.IsValidOn(new DateOnly(2026, 12, 31)));
        Assert.False(consent.IsValidOn(new DateOnly(2027, 1, 1)));
        Assert.True(consent.Covers(" ggd "));
    }

    [Fact]
    public void A_closed_family_refuses_changes()
    {
        var family = Vlinder();
        Assert.Equal(DomainError.ReasonRequired, family.Close(Piet, "", Now).Error);
        Assert.True(family.Close(Piet, "doelen bereikt", Now).Succeeded);
        Assert.True(family.EndAftercare(Piet, Now).Succeeded); // closing starts the nazorg; gesloten after it
        Assert.Equal(DomainError.FamilyClosed, family.AddStrength(Piet, "x", Now).Error);
    }

    [Fact]
    public void Level_goes_up_and_down()
    {
        var family = Vlinder();
        Assert.True(family.SetLevel(Piet, FamilyLevel.Mpg2, Now).Succeeded);
        Assert.True(family.SetLevel(Piet, FamilyLevel.Risicogezin, Now).Succeeded);
        Assert.Equal(DomainError.Unchanged, family.SetLevel(Piet, FamilyLevel.Risicogezin, Now).Error);
        Assert.Equal(FamilyLevel.Risicogezin, family.State.Level);
    }

    [Theory]
    [InlineData("Vlinder", true)]
    [InlineData("casus 2024-117", true)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData("a-very-long-alias-that-goes-on-and-on-for-ever", false)]
    public void Aliases_are_short_codes(string alias, bool valid) => Assert.Equal(valid, Family.IsValidAlias(alias));

    [Fact]
    public void Dutch_time_decides_which_day_it_is()
    {
        // 23:30 UTC on 28 November is already 29 November in Amsterdam.
        Assert.Equal(new DateOnly(2026, 11, 29), DutchTime.DateOf(new DateTimeOffset(2026, 11, 28, 23, 30, 0, TimeSpan.Zero)));
    }
}
