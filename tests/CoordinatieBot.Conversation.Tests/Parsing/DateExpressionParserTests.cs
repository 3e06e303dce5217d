using CoordinatieBot.Conversation.Parsing;

namespace CoordinatieBot.Conversation.Tests.Parsing;

public class DateExpressionParserTests
{
    /// <summary>Saturday 28 November 2026 (ISO week: Monday 23 – Sunday 29 November).</summary>
    private static readonly DateOnly Saturday = new(2026, 11, 28);
    private static readonly DateOnly Wednesday = new(2026, 11, 25);
    private static readonly DateOnly Friday = new(2026, 11, 27);

    private static DateParseResult P(string text, DateOnly today) => DateExpressionParser.Parse(text, today);

    [Theory]
    [InlineData("vandaag", "2026-11-28")]
    [InlineData("Today", "2026-11-28")]
    [InlineData("vanavond", "2026-11-28")]
    [InlineData("morgen", "2026-11-29")]
    [InlineData("tomorrow", "2026-11-29")]
    [InlineData("morgenochtend", "2026-11-29")]
    [InlineData("tomorrow morning", "2026-11-29")]
    [InlineData("overmorgen", "2026-11-30")]
    [InlineData("the day after tomorrow", "2026-11-30")]
    [InlineData("day after tomorrow", "2026-11-30")]
    [InlineData("maandag", "2026-11-30")]
    [InlineData("ma", "2026-11-30")]
    [InlineData("dinsdag", "2026-12-01")]
    [InlineData("di", "2026-12-01")]
    [InlineData("woensdag", "2026-12-02")]
    [InlineData("wo", "2026-12-02")]
    [InlineData("donderdag", "2026-12-03")]
    [InlineData("do", "2026-12-03")]
    [InlineData("vrijdag", "2026-12-04")]
    [InlineData("Vrijdag", "2026-12-04")]
    [InlineData("VRIJDAG", "2026-12-04")]
    [InlineData("vr", "2026-12-04")]
    [InlineData("vr.", "2026-12-04")]
    [InlineData("zaterdag", "2026-12-05")]
    [InlineData("za", "2026-12-05")]
    [InlineData("zondag", "2026-11-29")]
    [InlineData("zo", "2026-11-29")]
    [InlineData("monday", "2026-11-30")]
    [InlineData("Mon", "2026-11-30")]
    [InlineData("tuesday", "2026-12-01")]
    [InlineData("tue", "2026-12-01")]
    [InlineData("wed", "2026-12-02")]
    [InlineData("thursday", "2026-12-03")]
    [InlineData("thu", "2026-12-03")]
    [InlineData("Friday", "2026-12-04")]
    [InlineData("fri", "2026-12-04")]
    [InlineData("saturday", "2026-12-05")]
    [InlineData("sunday", "2026-11-29")]
    [InlineData("komende vrijdag", "2026-12-04")]
    [InlineData("aanstaande vrijdag", "2026-12-04")]
    [InlineData("vrijdag aanstaande", "2026-12-04")]
    [InlineData("vrijdag a.s.", "2026-12-04")]
    [InlineData("this friday", "2026-12-04")]
    [InlineData("vrijdagmiddag", "2026-12-04")]
    [InlineData("vrijdag om 10 uur", "2026-12-04")]
    [InlineData("vrijdag 14:00", "2026-12-04")]
    [InlineData("friday at 3pm", "2026-12-04")]
    [InlineData("volgende week dinsdag", "2026-12-01")]
    [InlineData("dinsdag volgende week", "2026-12-01")]
    [InlineData("volgende dinsdag", "2026-12-01")]
    [InlineData("next tuesday", "2026-12-01")]
    [InlineData("tuesday next week", "2026-12-01")]
    [InlineData("next week tuesday", "2026-12-01")]
    [InlineData("volgende week vrijdag", "2026-12-04")]
    [InlineData("vrijdag volgende week", "2026-12-04")]
    [InlineData("komende week woensdag", "2026-12-02")]
    [InlineData("deze week zondag", "2026-11-29")]
    [InlineData("zondag deze week", "2026-11-29")]
    [InlineData("deze week zaterdag", "2026-11-28")]
    [InlineData("volgende week", "2026-11-30")]
    [InlineData("next week", "2026-11-30")]
    [InlineData("begin volgende week", "2026-11-30")]
    [InlineData("eind van de week", "2026-12-04")]
    [InlineData("einde van de week", "2026-12-04")]
    [InlineData("eind deze week", "2026-12-04")]
    [InlineData("end of the week", "2026-12-04")]
    [InlineData("end of this week", "2026-12-04")]
    [InlineData("eind volgende week", "2026-12-04")]
    [InlineData("end of next week", "2026-12-04")]
    [InlineData("eind van de maand", "2026-11-30")]
    [InlineData("end of the month", "2026-11-30")]
    [InlineData("over 2 weken", "2026-12-12")]
    [InlineData("over twee weken", "2026-12-12")]
    [InlineData("over 3 dagen", "2026-12-01")]
    [InlineData("over drie dagen", "2026-12-01")]
    [InlineData("over 1 dag", "2026-11-29")]
    [InlineData("in 2 weeks", "2026-12-12")]
    [InlineData("in two weeks", "2026-12-12")]
    [InlineData("in three days", "2026-12-01")]
    [InlineData("in 3 days", "2026-12-01")]
    [InlineData("over een week", "2026-12-05")]
    [InlineData("over één week", "2026-12-05")]
    [InlineData("in a week", "2026-12-05")]
    [InlineData("binnen een week", "2026-12-05")]
    [InlineData("over een maand", "2026-12-28")]
    [InlineData("in a month", "2026-12-28")]
    [InlineData("over 2 maanden", "2027-01-28")]
    [InlineData("in 2 weeks' time", "2026-12-12")]
    [InlineData("two weeks from now", "2026-12-12")]
    [InlineData("over 3 werkdagen", "2026-12-02")]
    [InlineData("in 5 working days", "2026-12-04")]
    [InlineData("5 december", "2026-12-05")]
    [InlineData("5 dec", "2026-12-05")]
    [InlineData("5 dec.", "2026-12-05")]
    [InlineData("5 December", "2026-12-05")]
    [InlineData("december 5", "2026-12-05")]
    [InlineData("December 5th", "2026-12-05")]
    [InlineData("5th of December", "2026-12-05")]
    [InlineData("the 5th of December", "2026-12-05")]
    [InlineData("5th December 2026", "2026-12-05")]
    [InlineData("December 5, 2026", "2026-12-05")]
    [InlineData("5e december", "2026-12-05")]
    [InlineData("10 December", "2026-12-10")]
    [InlineData("zaterdag 5 december", "2026-12-05")]
    [InlineData("Saturday, December 5", "2026-12-05")]
    [InlineData("5-12", "2026-12-05")]
    [InlineData("5/12", "2026-12-05")]
    [InlineData("05-12", "2026-12-05")]
    [InlineData("5-12-2026", "2026-12-05")]
    [InlineData("5/12/2026", "2026-12-05")]
    [InlineData("05.12.2026", "2026-12-05")]
    [InlineData("5-12-26", "2026-12-05")]
    [InlineData("2026-12-05", "2026-12-05")]
    [InlineData("1 februari", "2027-02-01")]
    [InlineData("1 feb", "2027-02-01")]
    [InlineData("February 1", "2027-02-01")]
    [InlineData("1 februari 2027", "2027-02-01")]
    [InlineData("1 juni 2027", "2027-06-01")]
    [InlineData("1 June 2027", "2027-06-01")]
    [InlineData("3 mrt", "2027-03-03")]
    [InlineData("3 maart", "2027-03-03")]
    [InlineData("12 okt", "2027-10-12")]
    [InlineData("12 oktober", "2027-10-12")]
    [InlineData("1 mei", "2027-05-01")]
    [InlineData("1 may", "2027-05-01")]
    [InlineData("28 november", "2026-11-28")]
    [InlineData("27 november", "2027-11-27")]
    [InlineData("27-11", "2027-11-27")]
    [InlineData("29 februari", "2028-02-29")]
    [InlineData("uiterlijk 5 december", "2026-12-05")]
    [InlineData("voor vrijdag", "2026-12-04")]
    [InlineData("op 5 dec", "2026-12-05")]
    [InlineData("by Friday", "2026-12-04")]
    [InlineData("  vrijdag  ", "2026-12-04")]
    [InlineData("vrijdag!", "2026-12-04")]
    public void Reads_dates_relative_to_Saturday_28_November_2026(string text, string expected)
    {
        Assert.Equal(DateParseResult.Ok(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), P(text, Saturday));
    }

