using CoordinatieBot.Conversation.Parsing;

namespace CoordinatieBot.Conversation.Tests.Parsing;

/// <summary>The casusoverleg and its decisions, in Dutch and English.</summary>
public class MeetingParserTests
{
    /// <summary>Saturday 28 November 2026.</summary>
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static readonly MentionedPerson Ahmed = new("Ahmed", Persona.Ahmed.Id);
    private static readonly MentionedPerson Sanne = new("Sanne de Vries", Persona.Sanne.Id);

    private static T Is<T>(string text, Language language, params MentionedPerson[] mentions) where T : Command
    {
        var parsed = CommandParser.Parse(text, mentions, Today);
        var command = Assert.IsType<T>(parsed.Command);
        Assert.Equal(language, parsed.Language);
        return command;
    }

    [Theory]
    [InlineData("casusoverleg op 14 januari om 10:00", Language.Dutch, 2027, 1, 14, 10, 0)]
    [InlineData("Casusoverleg 14-1 10 uur", Language.Dutch, 2027, 1, 14, 10, 0)]
    [InlineData("plan een casusoverleg op dinsdag 1 december om 14.30", Language.Dutch, 2026, 12, 1, 14, 30)]
    [InlineData("mdo op dinsdag om 14:00", Language.Dutch, 2026, 12, 1, 14, 0)]
    [InlineData("MDO+ vrijdag om half 11", Language.Dutch, 2026, 12, 4, 10, 30)]
    [InlineData("casusoverleg plannen: 3 december, 9u30", Language.Dutch, 2026, 12, 3, 9, 30)]
    [InlineData("gezinsoverleg op 10 december om 2 uur", Language.Dutch, 2026, 12, 10, 14, 0)]
    [InlineData("case conference on 14 January at 10:00", Language.English, 2027, 1, 14, 10, 0)]
    [InlineData("we plannen een mdo op 12 januari 13:30", Language.Dutch, 2027, 1, 12, 13, 30)]
    [InlineData("can we schedule a case conference on 14 January at 10:00?", Language.English, 2027, 1, 14, 10, 0)]
    [InlineData("let's have a case conference on 3 December at 9:30", Language.English, 2026, 12, 3, 9, 30)]
    [InlineData("schedule a case conference on Tuesday at 2pm", Language.English, 2026, 12, 1, 14, 0)]
    [InlineData("meeting on 3 December at 9.30", Language.English, 2026, 12, 3, 9, 30)]
    [InlineData("plan a case meeting Friday 11am", Language.English, 2026, 12, 4, 11, 0)]
    public void A_casusoverleg_with_a_date_and_a_time(string text, Language language, int year, int month, int day, int hour, int minute)
    {
        var plan = Is<PlanMeetingCommand>(text, language);
        Assert.Equal(DateParseResult.Ok(new DateOnly(year, month, day)), plan.Date);
        Assert.Equal(new TimeOnly(hour, minute), plan.Time);
        Assert.Empty(plan.Invited);
        Assert.Null(plan.FamilyJoins);
    }

    [Theory]
    [InlineData("casusoverleg 14-1 10 uur met <at>Ahmed</at> en <at>Sanne de Vries</at>", Language.Dutch, null)]
    [InlineData("casusoverleg op 14 januari om 10:00 met <at>Ahmed</at> en <at>Sanne de Vries</at>, gezin is erbij", Language.Dutch, true)]
    [InlineData("mdo op 14 januari om 10:00 met <at>Ahmed</at>, <at>Sanne de Vries</at> zonder gezin", Language.Dutch, false)]
    [InlineData("case conference on 14 January at 10:00 with <at>Ahmed</at> and <at>Sanne de Vries</at>, the family is joining", Language.English, true)]
    [InlineData("case conference 14 January 10am with <at>Ahmed</at> and <at>Sanne de Vries</at> without the family", Language.English, false)]
    public void Who_is_invited_and_whether_the_family_joins(string text, Language language, bool? family)
    {
        var plan = Is<PlanMeetingCommand>(text, language, Ahmed, Sanne);
        Assert.Equal(DateParseResult.Ok(new DateOnly(2027, 1, 14)), plan.Date);
        Assert.Equal(new TimeOnly(10, 0), plan.Time);
        Assert.Equal(2, plan.Invited.Count);
        Assert.All(plan.Invited, p => Assert.IsType<PersonRef.Mentioned>(p));
        Assert.Equal(family, plan.FamilyJoins);
    }

    [Theory]
    [InlineData("casusoverleg op 14 januari", Language.Dutch, true, false)]
    [InlineData("plan een casusoverleg", Language.Dutch, false, false)]
    [InlineData("casusoverleg om 10:00", Language.Dutch, false, true)]
    [InlineData("case conference on Friday", Language.English, true, false)]
    [InlineData("schedule a case conference", Language.English, false, false)]
    public void A_missing_date_or_time_is_left_for_the_bot_to_ask(string text, Language language, bool hasDate, bool hasTime)
    {
        var plan = Is<PlanMeetingCommand>(text, language);
        Assert.Equal(hasDate, plan.Date is not null);
        Assert.Equal(hasTime, plan.Time is not null);
    }

