using System.Text.RegularExpressions;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Parsing;

/// <summary>
/// Reads Dutch and English date expressions relative to a given <c>today</c> (the caller's Europe/Amsterdam date; this class never reads a clock).
/// </summary>
/// <remarks>
/// Decisions (for due dates, <see cref="DateDirection.Future"/>):
/// <list type="bullet">
/// <item>A bare weekday ("vrijdag", "vr", "friday", "komende vrijdag", "this friday") is the next such day strictly after today:
/// "vrijdag" on a Wednesday is this Friday, on a Friday it is next week's Friday (a due date of today is said "vandaag").</item>
/// <item>"volgende week dinsdag", "dinsdag volgende week", "volgende dinsdag", "next tuesday", "tuesday next week": the Tuesday of the next ISO week (Monday–Sunday).</item>
/// <item>"deze week vrijdag", "friday this week": that day of the current ISO week; InPast if it has gone.</item>
/// <item>"volgende week" / "next week" alone: the Monday of next week. "deze week" / "this week" alone is not read (ambiguous).</item>
/// <item>"eind van de week" / "end of the week": the first Friday on or after today (on a Saturday or Sunday: next week's Friday).
/// "eind volgende week": Friday of next week. "eind van de maand": the last day of this month.</item>
/// <item>"over 2 weken", "in three days", "over een maand", "binnen 5 werkdagen" (working days skip Saturday and Sunday, not holidays).</item>
/// <item>Day and month: "5 december", "5 dec", "december 5", "5th of December", "5-12", "5/12", "5-12-2026", "05.12.2026", "2026-12-05".
/// Numeric dates are always day-month (also in English). Without a year: the next occurrence that is not in the past (today counts).
/// With a year and before today: InPast. Impossible dates (31-02, 30 februari) and years outside 1900–2199: Unreadable.
/// A weekday in front ("vrijdag 4 december") must agree with the date, else Unreadable.</item>
/// <item>"gisteren", "eergisteren", "afgelopen vrijdag", "vorige week dinsdag": readable, so InPast.</item>
/// <item>Times of day are ignored: "morgenochtend", "vrijdag om 10 uur", "tomorrow morning".</item>
/// <item>"rond 1 maart", "around 1 March", "omstreeks vrijdag": that date (a due date has to be one day).</item>
/// <item>Part of a month: a month name ("december", "dec 2027"), "deze maand"/"this month" or "volgende maand"/"next month" after
/// "eind"/"end of"/"late" (the last day of the month, moved back to a working day), "begin"/"early"/"start of" (the first working day),
/// "half"/"medio"/"mid"/"midden" (the 15th, or the next working day). A month name without a year is the next such date that is not past.
/// "eind van de week"/"eind volgende week" is that Friday, and the end-of-month phrases the last day, both moved back to a working day.
/// Working days: Monday–Friday minus the Dutch public holidays (<see cref="DutchHolidays"/>).</item>
/// <item>"deze maand"/"this month" alone: by the end of it (as "eind deze maand"). "volgende maand"/"next month" alone: the first working day
/// of next month — the same choice as "volgende week" (its Monday): the task comes back at the start of that period, not silently at its end.</item>
/// <item>Week numbers "week 3", "in week 3", "wk 3", "week 3 2027" (ISO 8601): the Friday of that week (a deadline "in week 3" means by the
/// end of its working week), moved back to a working day; without a year the current ISO year, or the next one when that Friday has passed.</item>
/// <item>"na de kerstvakantie", "after the Christmas holidays" (also voorjaars-, mei-, herfst-, zomervakantie): the first working day after
/// the next such school holiday in <see cref="SchoolHolidays"/> that has not ended; Unreadable when none is known.</item>
/// <item>Ambiguous numeric dates: in a Dutch message (the default) "3/4" is 3 April, as Dutch people write it. In an English message a numeric
/// date whose day and month can be swapped ("3/4": 3 April or March 4) is <see cref="DateOutcome.Ambiguous"/> and the app asks.
/// "5/13" stays day-month only (13 is no month), so it is Unreadable in both languages.</item>
/// <item>Not supported (Unreadable, the app asks): a month alone ("december"), a day alone ("de 5e"),
/// "een paar dagen", "binnenkort", "asap", "deze week".</item>
/// </list>
/// With <see cref="DateDirection.Past"/> everything is read backwards: a bare weekday is the most recent such day (today included),
/// a date without a year the most recent one, and a date after today is InFuture.
/// </remarks>
public static class DateExpressionParser
{
    /// <summary>Longer input is never a date expression.</summary>
    public const int MaxLength = 120;

    internal const string Weekday =
        "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|" +
        "tues|thurs|thur|mon|tue|wed|thu|fri|sat|sun|ma|di|wo|do|vr|za|zo";