    [Theory]
    [InlineData("vrijdag", "2026-11-27")]
    [InlineData("donderdag", "2026-11-26")]
    [InlineData("woensdag", "2026-12-02")]
    [InlineData("dinsdag", "2026-12-01")]
    [InlineData("volgende week dinsdag", "2026-12-01")]
    [InlineData("next tuesday", "2026-12-01")]
    [InlineData("deze week vrijdag", "2026-11-27")]
    [InlineData("friday this week", "2026-11-27")]
    [InlineData("deze week woensdag", "2026-11-25")]
    [InlineData("eind van de week", "2026-11-27")]
    [InlineData("volgende week", "2026-11-30")]
    [InlineData("vandaag", "2026-11-25")]
    [InlineData("25 november", "2026-11-25")]
    public void Reads_weekdays_on_a_Wednesday(string text, string expected)
    {
        Assert.Equal(DateParseResult.Ok(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), P(text, Wednesday));
    }

    [Theory]
    [InlineData("vrijdag", "2026-12-04")]
    [InlineData("friday", "2026-12-04")]
    [InlineData("eind van de week", "2026-11-27")]
    [InlineData("deze week vrijdag", "2026-11-27")]
    [InlineData("zaterdag", "2026-11-28")]
    [InlineData("next friday", "2026-12-04")]
    public void Reads_weekdays_on_a_Friday(string text, string expected)
    {
        Assert.Equal(DateParseResult.Ok(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), P(text, Friday));
    }