    [Theory]
    [InlineData("wanneer is het casusoverleg?", Language.Dutch)]
    [InlineData("Wanneer is het volgende MDO", Language.Dutch)]
    [InlineData("is er al een casusoverleg gepland?", Language.Dutch)]
    [InlineData("casusoverleg", Language.Dutch)]
    [InlineData("when is the next case conference?", Language.English)]
    [InlineData("is there a meeting planned?", Language.English)]
    public void A_question_about_it_tells_the_next_one(string text, Language language) =>
        Assert.True(Is<PlanMeetingCommand>(text, language).IsBare);

    [Theory]
    [InlineData("casusoverleg: gezin is erbij", Language.Dutch, true)]
    [InlineData("casusoverleg zonder gezin", Language.Dutch, false)]
    [InlineData("case conference: the family is coming", Language.English, true)]
    public void Whether_the_family_joins_said_later(string text, Language language, bool joins)
    {
        var plan = Is<PlanMeetingCommand>(text, language);
        Assert.Null(plan.Date);
        Assert.Equal(joins, plan.FamilyJoins);
    }

    [Theory]
    [InlineData("casusoverleg verzetten naar 20 januari", Language.Dutch, true, false)]
    [InlineData("het casusoverleg verplaatsen naar vrijdag om 14:00", Language.Dutch, true, true)]
    [InlineData("verzet het mdo naar 11:00", Language.Dutch, false, true)]
    [InlineData("move the case conference to 20 January", Language.English, true, false)]
    [InlineData("the case conference is postponed to Friday at 3pm", Language.English, true, true)]
    public void Moving_the_casusoverleg(string text, Language language, bool hasDate, bool hasTime)
    {
        var move = Is<MoveMeetingCommand>(text, language);
        Assert.Equal(hasDate, move.Date is not null);
        Assert.Equal(hasTime, move.Time is not null);
    }

    [Theory]
    [InlineData("casusoverleg gaat niet door", Language.Dutch)]
    [InlineData("het casusoverleg is afgelast", Language.Dutch)]
    [InlineData("zeg het mdo af", Language.Dutch)]
    [InlineData("cancel the case conference", Language.English)]
    [InlineData("the meeting is cancelled", Language.English)]
    public void Cancelling_the_casusoverleg(string text, Language language) => Is<CancelMeetingCommand>(text, language);

    [Theory]
    [InlineData("besluit: <at>Ahmed</at> regelt de aanvraag bijzondere bijstand voor vrijdag", Language.Dutch, "bijstand", true)]
    [InlineData("Besluit: <at>Ahmed</at> belt de woningcorporatie", Language.Dutch, "belt de woningcorporatie", false)]
    [InlineData("afspraak: <at>Ahmed</at> neemt contact op met school voor 4 december", Language.Dutch, null, true)]
    [InlineData("decision: <at>Ahmed</at> calls the school by Friday", Language.English, "calls the school", true)]
    [InlineData("we agreed: <at>Ahmed</at> arranges the debt help application", Language.English, null, false)]
    public void A_decision_with_an_owner_is_a_task(string text, Language language, string? title, bool hasDate)
    {
        var decision = Is<RecordDecisionCommand>(text, language, Ahmed);
        var task = Assert.IsType<AddTaskCommand>(decision.Task);
        Assert.IsType<PersonRef.Mentioned>(task.Owner);
        if (title is not null) Assert.Contains(title.Split(' ')[^1], task.Description, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(hasDate, task.Due is not null);
        Assert.StartsWith("@Ahmed", decision.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("besluit: gezin start met schuldhulpverlening", Language.Dutch)]
    [InlineData("besluit: we wachten de uitspraak van de rechter af", Language.Dutch)]
    [InlineData("decision: the family starts debt counselling", Language.English)]
    [InlineData("decided: no extra help for now", Language.English)]
    public void A_decision_without_an_owner_is_a_decision_only(string text, Language language)
    {
        var decision = Is<RecordDecisionCommand>(text, language);
        Assert.Null(decision.Task);
        Assert.NotEmpty(decision.Text);
    }

    [Theory]
    [InlineData("casusoverleg was heel nuttig vandaag")]
    [InlineData("the meeting went well today")]
    [InlineData("taak: @Ahmed plant het casusoverleg voor vrijdag")]
    public void Other_sentences_with_the_word_are_no_plan(string text) =>
        Assert.IsNotType<PlanMeetingCommand>(CommandParser.Parse(text, [], Today).Command);
}
