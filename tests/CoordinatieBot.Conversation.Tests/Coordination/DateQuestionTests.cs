using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;

namespace CoordinatieBot.Conversation.Tests.Coordination;

/// <summary>A date that reads two ways is asked about, never guessed.</summary>
public class DateQuestionTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Fact]
    public void An_english_task_with_a_day_month_date_that_reads_both_ways_asks_which_date()
    {
        var task = Assert.IsType<AddTaskCommand>(CommandParser.Parse("task for me: call the school by 3/4", [], Today).Command);
        Assert.Equal(DateOutcome.Ambiguous, task.Due!.Outcome);
        var question = Say.DateQuestion(task.Due, Language.English);
        Assert.NotNull(question);
        Assert.Contains("3 April", question);
        Assert.Contains("4 March", question);
    }

    [Fact]
    public void A_dutch_day_month_date_is_day_first()
    {
        var task = Assert.IsType<AddTaskCommand>(CommandParser.Parse("taak: school bellen voor 3/4", [], Today).Command);
        Assert.Equal(new DateOnly(2027, 4, 3), task.Due!.Date);
        Assert.Null(Say.DateQuestion(task.Due, Language.Dutch));
    }
}