    internal const string Month =
        "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|" +
        "january|february|march|may|june|july|august|october|sept|febr|jan|feb|mrt|mar|apr|jun|jul|aug|sep|okt|oct|nov|dec";

    private static readonly Dictionary<string, int> WeekdayIndex = new()
    {
        ["maandag"] = 0, ["monday"] = 0, ["mon"] = 0, ["ma"] = 0,
        ["dinsdag"] = 1, ["tuesday"] = 1, ["tues"] = 1, ["tue"] = 1, ["di"] = 1,
        ["woensdag"] = 2, ["wednesday"] = 2, ["wed"] = 2, ["wo"] = 2,
        ["donderdag"] = 3, ["thursday"] = 3, ["thurs"] = 3, ["thur"] = 3, ["thu"] = 3, ["do"] = 3,
        ["vrijdag"] = 4, ["friday"] = 4, ["fri"] = 4, ["vr"] = 4,
        ["zaterdag"] = 5, ["saturday"] = 5, ["sat"] = 5, ["za"] = 5,
        ["zondag"] = 6, ["sunday"] = 6, ["sun"] = 6, ["zo"] = 6,
    };

    private static readonly HashSet<string> ShortWeekdays = ["ma", "di", "wo", "do", "vr", "za", "zo", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"];

    private static readonly Dictionary<string, int> MonthIndex = new()
    {
        ["januari"] = 1, ["january"] = 1, ["jan"] = 1,
        ["februari"] = 2, ["february"] = 2, ["febr"] = 2, ["feb"] = 2,
        ["maart"] = 3, ["march"] = 3, ["mrt"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4,
        ["mei"] = 5, ["may"] = 5,
        ["juni"] = 6, ["june"] = 6, ["jun"] = 6,
        ["juli"] = 7, ["july"] = 7, ["jul"] = 7,
        ["augustus"] = 8, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sept"] = 9, ["sep"] = 9,
        ["oktober"] = 10, ["october"] = 10, ["okt"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    };

    private static readonly Dictionary<string, int> NumberWords = new()
    {
        ["een"] = 1, ["eentje"] = 1, ["twee"] = 2, ["drie"] = 3, ["vier"] = 4, ["vijf"] = 5, ["zes"] = 6, ["zeven"] = 7, ["acht"] = 8,
        ["negen"] = 9, ["tien"] = 10, ["elf"] = 11, ["twaalf"] = 12, ["dertien"] = 13, ["veertien"] = 14, ["vijftien"] = 15,
        ["twintig"] = 20, ["dertig"] = 30,
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30,
    };

    private enum Fixed { Today, Tomorrow, DayAfterTomorrow, Yesterday, DayBeforeYesterday, NextWeek, EndOfWeek, EndOfNextWeek, EndOfMonth, EndOfNextMonth }

    private static readonly Dictionary<string, Fixed> Phrases = new()
    {
        ["vandaag"] = Fixed.Today, ["today"] = Fixed.Today, ["vanavond"] = Fixed.Today, ["vanmiddag"] = Fixed.Today,
        ["vanochtend"] = Fixed.Today, ["vanmorgen"] = Fixed.Today, ["tonight"] = Fixed.Today, ["this afternoon"] = Fixed.Today,
        ["this morning"] = Fixed.Today, ["this evening"] = Fixed.Today, ["eind van de dag"] = Fixed.Today, ["end of day"] = Fixed.Today,
        ["end of the day"] = Fixed.Today, ["eod"] = Fixed.Today,
        ["morgen"] = Fixed.Tomorrow, ["tomorrow"] = Fixed.Tomorrow,
        ["overmorgen"] = Fixed.DayAfterTomorrow, ["day after tomorrow"] = Fixed.DayAfterTomorrow, ["the day after tomorrow"] = Fixed.DayAfterTomorrow,
        ["gisteren"] = Fixed.Yesterday, ["yesterday"] = Fixed.Yesterday,
        ["eergisteren"] = Fixed.DayBeforeYesterday, ["day before yesterday"] = Fixed.DayBeforeYesterday, ["the day before yesterday"] = Fixed.DayBeforeYesterday,
        ["volgende week"] = Fixed.NextWeek, ["next week"] = Fixed.NextWeek, ["begin volgende week"] = Fixed.NextWeek,
        ["begin van volgende week"] = Fixed.NextWeek, ["start of next week"] = Fixed.NextWeek, ["beginning of next week"] = Fixed.NextWeek,
        ["early next week"] = Fixed.NextWeek,
        ["eind van de week"] = Fixed.EndOfWeek, ["einde van de week"] = Fixed.EndOfWeek, ["eind deze week"] = Fixed.EndOfWeek,
        ["einde deze week"] = Fixed.EndOfWeek, ["eind van deze week"] = Fixed.EndOfWeek, ["einde van deze week"] = Fixed.EndOfWeek,
        ["het eind van de week"] = Fixed.EndOfWeek, ["het einde van de week"] = Fixed.EndOfWeek, ["eind vd week"] = Fixed.EndOfWeek,
        ["eind week"] = Fixed.EndOfWeek, ["einde week"] = Fixed.EndOfWeek, ["end of the week"] = Fixed.EndOfWeek,
        ["end of this week"] = Fixed.EndOfWeek, ["end of week"] = Fixed.EndOfWeek, ["the end of the week"] = Fixed.EndOfWeek,
        ["the end of this week"] = Fixed.EndOfWeek, ["eow"] = Fixed.EndOfWeek,
        ["eind volgende week"] = Fixed.EndOfNextWeek, ["eind van volgende week"] = Fixed.EndOfNextWeek, ["einde volgende week"] = Fixed.EndOfNextWeek,
        ["einde van volgende week"] = Fixed.EndOfNextWeek, ["het eind van volgende week"] = Fixed.EndOfNextWeek,
        ["end of next week"] = Fixed.EndOfNextWeek, ["the end of next week"] = Fixed.EndOfNextWeek,
        ["eind van de maand"] = Fixed.EndOfMonth, ["einde van de maand"] = Fixed.EndOfMonth, ["eind deze maand"] = Fixed.EndOfMonth,
        ["eind van deze maand"] = Fixed.EndOfMonth, ["einde maand"] = Fixed.EndOfMonth, ["eind maand"] = Fixed.EndOfMonth,
        ["het eind van de maand"] = Fixed.EndOfMonth, ["end of the month"] = Fixed.EndOfMonth, ["end of this month"] = Fixed.EndOfMonth,
        ["end of month"] = Fixed.EndOfMonth, ["the end of the month"] = Fixed.EndOfMonth,
        ["eind volgende maand"] = Fixed.EndOfNextMonth, ["eind van volgende maand"] = Fixed.EndOfNextMonth,
        ["end of next month"] = Fixed.EndOfNextMonth, ["the end of next month"] = Fixed.EndOfNextMonth,
    };

    private static readonly Regex LeadingConnector = TextFold.Compile(
        @"^((uiterlijk\s+op|uiterlijk\s+voor|uiterlijk|voor\s+of\s+op|op\s+of\s+voor|tot\s+en\s+met|no\s+later\s+than|due\s+by|due\s+on|due\s+before|" +
        @"deadline|voor|op|by|before|on|due|tot|t/m|until|till|per|ergens\s+rond|rond|around|omstreeks|circa|approximately)\s*:?\s+)+");

    private static readonly Regex TimeOfDayCompound = TextFold.Compile(
        @"\b(?<w>maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen)(ochtend|middag|avond|nacht|morgen)\b");

    private static readonly Regex TimeSuffix = TextFold.Compile(
        @"\s+(((om|at|rond|around|voor|before)\s+)?[0-9]{1,2}([:.][0-9]{2})?\s*(uur|u|h|am|pm)|((om|at|rond|around)\s+)?[0-9]{1,2}[:.][0-9]{2}(\s*uur)?|(om|at|rond|around)\s+[0-9]{1,2}|" +
        @"('s\s+)?(ochtends|middags|avonds)|in\s+the\s+(morning|afternoon|evening)|morning|afternoon|evening|night|ochtend|middag|avond|eod|" +
        @"(aan\s+het\s+)?(eind|einde)\s+van\s+de\s+dag|end\s+of\s+(the\s+)?day)$");

    private static readonly Regex Relative = TextFold.Compile(
        @"^((over|in|binnen|within)\s+)?(?<n>[0-9]{1,4}|[a-z]+)\s+(?<u>dagen|dag|days|day|werkdagen|werkdag|working\s+days?|business\s+days?|weken|week|weeks|maanden|maand|months|month|jaren|jaar|years|year)" +
        @"(?<t>'?s?\s+time|\s+from\s+(now|today)|\s+vanaf\s+(nu|vandaag)|\s+na\s+vandaag)?$");

    /// <summary>"dinsdag", "komende dinsdag", "dinsdag volgende week", "next Tuesday".</summary>
    private static readonly Regex WeekdayWithModifier = TextFold.Compile(
        @"^((?<m>komende|aanstaande|this|coming|volgende|next|afgelopen|vorige|last)\s+)?(?<wd>" + Weekday + @")" +
        @"(\s+(?<m2>aanstaande|a\.?s|volgende\s+week|next\s+week|deze\s+week|this\s+week|vorige\s+week|last\s+week|van\s+deze\s+week|van\s+volgende\s+week|of\s+this\s+week|of\s+next\s+week|komende\s+week))?$");

    /// <summary>"volgende week dinsdag", "next week on Tuesday".</summary>
    private static readonly Regex WeekThenWeekday = TextFold.Compile(
        @"^(?<m>volgende\s+week|next\s+week|deze\s+week|this\s+week|vorige\s+week|last\s+week|komende\s+week)\s+((op|on)\s+)?(de\s+|the\s+)?(?<wd>" + Weekday + @")$");

    private static readonly Regex DayMonthName = TextFold.Compile(
        @"^((?<wd>" + Weekday + @")\s*,?\s+)?(the\s+)?(?<d>[0-9]{1,2})(st|nd|rd|th|ste|de|e)?\s*(of\s+)?(?<mo>" + Month + @")\.?(\s*,?\s*(?<y>[0-9]{4}|'[0-9]{2}))?$");

    private static readonly Regex MonthNameDay = TextFold.Compile(
        @"^((?<wd>" + Weekday + @")\s*,?\s+)?(?<mo>" + Month + @")\.?\s+(the\s+)?(?<d>[0-9]{1,2})(st|nd|rd|th)?(\s*,?\s+(?<y>[0-9]{4}))?$");

    private static readonly Regex Numeric = TextFold.Compile(
        @"^((?<wd>" + Weekday + @")\s*,?\s+)?(?<d>[0-9]{1,2})(?<sep>[-/.])(?<mo>[0-9]{1,2})(\k<sep>(?<y>[0-9]{4}|[0-9]{2}))?$");

    /// <summary>A part of a period: "eind december", "begin januari 2027", "mid-January", "half volgende maand", "end of this month".</summary>
    private static readonly Regex PeriodPart = TextFold.Compile(
        @"^((het|the)\s+)?(?<p>einde|eind|end|late|begin|beginning|start|early|half|medio|midden|mid)(\s+|-)((van|of|vd)\s+)?((de|the)\s+)?" +
        @"((?<mo>" + Month + @")\.?(\s*,?\s*(?<y>[0-9]{4}))?|(?<rel>deze|this|volgende|next|komende|coming)\s+(maand|month))$");

    /// <summary>"deze maand", "volgende maand", "next month".</summary>
    private static readonly Regex MonthAlone = TextFold.Compile(@"^(?<rel>deze|this|volgende|next|komende|coming)\s+(maand|month)$");

    /// <summary>"week 3", "in week 3", "wk 3", "week 3 2027", "week 3 van 2027".</summary>
    private static readonly Regex WeekNumber = TextFold.Compile(
        @"^((in|during)\s+)?((de|the)\s+)?(week|wk|weeknummer|weeknr)\.?\s*(?<n>[0-9]{1,2})(\s*,?\s*((van|of)\s+)?(?<y>[0-9]{4}))?$");

    /// <summary>"na de kerstvakantie", "after the Christmas holidays".</summary>
    private static readonly Regex AfterSchoolHoliday = TextFold.Compile(
        @"^(na|after)\s+((de|the)\s+)?(?<h>kerst\s*vakantie|christmas\s+(holidays?|break|vacation)|xmas\s+(holidays?|break)|" +
        @"voorjaars\s*vakantie|krokus\s*vakantie|spring\s+(holidays?|break)|half[\s-]term|mei\s*vakantie|may\s+(holidays?|break)|" +
        @"herfst\s*vakantie|autumn\s+(holidays?|break)|zomer\s*vakantie|summer\s+(holidays?|break|vacation))$");

    private static readonly Regex Iso = TextFold.Compile(@"^(?<y>[0-9]{4})(?<sep>[-/.])(?<mo>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2})$");

    /// <summary>Reads <paramref name="text"/> as one date expression. Never throws.</summary>
    /// <param name="language">The message's language: only in English is a swappable numeric date ("3/4") Ambiguous.</param>
    /// <param name="schoolHolidays">For "na de kerstvakantie"; <see cref="SchoolHolidays.Default"/> when null.</param>
    public static DateParseResult Parse(string? text, DateOnly today, DateDirection direction = DateDirection.Future,
        Language language = Language.Dutch, SchoolHolidays? schoolHolidays = null)
    {
        if (text is null) return DateParseResult.Unreadable();
        var shown = text.Length > MaxLength ? text[..MaxLength] : text.Trim();
        if (text.Length > MaxLength) return DateParseResult.Unreadable(shown);
        try
        {
            var m = Match(TextFold.Fold(text), today, direction, language, schoolHolidays);
            return m.Shape == DateShape.None ? DateParseResult.Unreadable(shown) : m.Result with { Text = shown };
        }
        catch (Exception e) when (e is RegexMatchTimeoutException or ArgumentException or InvalidOperationException or OverflowException)
        {
            return DateParseResult.Unreadable(shown);
        }
    }

    internal enum DateShape
    {
        /// <summary>Not a date expression at all.</summary>
        None,
        /// <summary>A readable date (Ok, InPast or InFuture).</summary>
        Valid,
        /// <summary>Shaped like a date but impossible or contradictory (31-02, "vrijdag 5 december" when that is a Saturday).</summary>
        Invalid,
    }

    /// <summary>
    /// The parse of an already folded expression. <see cref="NeedsConnector"/>: too weak to be taken from free text without a
    /// connector word in front ("op di", "voor 5/12"): short weekday abbreviations, numeric dates without a year, impossible numeric dates.
    /// </summary>
    internal readonly record struct DateMatch(DateShape Shape, DateParseResult Result, bool NeedsConnector)
    {
        public static readonly DateMatch NotADate = new(DateShape.None, DateParseResult.Unreadable(), false);
    }

    internal static DateMatch Match(string folded, DateOnly today, DateDirection direction,
        Language language = Language.Dutch, SchoolHolidays? schoolHolidays = null)
    {
        if (folded.Length > MaxLength) return DateMatch.NotADate;
        var s = TextFold.CollapseSpaces(folded).Trim(' ', '.', ',', '!', '?', ';', ':', '(', ')', '"', '\'', '[', ']');
        if (s.Length == 0) return DateMatch.NotADate;
        s = LeadingConnector.Replace(s, "");
        s = TimeOfDayCompound.Replace(s, "${w}");
        for (var i = 0; i < 2; i++) s = TimeSuffix.Replace(s, "");
        s = s.Trim(' ', ',');
        if (s.Length == 0) return DateMatch.NotADate;
        try
        {
            return MatchCore(s, today, direction, language, schoolHolidays ?? SchoolHolidays.Default);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Arithmetic beyond DateOnly.MinValue/MaxValue: shaped like a date, but not one we can use.
            return new DateMatch(DateShape.Invalid, DateParseResult.Unreadable(s), false);
        }
    }

    private static DateMatch MatchCore(string s, DateOnly today, DateDirection dir, Language language, SchoolHolidays schoolHolidays)
    {
        if (Phrases.TryGetValue(s, out var phrase)) return Valid(FixedDate(phrase, today), today, dir);

        if (Relative.Match(s) is { Success: true } rel && MatchRelative(rel, s, today, dir) is { } relative) return relative;

        if (WeekdayWithModifier.Match(s) is { Success: true } wa) return MatchWeekday(wa, today, dir, s);
        if (WeekThenWeekday.Match(s) is { Success: true } wb) return MatchWeekday(wb, today, dir, s);

        if (PeriodPart.Match(s) is { Success: true } pp) return MatchPeriodPart(pp, today, dir);
        if (MonthAlone.Match(s) is { Success: true } ma) return MatchMonthAlone(ma, today, dir);
        if (WeekNumber.Match(s) is { Success: true } wn) return MatchWeekNumber(wn, s, today, dir);
        if (AfterSchoolHoliday.Match(s) is { Success: true } sh) return MatchAfterSchoolHoliday(sh, s, today, dir, schoolHolidays);

        if (DayMonthName.Match(s) is { Success: true } dm) return FromParts(dm, today, dir, numeric: false);
        if (MonthNameDay.Match(s) is { Success: true } md) return FromParts(md, today, dir, numeric: false);
        if (Numeric.Match(s) is { Success: true } nu)
        {
            // A dotted day.month without a year ("9.30") is more likely a time or a number than a date.
            if (!nu.Groups["y"].Success && nu.Groups["sep"].Value == ".") return DateMatch.NotADate;
            var dayMonth = FromParts(nu, today, dir, numeric: true);
            return language == Language.English ? SwappedReading(nu, dayMonth, today, dir) : dayMonth;
        }
        if (Iso.Match(s) is { Success: true } iso) return FromParts(iso, today, dir, numeric: false);
        return DateMatch.NotADate;
    }

    private static DateOnly FixedDate(Fixed phrase, DateOnly today)
    {
        var monday = MondayOf(today);
        return phrase switch
        {
            Fixed.Today => today,
            Fixed.Tomorrow => today.AddDays(1),
            Fixed.DayAfterTomorrow => today.AddDays(2),
            Fixed.Yesterday => today.AddDays(-1),
            Fixed.DayBeforeYesterday => today.AddDays(-2),
            Fixed.NextWeek => monday.AddDays(7),
            Fixed.EndOfWeek => WorkingDayOnOrBefore(today.AddDays((4 - DayIndex(today) + 7) % 7)),
            Fixed.EndOfNextWeek => WorkingDayOnOrBefore(monday.AddDays(11)),
            Fixed.EndOfMonth => WorkingDayOnOrBefore(new DateOnly(today.Year, today.Month, DateTime.DaysInMonth(today.Year, today.Month))),
            _ => WorkingDayOnOrBefore(LastOfNextMonth(today)),
        };
    }

    private static DateOnly LastOfNextMonth(DateOnly today)
    {
        var next = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        return new DateOnly(next.Year, next.Month, DateTime.DaysInMonth(next.Year, next.Month));
    }

    private enum Part { Begin, Middle, End }

    private static Part PartOf(string word) => word switch
    {
        "einde" or "eind" or "end" or "late" => Part.End,
        "half" or "medio" or "midden" or "mid" => Part.Middle,
        _ => Part.Begin,
    };

    /// <summary>
    /// The day a part of a month stands for: End = the last day moved back to a working day (a deadline stays inside the month),
    /// Begin = the first working day, Middle = the 15th or the next working day.
    /// </summary>
    private static DateOnly DayInMonth(int year, int month, Part part) => part switch
    {
        Part.End => WorkingDayOnOrBefore(new DateOnly(year, month, DateTime.DaysInMonth(year, month))),
        Part.Middle => WorkingDayOnOrAfter(new DateOnly(year, month, 15)),
        _ => WorkingDayOnOrAfter(new DateOnly(year, month, 1)),
    };

    private static DateOnly FirstOfMonth(DateOnly today, string rel) =>
        rel is "deze" or "this" ? new DateOnly(today.Year, today.Month, 1) : new DateOnly(today.Year, today.Month, 1).AddMonths(1);

    private static DateMatch MatchPeriodPart(Match m, DateOnly today, DateDirection dir)
    {
        var part = PartOf(m.Groups["p"].Value);
        if (m.Groups["rel"].Success)
        {
            var first = FirstOfMonth(today, m.Groups["rel"].Value);
            return Valid(DayInMonth(first.Year, first.Month, part), today, dir);
        }
        var month = MonthIndex[m.Groups["mo"].Value];
        if (m.Groups["y"].Success)
        {
            var year = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (year is < 1900 or > 2199) return Invalid(m.Value);
            return Valid(DayInMonth(year, month, part), today, dir);
        }
        // Without a year: the next such day that is not past (Future), or the most recent one that is not ahead (Past).
        var date = DayInMonth(today.Year, month, part);
        if (dir == DateDirection.Future && date < today) date = DayInMonth(today.Year + 1, month, part);
        if (dir == DateDirection.Past && date > today) date = DayInMonth(today.Year - 1, month, part);
        return Valid(date, today, dir);
    }

    /// <summary>"deze maand": by its end (last working day). "volgende maand": its first working day.</summary>
    private static DateMatch MatchMonthAlone(Match m, DateOnly today, DateDirection dir)
    {
        var rel = m.Groups["rel"].Value;
        var first = FirstOfMonth(today, rel);
        return Valid(DayInMonth(first.Year, first.Month, rel is "deze" or "this" ? Part.End : Part.Begin), today, dir);
    }

    /// <summary>ISO week: its Friday, moved back to a working day. Without a year the current ISO year, or the next when that Friday has passed.</summary>
    private static DateMatch MatchWeekNumber(Match m, string s, DateOnly today, DateDirection dir)
    {
        var week = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var todayDate = today.ToDateTime(TimeOnly.MinValue);
        int year;
        if (m.Groups["y"].Success)
        {
            year = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (year is < 1900 or > 2199) return Invalid(s);
        }
        else
        {
            year = System.Globalization.ISOWeek.GetYear(todayDate);
            if (week >= 1 && week <= System.Globalization.ISOWeek.GetWeeksInYear(year))
            {
                var friday = FridayOfWeek(year, week);
                if (dir == DateDirection.Future && friday < today) year++;
                if (dir == DateDirection.Past && MondayOf(friday) > today) year--;
            }
        }
        if (week < 1 || week > System.Globalization.ISOWeek.GetWeeksInYear(year)) return Invalid(s);
        return Valid(WorkingDayOnOrBefore(FridayOfWeek(year, week)), today, dir);
    }

    private static DateOnly FridayOfWeek(int year, int week) =>
        DateOnly.FromDateTime(System.Globalization.ISOWeek.ToDateTime(year, week, DayOfWeek.Friday));

    private static DateMatch MatchAfterSchoolHoliday(Match m, string s, DateOnly today, DateDirection dir, SchoolHolidays holidays)
    {
        var h = m.Groups["h"].Value;
        var kind = h[0] switch
        {
            'k' when h.StartsWith("kerst", StringComparison.Ordinal) => SchoolHolidayKind.Kerst,
            'c' or 'x' => SchoolHolidayKind.Kerst,
            'v' or 's' when h.StartsWith("voorjaar", StringComparison.Ordinal) || h.StartsWith("spring", StringComparison.Ordinal) => SchoolHolidayKind.Voorjaar,
            'k' or 'h' when h.StartsWith("krokus", StringComparison.Ordinal) || h.StartsWith("half", StringComparison.Ordinal) => SchoolHolidayKind.Voorjaar,
            'm' => SchoolHolidayKind.Mei,
            'h' or 'a' => SchoolHolidayKind.Herfst,
            _ => SchoolHolidayKind.Zomer,
        };
        if (holidays.Next(kind, today) is not { } holiday) return Invalid(s);
        return Valid(WorkingDayOnOrAfter(holiday.Last.AddDays(1)), today, dir);
    }

    private static DateOnly WorkingDayOnOrAfter(DateOnly day)
    {
        for (var i = 0; i < 14 && !DutchHolidays.IsWorkingDay(day); i++) day = day.AddDays(1);
        return day;
    }

    private static DateOnly WorkingDayOnOrBefore(DateOnly day)
    {
        for (var i = 0; i < 14 && !DutchHolidays.IsWorkingDay(day); i++) day = day.AddDays(-1);
        return day;
    }

    /// <summary>
    /// English numeric date: when day and month can be swapped and both readings are real dates ("3/4"), Ambiguous (the app asks);
    /// otherwise the day-month reading as in Dutch.
    /// </summary>
    private static DateMatch SwappedReading(Match m, DateMatch dayMonth, DateOnly today, DateDirection dir)
    {
        if (dayMonth.Shape != DateShape.Valid || dayMonth.Result.Date is not { } first) return dayMonth;
        var d = m.Groups["d"].Value;
        var mo = m.Groups["mo"].Value;
        if (int.Parse(d, System.Globalization.CultureInfo.InvariantCulture) == int.Parse(mo, System.Globalization.CultureInfo.InvariantCulture)) return dayMonth;
        var swapped = FromValues(m.Value, dayText: mo, moText: d, m, today, dir, numeric: true);
        if (swapped.Shape != DateShape.Valid || swapped.Result.Date is not { } second) return dayMonth;
        return new DateMatch(DateShape.Valid, DateParseResult.Ambiguous([first, second], m.Value), dayMonth.NeedsConnector);
    }

    private static DateMatch? MatchRelative(Match m, string s, DateOnly today, DateDirection dir)
    {
        var nText = m.Groups["n"].Value;
        int n;
        if (nText[0] is >= '0' and <= '9') n = int.Parse(nText, System.Globalization.CultureInfo.InvariantCulture);
        else if (!NumberWords.TryGetValue(nText, out n)) return null;

        // "2 weken" alone is a duration, not a date: only with "over/in/binnen" in front or "from now" behind.
        var hasLead = s.StartsWith("over ", StringComparison.Ordinal) || s.StartsWith("in ", StringComparison.Ordinal)
            || s.StartsWith("binnen ", StringComparison.Ordinal) || s.StartsWith("within ", StringComparison.Ordinal);
        var tail = m.Groups["t"].Value.Trim();
        var hasFromNow = tail.Contains("from", StringComparison.Ordinal) || tail.Contains("vanaf", StringComparison.Ordinal) || tail.StartsWith("na", StringComparison.Ordinal);
        if (!hasLead && !hasFromNow) return null;

        var unit = m.Groups["u"].Value;
        DateOnly date;
        if (unit.StartsWith("werkdag", StringComparison.Ordinal) || unit.StartsWith("working", StringComparison.Ordinal) || unit.StartsWith("business", StringComparison.Ordinal))
        {
            if (n > 1000) return Invalid(s);
            date = AddWorkingDays(today, n);
        }
        else if (unit.StartsWith("dag", StringComparison.Ordinal) || unit.StartsWith("day", StringComparison.Ordinal))
        {
            if (n > 3660) return Invalid(s);
            date = today.AddDays(n);
        }
        else if (unit.StartsWith("we", StringComparison.Ordinal))
        {
            if (n > 520) return Invalid(s);
            date = today.AddDays(7 * n);
        }
        else if (unit.StartsWith("maand", StringComparison.Ordinal) || unit.StartsWith("month", StringComparison.Ordinal))
        {
            if (n > 120) return Invalid(s);
            date = today.AddMonths(n);
        }
        else
        {
            if (n > 10) return Invalid(s);
            date = today.AddYears(n);
        }
        return Valid(date, today, dir);
    }

    private static DateOnly AddWorkingDays(DateOnly day, int n)
    {
        while (n > 0)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) n--;
        }
        return day;
    }

    private enum WeekdayMode { Upcoming, NextWeek, ThisWeek, PreviousWeek, MostRecent }

    private static DateMatch MatchWeekday(Match m, DateOnly today, DateDirection dir, string s)
    {
        var wdText = m.Groups["wd"].Value;
        var wd = WeekdayIndex[wdText];
        var m1 = Squash(m.Groups["m"].Value);
        var m2 = Squash(m.Groups["m2"].Value);
        if (m1.Length > 0 && m2.Length > 0) return Invalid(s);
        var mod = m1.Length > 0 ? m1 : m2;
        var mode = mod switch
        {
            "" or "komende" or "aanstaande" or "this" or "coming" or "a.s" or "as" => WeekdayMode.Upcoming,
            "volgende" or "next" or "volgende week" or "next week" or "van volgende week" or "of next week" or "komende week" => WeekdayMode.NextWeek,
            "deze week" or "this week" or "van deze week" or "of this week" => WeekdayMode.ThisWeek,
            "vorige week" or "last week" => WeekdayMode.PreviousWeek,
            _ => WeekdayMode.MostRecent, // afgelopen, vorige, last
        };
        var monday = MondayOf(today);
        var todayIndex = DayIndex(today);
        var date = mode switch
        {
            WeekdayMode.Upcoming when dir == DateDirection.Future => today.AddDays((wd - todayIndex + 7) % 7 is 0 ? 7 : (wd - todayIndex + 7) % 7),
            WeekdayMode.Upcoming => today.AddDays(-((todayIndex - wd + 7) % 7)),
            WeekdayMode.NextWeek => monday.AddDays(7 + wd),
            WeekdayMode.ThisWeek => monday.AddDays(wd),
            WeekdayMode.PreviousWeek => monday.AddDays(wd - 7),
            _ => today.AddDays(-((todayIndex - wd + 7) % 7 is 0 ? 7 : (todayIndex - wd + 7) % 7)),
        };
        var weak = mod.Length == 0 && ShortWeekdays.Contains(wdText);
        return Valid(date, today, dir) with { NeedsConnector = weak };
    }

    private static string Squash(string s) => TextFold.CollapseSpaces(s);

    private static DateMatch FromParts(Match m, DateOnly today, DateDirection dir, bool numeric) =>
        FromValues(m.Value, m.Groups["d"].Value, m.Groups["mo"].Value, m, today, dir, numeric);

    private static DateMatch FromValues(string s, string dayText, string moText, Match m, DateOnly today, DateDirection dir, bool numeric)
    {
        var day = int.Parse(dayText, System.Globalization.CultureInfo.InvariantCulture);
        var month = moText[0] is >= '0' and <= '9' ? int.Parse(moText, System.Globalization.CultureInfo.InvariantCulture) : MonthIndex[moText];
        int? year = null;
        if (m.Groups["y"].Success)
        {
            var y = m.Groups["y"].Value.TrimStart('\'');
            year = int.Parse(y, System.Globalization.CultureInfo.InvariantCulture);
            if (y.Length == 2) year += 2000;
        }
        int? weekday = m.Groups["wd"].Success ? WeekdayIndex[m.Groups["wd"].Value] : null;
        var weak = numeric && year is null;

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2024, month)) return Invalid(s, numeric);
        if (year is { } yy && (yy < 1900 || yy > 2199)) return Invalid(s, numeric);

