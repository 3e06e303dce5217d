using System.Globalization;
using CoordinatieBot.Conversation.Parsing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CoordinatieBot.Conversation.Tests.Parsing;

public class ParsingPropertyTests
{
    private static readonly string[] DutchMonths =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    private static readonly string[] DutchAbbreviations = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Words the parsers know, mixed with noise: random sentences built from these reach deep into every rule.</summary>
    private static readonly string[] Vocabulary =
    [
        "taak", "actie", "task", "3", "#3", "12", "voor", "vóór", "vrijdag", "friday", ":", ",", ";", "@Ahmed", "<at>Sanne</at>", "<at>", "</at>",
        "wacht", "op", "tot", "t/m", "1", "februari", "feb", "toestemming", "consent", "moeder", "schriftelijk", "doel", "goal", "regie",
        "overdragen", "aan", "to", "ik", "I'll", "i", "bel", "call", "morgen", "tomorrow", "plan", "besproken", "met", "gezin", "family",
        "zorg", "over", "veiligheid", "knelpunt", "31-02", "5-12", "5/12/2026", "2026-12-05", "05.12.2026", "'", "\"", "(", ")", "graag",
        "please", "?", "!", "...", "é", "by", "move", "done", "klaar", "lukt", "niet", "nieuwe", "datum", "de", "het", "en", "and", "for",
        "until", "2", "weken", "weeks", "in", "a", "deze", "volgende", "next", "week", "eind", "van", "the", "day", "after", "spoed", "urgent",
        "start", "gezin", "123456789", "x@y.nl", "niveau", "mpg2", "kracht", "worry", "zorg", "escaleer", "impasse", "geen", "overeenstemming",
        "naar", "verzetten", "omdat", "because", "mijn", "taken", "wie", "is", "regisseur", "-", "'s", "ochtends", "om", "10", "uur", "\t", "  ",
    ];

    private static readonly DateOnly Min = new(2000, 1, 1);

    private static Gen<DateOnly> Dates(int fromYear, int toYear) =>
        Gen.Choose(new DateOnly(fromYear, 1, 1).DayNumber, new DateOnly(toYear, 12, 31).DayNumber).Select(DateOnly.FromDayNumber);

    private static Gen<string> Sentences() =>
        Gen.Elements(Vocabulary).ListOf().Select(words => string.Join(" ", words));

    private static Gen<MentionedPerson[]> Mentions() =>
        Gen.Elements(new MentionedPerson("Sanne", "29:s"), new MentionedPerson("Fatima El Amrani", "29:f"), new MentionedPerson("", "")).ArrayOf();

    // ---- never throws ----------------------------------------------------------------------------------------------

