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
    [InlineData("eind december", "2026-12-31")] // unreadable before issue 14
    [InlineData("volgende maand", "2026-12-01")] // unreadable before issue 14
    [InlineData("week 50", "2026-12-11")] // unreadable before issue 14
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
    [InlineData("de 5e")]
    [InlineData("deze week")]
    [InlineData("binnenkort")]
    [InlineData("asap")]
    [InlineData("zo snel mogelijk")]
    [InlineData("een paar dagen")]
    [InlineData("over een paar dagen")]
    [InlineData("2 weken")]
    [InlineData("9.30")]
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

    /// <summary>Tuesday 1 December 2026.</summary>
    private static readonly DateOnly December1 = new(2026, 12, 1);

    /// <summary>Wednesday 20 January 2027 (ISO week 3 of 2027: Monday 18 – Sunday 24 January).</summary>
    private static readonly DateOnly January20 = new(2027, 1, 20);

    [Theory]
    // around / by / before
    [InlineData("rond 1 maart", "2027-03-01")]
    [InlineData("around 1 March", "2027-03-01")]
    [InlineData("ergens rond 1 maart", "2027-03-01")]
    [InlineData("omstreeks vrijdag", "2026-12-04")]
    [InlineData("uiterlijk woensdag", "2026-12-02")]
    [InlineData("voor vrijdag", "2026-12-04")]
    [InlineData("vóór vrijdag", "2026-12-04")]
    // within / in n units
    [InlineData("binnen 2 weken", "2026-12-15")]
    [InlineData("binnen drie dagen", "2026-12-04")]
    [InlineData("within 2 weeks", "2026-12-15")]
    [InlineData("over 2 weken", "2026-12-15")]
    [InlineData("in 2 weeks", "2026-12-15")]
    // end of a period: last day (Friday for a week), moved back to a working day
    [InlineData("eind december", "2026-12-31")]
    [InlineData("einde december", "2026-12-31")]
    [InlineData("end of December", "2026-12-31")]
    [InlineData("the end of December", "2026-12-31")]
    [InlineData("late December", "2026-12-31")]
    [InlineData("eind januari", "2027-01-29")] // 31 January 2027 is a Sunday
    [InlineData("eind jan", "2027-01-29")]
    [InlineData("eind december 2027", "2027-12-31")]
    [InlineData("eind deze maand", "2026-12-31")]
    [InlineData("eind van deze maand", "2026-12-31")]
    [InlineData("end of this month", "2026-12-31")]
    [InlineData("eind volgende maand", "2027-01-29")]
    [InlineData("eind volgende week", "2026-12-11")]
    [InlineData("end of next week", "2026-12-11")]
    // beginning: first working day
    [InlineData("begin januari", "2027-01-04")] // 1 January is a holiday, then a weekend
    [InlineData("early January", "2027-01-04")]
    [InlineData("begin van januari", "2027-01-04")]
    [InlineData("start of January", "2027-01-04")]
    [InlineData("begin december", "2026-12-01")]
    [InlineData("begin volgende maand", "2027-01-04")]
    [InlineData("begin maart", "2027-03-01")]
    // middle: the 15th, or the next working day
    [InlineData("half januari", "2027-01-15")]
    [InlineData("medio januari", "2027-01-15")]
    [InlineData("mid January", "2027-01-15")]
    [InlineData("mid-January", "2027-01-15")]
    [InlineData("midden januari", "2027-01-15")]
    [InlineData("half mei", "2027-05-18")] // 15 May 2027 is a Saturday, 17 May Tweede Pinksterdag
    [InlineData("half december", "2026-12-15")]
    // this / next month alone
    [InlineData("deze maand", "2026-12-31")]
    [InlineData("this month", "2026-12-31")]
    [InlineData("volgende maand", "2027-01-04")]
    [InlineData("next month", "2027-01-04")]
    [InlineData("uiterlijk volgende maand", "2027-01-04")]
    // ISO week numbers: the Friday, moved back to a working day
    [InlineData("week 3", "2027-01-22")]
    [InlineData("in week 3", "2027-01-22")]
    [InlineData("wk 3", "2027-01-22")]
    [InlineData("Week 3", "2027-01-22")]
    [InlineData("wk. 3", "2027-01-22")]
    [InlineData("week 3 2027", "2027-01-22")]
    [InlineData("in week 3 van 2027", "2027-01-22")]
    [InlineData("week 49", "2026-12-04")]
    [InlineData("week 52", "2026-12-24")] // Friday 25 December is Eerste Kerstdag
    [InlineData("week 53", "2026-12-31")] // 2026 has 53 ISO weeks; Friday 1 January 2027 is a holiday
    [InlineData("voor week 10", "2027-03-12")]
    // after a school holiday: the first working day after it
    [InlineData("na de kerstvakantie", "2027-01-04")]
    [InlineData("na kerstvakantie", "2027-01-04")]
    [InlineData("after the Christmas holidays", "2027-01-04")]
    [InlineData("after the christmas break", "2027-01-04")]
    [InlineData("na de voorjaarsvakantie", "2027-02-22")]
    [InlineData("na de krokusvakantie", "2027-02-22")]
    [InlineData("na de meivakantie", "2027-05-03")]
    public void Reads_dates_as_people_write_them_on_1_December_2026(string text, string expected)
    {
        Assert.Equal(DateParseResult.Ok(D(expected)), P(text, December1));
    }

    [Theory]
    [InlineData("week 3", "2027-01-22")]
    [InlineData("week 2", "2028-01-14")] // week 2 of 2027 has passed
    [InlineData("wk 1", "2028-01-07")]
    [InlineData("eind januari", "2027-01-29")]
    [InlineData("half januari", "2028-01-17")] // 15 January 2027 has passed; 15 January 2028 is a Saturday
    [InlineData("begin januari", "2028-01-03")]
    [InlineData("begin februari", "2027-02-01")]
    [InlineData("eind december", "2027-12-31")]
    [InlineData("deze maand", "2027-01-29")]
    [InlineData("volgende maand", "2027-02-01")]
    [InlineData("next month", "2027-02-01")]
    [InlineData("rond 1 maart", "2027-03-01")]
    [InlineData("binnen 2 weken", "2027-02-03")]
    [InlineData("within three days", "2027-01-23")]
    [InlineData("na de meivakantie", "2027-05-03")]
    public void Rolls_over_to_next_year_on_20_January_2027(string text, string expected)
    {
        Assert.Equal(DateParseResult.Ok(D(expected)), P(text, January20));
    }

    [Theory]
    [InlineData("begin deze maand", "2027-01-04")]
    [InlineData("half deze maand", "2027-01-15")]
    [InlineData("begin januari 2027", "2027-01-04")]
    [InlineData("week 2 2027", "2027-01-15")]
    public void Parts_of_a_period_that_have_gone_are_InPast(string text, string expected)
    {
        Assert.Equal(DateParseResult.InPast(D(expected)), P(text, January20));
    }

    [Theory]
    [InlineData("week 0")]
    [InlineData("week 54")]
    [InlineData("week 53 2027")] // 2027 has 52 ISO weeks
    [InlineData("eind december 1800")]
    [InlineData("na de kerstvakantie")] // no later Christmas holiday is known
    [InlineData("na de zomervakantie")] // not in the defaults
    [InlineData("half")]
    [InlineData("eind")]
    [InlineData("na de vakantie")]
    [InlineData("week")]
    public void New_forms_that_cannot_be_read_are_Unreadable(string text)
    {
        Assert.Equal(DateOutcome.Unreadable, P(text, January20).Outcome);
    }

    [Fact]
    public void School_holidays_can_be_configured()
    {
        var holidays = new SchoolHolidays([new(SchoolHolidayKind.Kerst, new DateOnly(2027, 12, 25), new DateOnly(2028, 1, 9))]);
        Assert.Equal(DateParseResult.Ok(new DateOnly(2028, 1, 10)),
            DateExpressionParser.Parse("na de kerstvakantie", January20, schoolHolidays: holidays));
        // During the holiday it is the end of this one.
        Assert.Equal(DateParseResult.Ok(new DateOnly(2027, 1, 4)), P("na de kerstvakantie", new DateOnly(2026, 12, 28)));
    }

    [Theory]
    [InlineData("3/4", "2027-04-03", "2027-03-04")]
    [InlineData("3-4", "2027-04-03", "2027-03-04")]
    [InlineData("12/1", "2027-01-12", "2026-12-01")]
    [InlineData("3/4/2027", "2027-04-03", "2027-03-04")]
    [InlineData("by 3/4", "2027-04-03", "2027-03-04")]
    public void Swappable_numeric_dates_in_English_are_Ambiguous(string text, string dayMonth, string monthDay)
    {
        var result = DateExpressionParser.Parse(text, December1, DateDirection.Future, Language.English);
        Assert.Equal(DateOutcome.Ambiguous, result.Outcome);
        Assert.Null(result.Date);
        Assert.Equal([D(dayMonth), D(monthDay)], result.Readings);
    }

    [Theory]
    [InlineData("3/4", DateOutcome.Ok, "2027-04-03")] // Dutch: day-month, as Dutch people write it
    [InlineData("3-4", DateOutcome.Ok, "2027-04-03")]
    [InlineData("5/12", DateOutcome.Ok, "2026-12-05")]
    public void Numeric_dates_in_Dutch_are_day_month(string text, DateOutcome outcome, string expected)
    {
        var result = DateExpressionParser.Parse(text, December1, DateDirection.Future, Language.Dutch);
        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(D(expected), result.Date);
    }

    [Theory]
    [InlineData("4/4", "2027-04-04")] // both readings are the same day
    [InlineData("25/12", "2026-12-25")] // 25 is no month
    [InlineData("2027-03-04", "2027-03-04")] // ISO is never ambiguous
    [InlineData("3 April", "2027-04-03")]
    public void English_numeric_dates_that_read_one_way_are_Ok(string text, string expected)
    {
        Assert.Equal(DateParseResult.Ok(D(expected)), DateExpressionParser.Parse(text, December1, DateDirection.Future, Language.English));
    }

    [Fact]
    public void English_month_day_only_dates_stay_Unreadable()
    {
        // Numeric dates are read day-month; "12/25" is only a date month-day, and that is not guessed.
        Assert.Equal(DateOutcome.Unreadable, DateExpressionParser.Parse("12/25", December1, DateDirection.Future, Language.English).Outcome);
    }

    [Theory]
    [InlineData("2026-12-25", true)]
    [InlineData("2026-12-26", true)]
    [InlineData("2027-01-01", true)]
    [InlineData("2027-03-28", true)] // Eerste Paasdag
    [InlineData("2027-03-29", true)] // Tweede Paasdag
    [InlineData("2027-04-27", true)] // Koningsdag
    [InlineData("2027-05-05", true)] // Bevrijdingsdag
    [InlineData("2027-05-06", true)] // Hemelvaartsdag
    [InlineData("2027-05-17", true)] // Tweede Pinksterdag
    [InlineData("2025-04-26", true)] // Koningsdag on Saturday because 27 April 2025 is a Sunday
    [InlineData("2025-04-27", false)]
    [InlineData("2026-12-24", false)]
    [InlineData("2027-03-26", false)] // Goede Vrijdag is not counted
    public void Dutch_public_holidays(string day, bool holiday)
    {
        Assert.Equal(holiday, CoordinatieBot.Domain.DutchHolidays.IsHoliday(D(day)));
    }

    [Fact]
    public void New_forms_stay_fast_on_long_hostile_input()
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        foreach (var text in new[] { "eind " + new string('a', 110), "week " + new string('9', 110), "na de " + string.Concat(Enumerable.Repeat("kerst ", 18)), "mid-" + new string('-', 110) })
            Assert.Equal(DateOutcome.Unreadable, P(text, December1).Outcome);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(1));
    }

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
