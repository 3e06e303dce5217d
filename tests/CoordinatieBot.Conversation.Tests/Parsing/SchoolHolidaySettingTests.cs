using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Settings;

namespace CoordinatieBot.Conversation.Tests.Parsing;

/// <summary>Issue 14 item 5: the school holidays are a setting (Coordination:SchoolHolidays), so a region reads its own.</summary>
public class SchoolHolidaySettingTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Fact]
    public void A_task_after_the_holiday_is_dated_by_the_configured_calendar()
    {
        var options = new CoordinationOptions
        {
            SchoolHolidays = [new SchoolHolidaySetting { Kind = SchoolHolidayKind.Kerst, First = new(2026, 12, 26), Last = new(2027, 1, 10) }],
        };
        var parsed = CommandParser.Parse("taak: school bellen na de kerstvakantie", [], Today, options.SchoolHolidayCalendar());
        Assert.Equal(new DateOnly(2027, 1, 11), Assert.IsType<AddTaskCommand>(parsed.Command).Due!.Date);

        // Without the setting: the built-in calendar (kerstvakantie until 3 January 2027).
        var builtIn = CommandParser.Parse("taak: school bellen na de kerstvakantie", [], Today, new CoordinationOptions().SchoolHolidayCalendar());
        Assert.Equal(new DateOnly(2027, 1, 4), Assert.IsType<AddTaskCommand>(builtIn.Command).Due!.Date);
    }

    [Fact]
    public void A_holiday_that_ends_before_it_starts_stops_start_up_with_the_setting_named()
    {
        var options = new CoordinationOptions
        {
            SchoolHolidays = [new SchoolHolidaySetting { Kind = SchoolHolidayKind.Mei, First = new(2027, 5, 2), Last = new(2027, 4, 24) }],
        };
        var result = new CoordinationOptionsValidator().Validate(null, options);
        Assert.True(result.Failed);
        Assert.Contains("Coordination:SchoolHolidays:0", result.FailureMessage);
    }
}
