using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;

namespace CoordinatieBot.Conversation.Tests.Texts;

/// <summary>A suggested next step sends its text as the user's message: every one must be a command the bot reads exactly.</summary>
public class SuggestionsTests
{
    public static TheoryData<Language> Languages() => [Language.Dutch, Language.English];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_suggestion_is_read_as_a_command(Language l)
    {
        var all = Suggestions.AfterFamilyStarted(l).Concat(Suggestions.AfterTaskAdded(l)).Concat(Suggestions.DateForTask(l, 3))
            .Concat(Suggestions.NotUnderstood(l, [typeof(WhoIsRegisseurCommand), typeof(HistoryCommand), typeof(WhoIsWhoCommand)]))
            .Concat(Suggestions.NotUnderstood(l, []));
        foreach (var s in all)
        {
            var parsed = CommandParser.Parse(s.Text, [], new DateOnly(2026, 12, 1));
            Assert.IsNotType<UnknownCommand>(parsed.Command);
            Assert.IsNotType<WhichMeaningCommand>(parsed.Command);
            if (parsed.Command is TaskNewDateCommand move) Assert.True(move.Date.IsOk, $"'{s.Text}' gives a date");
        }
    }
}
