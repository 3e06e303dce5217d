using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Tests.Parsing;

/// <summary>A family's life in words: extending the support, the outcome per goal, ending the nazorg; Dutch and English.</summary>
public class LifecycleParserTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static T Is<T>(string text, Language language) where T : Command
    {
        var parsed = CommandParser.Parse(text, [], Today);
        var command = Assert.IsType<T>(parsed.Command);
        Assert.Equal(language, parsed.Language);
        return command;
    }

    [Theory]
    [InlineData("verlengen met 3 maanden: schuldhulp loopt nog", 3, "schuldhulp loopt nog", Language.Dutch)]
    [InlineData("Verlengen met drie maanden omdat de schuldhulp nog loopt", 3, "de schuldhulp nog loopt", Language.Dutch)]
    [InlineData("verlenging: gezin wil de schuldhulp afronden", null, "gezin wil de schuldhulp afronden", Language.Dutch)]
    [InlineData("gezin verlengen, reden: wachtlijst GGZ", null, "wachtlijst GGZ", Language.Dutch)]
    [InlineData("gezin 3 maanden verlengen: wachtlijst GGZ", 3, "wachtlijst GGZ", Language.Dutch)]
    [InlineData("verlengen met 2 maanden: iets", 2, "iets", Language.Dutch)]
    [InlineData("we verlengen het traject met drie maanden omdat de schuldhulp nog loopt", 3, "de schuldhulp nog loopt", Language.Dutch)]
    [InlineData("verlengen", null, null, Language.Dutch)]
    [InlineData("extend by 3 months: debt counselling still running", 3, "debt counselling still running", Language.English)]
    [InlineData("extension: waiting list", null, "waiting list", Language.English)]
    [InlineData("extend the case by three months because the waiting list is long", 3, "the waiting list is long", Language.English)]
    [InlineData("extend", null, null, Language.English)]
    public void Extension(string text, int? months, string? reason, Language language)
    {
        var command = Is<ExtendFamilyCommand>(text, language);
        Assert.Equal(months, command.Months);
        Assert.Equal(reason, command.Reason);
    }

    [Theory]
    [InlineData("doel 1 behaald: huur is op orde", 1, GoalResult.Achieved, "huur is op orde", Language.Dutch)]
    [InlineData("Doel 2 is bereikt, schulden in kaart", 2, GoalResult.Achieved, "schulden in kaart", Language.Dutch)]
    [InlineData("doel 2 deels: regeling loopt nog", 2, GoalResult.Partly, "regeling loopt nog", Language.Dutch)]
    [InlineData("doel 3 gedeeltelijk behaald - school gaat beter", 3, GoalResult.Partly, "school gaat beter", Language.Dutch)]
    [InlineData("doel 4 niet behaald: gezin niet bereikbaar", 4, GoalResult.NotAchieved, "gezin niet bereikbaar", Language.Dutch)]
    [InlineData("uitkomst doel 1: niet gehaald, verhuisd", 1, GoalResult.NotAchieved, "verhuisd", Language.Dutch)]
    [InlineData("doel 1 behaald", 1, GoalResult.Achieved, null, Language.Dutch)]
    [InlineData("goal 1 achieved: rent is in order", 1, GoalResult.Achieved, "rent is in order", Language.English)]
    [InlineData("goal 2 partly achieved, plan running", 2, GoalResult.Partly, "plan running", Language.English)]
    [InlineData("Goal 3 was not achieved: family moved", 3, GoalResult.NotAchieved, "family moved", Language.English)]
    [InlineData("goal 1 met", 1, GoalResult.Achieved, null, Language.English)]
    public void Outcome_per_goal(string text, int goal, GoalResult result, string? words, Language language)
    {
        var command = Is<GoalOutcomeCommand>(text, language);
        Assert.Equal(goal, command.GoalNumber);
        Assert.Equal(result, command.Result);
        Assert.Equal(words, command.Words);
    }

    [Theory]
    [InlineData("nazorg afsluiten", Language.Dutch)]
    [InlineData("Nazorg is klaar", Language.Dutch)]
    [InlineData("de nazorg beëindigen", Language.Dutch)]
    [InlineData("sluit de nazorg af", Language.Dutch)]
    [InlineData("end aftercare", Language.English)]
    [InlineData("close the aftercare", Language.English)]
    [InlineData("aftercare is done", Language.English)]
    public void Ending_the_nazorg(string text, Language language) => Is<EndAftercareCommand>(text, language);

    [Theory]
    [InlineData("doel 1 eigen woorden: we willen rust")]
    [InlineData("doel wonen: huurachterstand opgelost")]
    public void Goals_and_family_words_are_not_outcomes(string text) =>
        Assert.IsNotType<GoalOutcomeCommand>(CommandParser.Parse(text, [], Today).Command);
}
