using CoordinatieBot.Conversation.Parsing;

namespace CoordinatieBot.Conversation.Tests.Parsing;

/// <summary>
/// Questions asked in words no rule reads exactly: the matcher finds the question they resemble as a whole. None of
/// these phrasings is among the matcher's examples (Parsing/Intents/QuestionExamples.cs).
/// </summary>
public class IntentMatcherTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static Command Parse(string text) => CommandParser.Parse(text, [], Today).Command;

    [Theory]
    [InlineData("wie heeft eigenlijk de regie over dit gezin?", typeof(WhoIsRegisseurCommand))]
    [InlineData("bij wie ligt de regie nu eigenlijk", typeof(WhoIsRegisseurCommand))]
    [InlineData("wie heef de regie?", typeof(WhoIsRegisseurCommand))]
    [InlineData("who has the lead on this family?", typeof(WhoIsRegisseurCommand))]
    [InlineData("wat is het plan?", typeof(ShowPlanCommand))]
    [InlineData("wat is het plan eigenlijk", typeof(ShowPlanCommand))]
    [InlineData("laat het plan nog even zien", typeof(ShowPlanCommand))]
    [InlineData("welke doelen hadden we ook alweer?", typeof(ShowPlanCommand))]
    [InlineData("wie doet hier wat?", typeof(WhoIsWhoCommand))]
    [InlineData("welke organisaties zitten er allemaal bij?", typeof(WhoIsWhoCommand))]
    [InlineData("wat staat er nog open voor mij", typeof(MyTasksCommand))]
    [InlineData("wat moet ik nog allemaal doen?", typeof(MyTasksCommand))]
    [InlineData("wat is er de afgelopen week gebeurd?", typeof(HistoryCommand))]
    [InlineData("wie is onze procesmanager eigenlijk?", typeof(WhoIsProcesmanagerCommand))]
    [InlineData("wat kan ik allemaal met deze bot?", typeof(HelpCommand))]
    [InlineData("hoe werkt dit ding?", typeof(HelpCommand))]
    public void A_question_in_other_words_finds_its_question(string text, Type expected)
    {
        // Answered at once, or (a typo, two questions alike) offered first among the choices.
        var command = Parse(text);
        Assert.IsType(expected, command is WhichMeaningCommand which ? which.Choices[0] : command);
    }

    [Theory]
    [InlineData("goedemorgen allemaal!")]
    [InlineData("ik zie jullie morgen")]
    [InlineData("ik ben morgen afwezig")]
    [InlineData("tot volgende week")]
    [InlineData("de moeder belde vanochtend over de huur")]
    public void What_is_not_meant_for_the_bot_stays_not_understood(string text) =>
        Assert.IsType<UnknownCommand>(Parse(text));

    [Theory]
    [InlineData("ik wil de regie wel nemen")]
    [InlineData("ik neem het wel over als regisseur")]
    [InlineData("i can be the lead for this family")]
    public void The_regie_said_in_words_is_not_made_a_task(string text) =>
        Assert.IsNotType<AddTaskCommand>(Parse(text));

    [Theory]
    [InlineData("ik bel morgen de school", "bel de school")]
    [InlineData("Ik neem contact op met de huisarts, uiterlijk woensdag", "neem contact op met de huisarts")]
    [InlineData("i'll call the school tomorrow", "call the school")]
    public void A_first_person_task_is_still_a_task(string text, string description) =>
        Assert.Equal(description, Assert.IsType<AddTaskCommand>(Parse(text)).Description);
}