    [Property(MaxTest = 500)]
    public Property CommandParser_never_throws_on_any_string() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), Mentions().ToArbitrary(), (text, mentions) =>
            CommandParser.Parse(text, mentions, new DateOnly(2026, 11, 28)) is { Command: not null });

    [Property(MaxTest = 1000)]
    public Property CommandParser_never_throws_on_sentences_of_known_words() =>
        Prop.ForAll(Sentences().ToArbitrary(), Mentions().ToArbitrary(), Dates(2000, 2099).ToArbitrary(), (text, mentions, today) =>
        {
            var parsed = CommandParser.Parse(text, mentions, today);
            return parsed.Command is not null && FutureDatesAreNotBefore(parsed.Command, today);
        });

    [Property(MaxTest = 500)]
    public Property DateParser_never_throws() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), Dates(2000, 2099).ToArbitrary(), (text, today) =>
            DateExpressionParser.Parse(text, today) is not null && DateExpressionParser.Parse(text, today, DateDirection.Past) is not null);

    [Property(MaxTest = 500)]
    public Property DateExtractor_never_throws_and_only_shortens() =>
        Prop.ForAll(Sentences().ToArbitrary(), Dates(2000, 2099).ToArbitrary(), (text, today) =>
        {
            var found = DateExtractor.Extract(text, today);
            return found is null || (found.Remainder.Length <= text.Length && NotBefore(found.Result, today));
        });

    // ---- garbage is never a date -----------------------------------------------------------------------------------

    [Property(MaxTest = 1000)]
    public Property DateParser_never_reads_garbage_as_a_date() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), Gen.Elements('#', '{', '%', '§', '€', '<', '|', '*', '=', '~').ToArbitrary(), (text, junk) =>
        {
            var s = (text ?? "") + junk;
            return DateExpressionParser.Parse(s, new DateOnly(2026, 11, 28)).Outcome == DateOutcome.Unreadable;
        });

    private static readonly HashSet<string> SingleWordDates =
    [
        "vandaag", "today", "morgen", "tomorrow", "overmorgen", "gisteren", "eergisteren", "yesterday", "vanavond", "vanmiddag",
        "vanochtend", "vanmorgen", "tonight", "eod", "eow", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
        "fri", "sat", "sun", "ma", "di", "wo", "do", "vr", "za", "zo",
    ];

    [Property(MaxTest = 1000)]
    public Property DateParser_never_reads_random_words_as_a_date() =>
        Prop.ForAll(Gen.Elements("abcdefghijklmnopqrstuvwxyz ".ToCharArray()).ArrayOf().Select(cs => new string(cs))
                .Where(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => !SingleWordDates.Contains(w) && !w.StartsWith("morgen", StringComparison.Ordinal)))
                .ToArbitrary(),
            text => DateExpressionParser.Parse(text, new DateOnly(2026, 11, 28)).Outcome != DateOutcome.Ok);

    // ---- formatted dates come back exactly -------------------------------------------------------------------------

    [Property(MaxTest = 1000)]
    public Property Formatted_dates_are_read_exactly() =>
        Prop.ForAll(Dates(1950, 2150).ToArbitrary(), Dates(2000, 2099).ToArbitrary(), Gen.Choose(0, 6).ToArbitrary(), (date, today, format) =>
        {
            var text = format switch
            {
                0 => $"{date.Day}-{date.Month}-{date.Year}",
                1 => $"{date.Day} {DutchMonths[date.Month - 1]} {date.Year}",
                2 => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                3 => $"{date.Day:00}.{date.Month:00}.{date.Year}",
                4 => $"{EnglishMonths[date.Month - 1]} {date.Day}, {date.Year}",
                5 => $"{date.Day}/{date.Month}/{date.Year}",
                _ => $"{date.Day} {DutchAbbreviations[date.Month - 1]} {date.Year}",
            };
            var expected = date < today ? DateParseResult.InPast(date) : DateParseResult.Ok(date);
            return (DateExpressionParser.Parse(text, today) == expected).Label($"{text} on {today:yyyy-MM-dd}");
        });

    [Property(MaxTest = 1000)]
    public Property Dates_without_a_year_are_the_next_occurrence() =>
        Prop.ForAll(Dates(2000, 2099).ToArbitrary(), Dates(2000, 2099).ToArbitrary(), (date, today) =>
        {
            var result = DateExpressionParser.Parse($"{date.Day} {DutchMonths[date.Month - 1]}", today);
            var ok = result.Outcome == DateOutcome.Ok && result.Date >= today && result.Date!.Value.Day == date.Day
                && result.Date.Value.Month == date.Month && result.Date.Value.AddYears(-1) < today
                || (date.Month == 2 && date.Day == 29 && result.Date!.Value.Year - today.Year <= 8);
            return ok.Label($"{date:dd-MM} on {today:yyyy-MM-dd} gave {result}");
        });

    // ---- Ok is never on the wrong side of today --------------------------------------------------------------------

    private static readonly string[] Expressions =
    [
        "vandaag", "morgen", "overmorgen", "vrijdag", "ma", "zondag", "volgende week dinsdag", "dinsdag volgende week", "next tuesday",
        "deze week vrijdag", "deze week maandag", "friday this week", "volgende week", "next week", "eind van de week", "end of the week",
        "eind volgende week", "eind van de maand", "over 2 weken", "over twee weken", "over 3 dagen", "in three days", "over een maand",
        "in a month", "over 5 werkdagen", "5 december", "5 dec", "december 5", "5th of December", "5-12", "5/12", "1 februari", "29 februari",
        "31 december", "1 januari", "gisteren", "afgelopen vrijdag", "vorige week dinsdag", "3 november 2026", "28 november",
    ];

    [Property(MaxTest = 1000)]
    public Property Ok_is_never_before_today() =>
        Prop.ForAll(Gen.Elements(Expressions).ToArbitrary(), Dates(2000, 2099).ToArbitrary(), (text, today) =>
            NotBefore(DateExpressionParser.Parse(text, today), today).Label($"{text} on {today:yyyy-MM-dd}"));

    [Property(MaxTest = 1000)]
    public Property Reading_backwards_Ok_is_never_after_today() =>
        Prop.ForAll(Gen.Elements(Expressions).ToArbitrary(), Dates(2000, 2099).ToArbitrary(), (text, today) =>
        {
            var result = DateExpressionParser.Parse(text, today, DateDirection.Past);
            return (result.Outcome != DateOutcome.Ok || result.Date <= today).Label($"{text} on {today:yyyy-MM-dd}");
        });

    [Property(MaxTest = 500)]
    public Property Weekdays_are_within_a_week_after_today() =>
        Prop.ForAll(Gen.Elements("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag").ToArbitrary(), Dates(2000, 2099).ToArbitrary(), (day, today) =>
        {
            var result = DateExpressionParser.Parse(day, today);
            return result.Outcome == DateOutcome.Ok && result.Date > today && result.Date <= today.AddDays(7);
        });

    private static bool NotBefore(DateParseResult result, DateOnly today) => result.Outcome != DateOutcome.Ok || result.Date >= today;

    private static bool FutureDatesAreNotBefore(Command command, DateOnly today) => command switch
    {
        AddTaskCommand { Due: { } due } => NotBefore(due, today),
        TaskNewDateCommand c => NotBefore(c.Date, today),
        TaskWaitingCommand { Until: { } until } => NotBefore(until, today),
        TaskInProgressCommand { Expected: { } expected } => NotBefore(expected, today),
        RecordConsentCommand { Until: { } until } => until >= today,
        PlanDiscussedCommand { On: { } on } => on <= today,
        _ => true,
    };
}