    [Theory]
    [InlineData("gisteren", "2026-11-27")]
    [InlineData("yesterday", "2026-11-27")]
    [InlineData("eergisteren", "2026-11-26")]
    [InlineData("3 november 2026", "2026-11-03")]
    [InlineData("3-11-2026", "2026-11-03")]
    [InlineData("2026-11-03", "2026-11-03")]
    [InlineData("27 november 2026", "2026-11-27")]
    [InlineData("1 januari 2020", "2020-01-01")]
    [InlineData("deze week vrijdag", "2026-11-27")]
    [InlineData("afgelopen vrijdag", "2026-11-27")]
    [InlineData("last friday", "2026-11-27")]
    [InlineData("vorige week dinsdag", "2026-11-17")]
    public void Past_dates_are_InPast(string text, string expected)
    {
        Assert.Equal(DateParseResult.InPast(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), P(text, Saturday));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("31-02")]
    [InlineData("31-02-2027")]
    [InlineData("30 februari")]
    [InlineData("31 april")]
    [InlineData("32 december")]
    [InlineData("0 december")]
    [InlineData("5-13")]
    [InlineData("13/13/2026")]
    [InlineData("2026-02-30")]
    [InlineData("29 februari 2027")]
    [InlineData("vrijdag 5 december")] // 5 December 2026 is a Saturday: never guess which one was meant
    [InlineData("december")]
    [InlineData("eind december")]
    [InlineData("de 5e")]
    [InlineData("deze week")]
    [InlineData("volgende maand")]
    [InlineData("binnenkort")]
    [InlineData("asap")]
    [InlineData("zo snel mogelijk")]
    [InlineData("een paar dagen")]
    [InlineData("over een paar dagen")]
    [InlineData("2 weken")]
    [InlineData("9.30")]
    [InlineData("week 50")]
    [InlineData("vrijdag volgende week vrijdag")]
    [InlineData("volgende vrijdag deze week")]
    [InlineData("5 december 1800")]
    [InlineData("5 december 2300")]
    [InlineData("over 99999 dagen")]
    [InlineData("banaan")]
    [InlineData("morgen of overmorgen")]
    [InlineData("<at>vrijdag</at>")]
    public void Unreadable_is_never_guessed(string text)
    {
        Assert.Equal(DateOutcome.Unreadable, P(text, Saturday).Outcome);
        Assert.Null(P(text, Saturday).Date);
    }

    [Fact]
    public void Null_and_very_long_input_are_unreadable()
    {
        Assert.Equal(DateOutcome.Unreadable, DateExpressionParser.Parse(null, Saturday).Outcome);
        Assert.Equal(DateOutcome.Unreadable, DateExpressionParser.Parse(new string('5', 1_000_000), Saturday).Outcome);
    }

    [Fact]
    public void Keeps_the_text_that_was_read()
    {
        Assert.Equal("vrijdag", P(" vrijdag ", Saturday).Text);
        Assert.Equal("31-02", P("31-02", Saturday).Text);
    }

    [Theory]
    [InlineData("3 december", "2025-12-03")]
    [InlineData("3 november", "2026-11-03")]
    [InlineData("dinsdag", "2026-11-24")]
    [InlineData("zaterdag", "2026-11-28")]
    [InlineData("vandaag", "2026-11-28")]
    [InlineData("gisteren", "2026-11-27")]
    [InlineData("3 december 2025", "2025-12-03")]
    [InlineData("vorige week dinsdag", "2026-11-17")]
    public void Reading_backwards_takes_the_most_recent_day(string text, string expected)
    {
        Assert.Equal(DateParseResult.Ok(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)),
            DateExpressionParser.Parse(text, Saturday, DateDirection.Past));
    }

    [Theory]
    [InlineData("morgen", "2026-11-29")]
    [InlineData("5 december 2026", "2026-12-05")]
    [InlineData("volgende week dinsdag", "2026-12-01")]
    public void Reading_backwards_a_future_date_is_InFuture(string text, string expected)
    {
        Assert.Equal(DateParseResult.InFuture(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)),
            DateExpressionParser.Parse(text, Saturday, DateDirection.Past));
    }

    [Fact]
    public void Year_end_rolls_over()
    {
        var newYearsEve = new DateOnly(2026, 12, 31); // Thursday
        Assert.Equal(DateParseResult.Ok(new DateOnly(2027, 1, 1)), P("morgen", newYearsEve));
        Assert.Equal(DateParseResult.Ok(new DateOnly(2027, 1, 5)), P("5 januari", newYearsEve));
        Assert.Equal(DateParseResult.Ok(new DateOnly(2027, 1, 5)), P("volgende week dinsdag", newYearsEve));
        Assert.Equal(DateParseResult.Ok(new DateOnly(2027, 1, 1)), P("vrijdag", newYearsEve));
        Assert.Equal(DateParseResult.Ok(new DateOnly(2027, 1, 31)), P("over een maand", newYearsEve));
    }
}