        DateOnly date;
        if (year is { } explicitYear)
        {
            if (day > DateTime.DaysInMonth(explicitYear, month)) return Invalid(s, numeric);
            date = new DateOnly(explicitYear, month, day);
        }
        else if (NearestYearless(day, month, today, dir) is { } found)
        {
            date = found;
        }
        else
        {
            return Invalid(s, numeric);
        }

        if (weekday is { } w && DayIndex(date) != w) return Invalid(s, numeric);
        return Valid(date, today, dir) with { NeedsConnector = weak };
    }

    /// <summary>The first day/month on or after today (Future) or on or before today (Past), within eight years (29 February).</summary>
    private static DateOnly? NearestYearless(int day, int month, DateOnly today, DateDirection dir)
    {
        for (var i = 0; i <= 8; i++)
        {
            var year = dir == DateDirection.Future ? today.Year + i : today.Year - i;
            if (year is < 1 or > 9999 || day > DateTime.DaysInMonth(year, month)) continue;
            var date = new DateOnly(year, month, day);
            if (dir == DateDirection.Future ? date >= today : date <= today) return date;
        }
        return null;
    }

    private static DateMatch Valid(DateOnly date, DateOnly today, DateDirection dir)
    {
        var result = dir == DateDirection.Future
            ? (date < today ? DateParseResult.InPast(date) : DateParseResult.Ok(date))
            : (date > today ? DateParseResult.InFuture(date) : DateParseResult.Ok(date));
        return new DateMatch(DateShape.Valid, result, false);
    }

    private static DateMatch Invalid(string text, bool numeric = false) =>
        new(DateShape.Invalid, DateParseResult.Unreadable(text), numeric);

    internal static DateOnly MondayOf(DateOnly d) => d.AddDays(-DayIndex(d));

    /// <summary>Monday = 0 … Sunday = 6 (ISO).</summary>
    internal static int DayIndex(DateOnly d) => ((int)d.DayOfWeek + 6) % 7;

    internal static bool IsWeekdayWord(string folded) => WeekdayIndex.ContainsKey(folded);

    internal static bool IsMonthWord(string folded) => MonthIndex.ContainsKey(folded);
}
