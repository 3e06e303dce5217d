using CoordinatieBot.Conversation.Parsing;

namespace CoordinatieBot.Conversation.Tests.Parsing;

/// <summary>The family's own actions and a family that cannot be reached, in Dutch and English.</summary>
public class ChaseParserTests
{
    /// <summary>Saturday 28 November 2026.</summary>
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static readonly MentionedPerson Sanne = new("Sanne", Persona.Sanne.Id);

    private static T Is<T>(string text, Language language, params MentionedPerson[] mentions) where T : Command
    {
        var parsed = CommandParser.Parse(text, mentions, Today);
        var command = Assert.IsType<T>(parsed.Command);
        Assert.Equal(language, parsed.Language);
        return command;
    }

    [Theory]
    [InlineData("taak voor het gezin: formulieren verzamelen, met <at>Sanne</at>, voor vrijdag", Language.Dutch)]
    [InlineData("Taak voor gezin: formulieren verzamelen met <at>Sanne</at> voor vrijdag", Language.Dutch)]
    [InlineData("gezin verzamelt de formulieren voor vrijdag, <at>Sanne</at> helpt", Language.Dutch)]
    [InlineData("het gezin verzamelt de formulieren voor vrijdag, <at>Sanne</at> helpt daarbij", Language.Dutch)]
    [InlineData("huiswerk gezin: formulieren verzamelen voor vrijdag, samen met <at>Sanne</at>", Language.Dutch)]
    [InlineData("actie gezin: formulieren verzamelen, ondersteund door <at>Sanne</at>, uiterlijk vrijdag", Language.Dutch)]
    [InlineData("task for the family: collect the forms, with <at>Sanne</at>, by Friday", Language.English)]
    [InlineData("family task: collect the forms by Friday, <at>Sanne</at> helps", Language.English)]
    [InlineData("the family collects the forms by Friday, supported by <at>Sanne</at>", Language.English)]
    public void A_family_task_with_a_supporter(string text, Language language)
    {
        var task = Is<AddTaskCommand>(text, language, Sanne);
        Assert.True(task.ForFamily);
        Assert.Equal(new PersonRef.Mentioned(Sanne), task.Owner);
        Assert.Equal(new DateOnly(2026, 12, 4), task.Due!.Date);
        Assert.Contains("formulieren", task.Description.Replace("forms", "formulieren", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Sanne", task.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("@", task.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("taak voor het gezin: huurcontract opzoeken", Language.Dutch)]
    [InlineData("huiswerk: huurcontract opzoeken voor maandag", Language.Dutch)]
    [InlineData("homework for the family: find the rental contract", Language.English)]
    public void A_family_task_without_a_mention_is_supported_by_the_sender(string text, Language language)
    {
        var task = Is<AddTaskCommand>(text, language);
        Assert.True(task.ForFamily);
        Assert.IsType<PersonRef.Me>(task.Owner);
    }

    [Theory]
    [InlineData("gezin verzamelt de formulieren")] // free form without a date: not made at once
    [InlineData("het gezin is niet thuis")]
    [InlineData("the family is doing well")]
    [InlineData("gezin verhuist op 1 maart")] // news: no one helps with it
    [InlineData("het gezin wordt op 1 maart uit huis gezet, <at>Sanne</at> weet ervan")]
    [InlineData("the family moves on 1 March")]
    public void Sentences_about_the_family_are_not_its_tasks(string text)
    {
        var parsed = CommandParser.Parse(text, [Sanne], Today);
        Assert.False(parsed.Command is AddTaskCommand { ForFamily: true }, $"'{text}' read as a family task");
    }

    [Fact]
    public void An_ordinary_task_is_not_the_familys() =>
        Assert.False(Is<AddTaskCommand>("taak: <at>Sanne</at> belt de school voor vrijdag", Language.Dutch, Sanne).ForFamily);

    [Theory]
    [InlineData("niet bereikbaar: gezin neemt niet op sinds 3 november", Language.Dutch, 11, 3)]
    [InlineData("gezin niet bereikbaar sinds maandag", Language.Dutch, 11, 23)]
    [InlineData("het gezin neemt niet op sinds 20 november", Language.Dutch, 11, 20)]
    [InlineData("niet bereikbaar sinds 3 november", Language.Dutch, 11, 3)]
    [InlineData("family unreachable since 3 November", Language.English, 11, 3)]
    [InlineData("the family is not answering since Monday", Language.English, 11, 23)]
    public void Unreachable_since_a_day(string text, Language language, int month, int day)
    {
        var command = Is<FamilyUnreachableCommand>(text, language);
        Assert.Equal(new DateOnly(2026, month, day), command.Since!.Date);
    }

    [Theory]
    [InlineData("we krijgen het gezin niet te pakken", Language.Dutch)]
    [InlineData("niet bereikbaar", Language.Dutch)]
    [InlineData("gezin onbereikbaar", Language.Dutch)]
    [InlineData("we can't reach the family", Language.English)]
    [InlineData("family unreachable", Language.English)]
    public void Unreachable_from_today(string text, Language language) =>
        Assert.Null(Is<FamilyUnreachableCommand>(text, language).Since);

    [Theory]
    [InlineData("gezin weer bereikt", Language.Dutch)]
    [InlineData("Het gezin is weer bereikbaar", Language.Dutch)]
    [InlineData("weer contact met het gezin", Language.Dutch)]
    [InlineData("family reached again", Language.English)]
    [InlineData("we reached the family again", Language.English)]
    public void Reached_again(string text, Language language) => Is<FamilyReachedCommand>(text, language);

    [Fact]
    public void A_task_that_cannot_be_done_because_the_family_is_unreachable_stays_that() =>
        Assert.IsType<TaskNotPossibleCommand>(CommandParser.Parse("3 lukt niet: gezin niet bereikbaar", [], Today).Command);
}
