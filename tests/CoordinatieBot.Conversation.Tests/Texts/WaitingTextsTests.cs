using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Tests.Texts;

public class WaitingTextsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 8, 9, 0, 0, TimeSpan.FromHours(1));

    private static PlanAction Waiting(string? party) => new()
    {
        Number = 1,
        Description = "aanmelding",
        OwnerUserId = Persona.Ahmed.Id,
        CreatedAt = Now,
        CreatedBy = Persona.Piet.Id,
        UpdatedAt = Now,
        Status = ActionStatus.Waiting,
        WaitingOn = party,
    };

    [Theory]
    [InlineData("de wachtlijst van de GGZ", "staat het nog op de wachtlijst (de wachtlijst van de GGZ)?")]
    [InlineData("IND", "wacht het nog op IND?")]
    [InlineData(null, "wacht deze taak nog?")]
    public void The_still_waiting_question_fits_what_it_waits_for(string? party, string expected)
    {
        Assert.Contains(expected, Messages.QuestionIntro(Language.Dutch, Waiting(party), toReferrer: false, stillWaiting: true, askExpected: false));
        Assert.Contains(expected, Messages.DigestQuestion(Language.Dutch, Waiting(party), NoticeKind.StillWaiting, toReferrer: false));
    }

    [Fact]
    public void Open_questions_are_those_asked_without_news_since_for_the_owner_and_the_referrer()
    {
        var asked = Waiting("wachtlijst") with { WaitingAskedAt = Now.AddDays(1) };
        var referral = Waiting(null) with { Number = 2, Status = ActionStatus.Open, ReferrerUserId = Persona.Fatima.Id, ReferralAskedAt = Now.AddDays(1) };
        var answered = referral with { Number = 3, UpdatedAt = Now.AddDays(2) };
        var family = new FamilyState
        {
            Id = "f",
            Alias = "Vlinder",
            TenantId = "t",
            ConversationId = "c",
            CreatedAt = Now,
            Actions = [asked, referral, answered],
        };
        var today = new DateOnly(2026, 12, 10);

        var ahmed = DigestQuestion.OpenFor(family, Persona.Ahmed.Id, today).ToList();
        Assert.Equal([(1, NoticeKind.StillWaiting), (2, NoticeKind.ReferralSilent)], ahmed.Select(q => (q.Action.Number, q.Kind)));
        Assert.All(ahmed, q => Assert.False(q.ToReferrer));
        var fatima = Assert.Single(DigestQuestion.OpenFor(family, Persona.Fatima.Id, today));
        Assert.True(fatima.ToReferrer);
        Assert.Equal(2, fatima.Action.Number);
    }
}
