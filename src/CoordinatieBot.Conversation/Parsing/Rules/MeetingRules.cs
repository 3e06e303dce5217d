using System.Text.RegularExpressions;
using static CoordinatieBot.Conversation.Parsing.Patterns;

namespace CoordinatieBot.Conversation.Parsing;

// ---- the casusoverleg: the commands ----------------------------------------------------------------------------------

/// <summary>
/// "casusoverleg op 14 januari om 10:00 met @Ahmed en @Sanne, gezin is erbij", "mdo dinsdag 14:00", "case conference on 14 January at 10".
/// Any part may be missing: the app asks for a missing date or time. No one named: every active member is invited;
/// <see cref="FamilyJoins"/> null: not said.
/// </summary>
public sealed record PlanMeetingCommand(DateParseResult? Date, TimeOnly? Time, IReadOnlyList<PersonRef> Invited, bool? FamilyJoins) : Command
{
    /// <summary>Nothing but the word: the app tells the next casusoverleg, or how to plan one.</summary>
    public bool IsBare => Date is null && Time is null && Invited.Count == 0 && FamilyJoins is null;
}

/// <summary>"casusoverleg verzetten naar 20 januari", "move the case conference to Friday at 14:00": a missing part stays as it was.</summary>
public sealed record MoveMeetingCommand(DateParseResult? Date, TimeOnly? Time) : Command;

/// <summary>"casusoverleg gaat niet door", "cancel the case conference".</summary>
public sealed record CancelMeetingCommand : Command;

/// <summary>
/// "besluit: @Ahmed regelt de aanvraag voor vrijdag", "besluit: gezin start met schuldhulp", "decision: @Ahmed calls the school".
/// With an owner and something to do, <see cref="Task"/> is the task it becomes (made as "taak: …" would make it).
/// </summary>
public sealed record RecordDecisionCommand(string Text, AddTaskCommand? Task) : Command;

/// <summary>The rules for the casusoverleg: planning, moving, cancelling, and its decisions.</summary>
internal static class MeetingRules
{
    private const string DutchMeeting = @"(casusoverleg|casus\s+overleg|case\s*overleg|mdo\+{0,2}|multidisciplinair\s+overleg|gezinsoverleg|groot\s+overleg|netwerkoverleg|regieoverleg)";
    private const string EnglishMeeting = @"(case\s+conference|case\s+meeting|multidisciplinary\s+meeting|network\s+meeting|family\s+meeting|meeting)";
    private const string Article = @"((het|de|een|ons|onze|the|a|our)\s+)?";

    public static readonly Rule[] Cancel =
    [
        Rule.Dutch("^" + Article + DutchMeeting + @"(\s+van\s+\S+(\s+\S+){0,3}?)?\s+(gaat\s+niet\s+door|is\s+afgelast|afgelast|is\s+afgezegd|afgezegd|afzeggen|annuleren|is\s+geannuleerd|geannuleerd|vervalt|schrappen|gaat\s+niet\s+meer\s+door)$", _ => new CancelMeetingCommand()),
        Rule.Dutch(@"^(annuleer|schrap|zeg|afzeggen|annuleren)\s+" + Article + DutchMeeting + @"(\s+af)?$", _ => new CancelMeetingCommand()),
        Rule.English(@"^(cancel|call\s+off)\s+" + Article + EnglishMeeting + "$", _ => new CancelMeetingCommand()),
        Rule.English("^" + Article + EnglishMeeting + @"\s+(is\s+)?(cancelled|canceled|called\s+off|off|not\s+happening)$", _ => new CancelMeetingCommand()),
    ];

    public static readonly Rule[] Move =
    [
        Rule.Dutch("^" + Article + DutchMeeting + @"\s+(verzetten|verzet|verplaatsen|verplaatst|verschuiven|verschuift|schuift\s+op|gaat)\s+(naar|tot)\s+(?<rest>.+)$", MoveMeeting),
        Rule.Dutch(@"^(verzet|verplaats|verschuif)\s+" + Article + DutchMeeting + @"\s+(naar\s+)?(?<rest>.+)$", MoveMeeting),
        Rule.English(@"^(move|reschedule|postpone|shift)\s+" + Article + EnglishMeeting + @"\s+(to\s+)?(?<rest>.+)$", MoveMeeting),
        Rule.English("^" + Article + EnglishMeeting + @"\s+(is\s+)?(moved|rescheduled|postponed)\s+(to\s+)?(?<rest>.+)$", MoveMeeting),
    ];

    public static readonly Rule[] Decision =
    [
        Rule.Dutch(@"^(besluit|besluiten|genomen\s+besluit|afspraak|afgesproken|we\s+besluiten|we\s+spreken\s+af|besloten)\s*[:-]\s*(?<text>.+)$", RecordDecision),
        Rule.English(@"^(decision|decisions|decided|we\s+decided|we\s+agreed|agreed)\s*[:-]\s*(?<text>.+)$", RecordDecision),
    ];

    public static readonly Rule[] Plan =
    [
        // a question about it: the next one is told (or how to plan one)
        Rule.Dutch(@"^(wanneer\s+is\s+|wanneer\s+hebben\s+we\s+|is\s+er\s+al\s+)" + Article + "(volgende\\s+)?" + DutchMeeting + @"(\s+gepland)?$", _ => new PlanMeetingCommand(null, null, [], null)),
        Rule.English(@"^(when\s+is\s+|when'?s\s+|is\s+there\s+)" + Article + "(next\\s+)?" + EnglishMeeting + @"(\s+planned|\s+scheduled)?$", _ => new PlanMeetingCommand(null, null, [], null)),
        Rule.Dutch(@"^((we|wij|ik)\s+)?((plan|plannen|inplannen|organiseer|organiseren|beleg|beleggen|houden|hebben|nieuw|nieuwe|volgend|volgende)\s+" + Article + ")?" + DutchMeeting +
            @"(\s+(plannen|inplannen|gepland|beleggen))?(?<rest>([\s:,;.-].*)?)$", PlanMeeting),
        Rule.English(@"^((can|could|shall)\s+we\s+|let'?s\s+|we\s+(will\s+|'?ll\s+)?|i\s+(will\s+)?|please\s+)?((plan|schedule|book|set\s+up|organise|organize|arrange|hold|have|new|next)\s+" + Article + ")?" + EnglishMeeting +
            @"(\s+(planned|scheduled))?(?<rest>([\s:,;.-].*)?)$", PlanMeeting),
    ];

    // ---- reading the parts: a time, a date, the people, whether the family joins ------------------------------------

    private const string Hour = @"(?<h>[01]?[0-9]|2[0-3])";
    private const string Minutes = @"(?<m>[0-5][0-9])";
    private const string Months = @"(jan|feb|maa|mrt|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)";

    /// <summary>Times of day, most explicit first: "10:00", "14.30 uur", "10u30", "10 uur", "2 pm", "om half 11", "om 10".</summary>
    private static readonly Regex[] Times =
    [
        TextFold.Compile(@"(?<![0-9/-])((om|at|vanaf|from|rond|around)\s+)?" + Hour + "[:.]" + Minutes + @"(\s*(uur|u|h))?(\s*(?<ap>am|pm))?(?![0-9/-])"),
        TextFold.Compile(@"(?<![0-9/-])((om|at|vanaf|from|rond|around)\s+)?" + Hour + "u" + Minutes + "(?![0-9])"),
        TextFold.Compile(@"(?<![0-9/-])((om|at|vanaf|from|rond|around)\s+)?" + Hour + @"\s*(uur|u|h)(?![\p{L}0-9])"),
        TextFold.Compile(@"(?<![0-9/-])((om|at|vanaf|from|rond|around)\s+)?(?<h>1[0-2]|0?[1-9])\s*(?<ap>am|pm)(?![\p{L}0-9])"),
        TextFold.Compile(@"(?<![\p{L}])((om|at|vanaf|rond)\s+)?half\s+(?<half>1[0-2]|[1-9])(?![0-9])(\s*uur)?"),
        TextFold.Compile(@"(?<![\p{L}])(om|at)\s+" + Hour + @"(?![0-9]|\s*[-/.:][0-9]|\s+" + Months + ")"),
    ];

    private static readonly Regex MentionToken = TextFold.Compile(Mention);

    private static readonly Regex FamilyNot = TextFold.Compile(
        @"(zonder\s+(het\s+)?gezin|gezin\s+(is\s+|komt\s+|zit\s+)?(er\s+)?niet\s+(bij|aanwezig|mee)|gezin\s+komt\s+niet|niet\s+met\s+(het\s+)?gezin|" +
        @"without\s+(the\s+)?family|family\s+(is\s+|will\s+)?not\s+(be\s+)?(attending|joining|present|there|coming|join|attend)|family\s+won'?t\s+(attend|join|be\s+there|come))");

    private static readonly Regex FamilyYes = TextFold.Compile(
        @"((samen\s+)?met\s+(het\s+)?gezin|gezin\s+(is\s+|komt\s+|zit\s+)?(er\s*bij|aanwezig|mee)|gezin\s+(komt|schuift\s+aan|is\s+uitgenodigd)|" +
        @"with\s+(the\s+)?family|family\s+(is\s+|will\s+)?(be\s+)?(attending|joining|present|there|coming|joins|attends|included|invited))");

    private static Command? PlanMeeting(RuleMatch match)
    {
        var parts = Read(match, "rest");
        // Words that read as none of the parts ("casusoverleg was nuttig vandaag") are not a plan unless a time says it is one
        // ("casusoverleg over de schulden op 14 januari om 10:00"): other rules, or the bot asks.
        if (parts.Command.Time is null && parts.Leftover.Length > 0) return null;
        return parts.Command;
    }

    private static Command? MoveMeeting(RuleMatch match)
    {
        var parts = Read(match, "rest");
        if (parts.Command.Date is null && parts.Command.Time is null) return null;
        return new MoveMeetingCommand(parts.Command.Date, parts.Command.Time);
    }

    private static Command RecordDecision(RuleMatch match)
    {
        var (original, folded) = match.Slice("text");
        var text = match.Clean(original);
        return new RecordDecisionCommand(text, TaskRules.DecisionTask(match, original, folded));
    }

    private static (PlanMeetingCommand Command, string Leftover) Read(RuleMatch match, string group)
    {
        var (original, folded) = match.Slice(group);
        var language = LanguageGuesser.Guess(match.WholeFolded);

        TimeOnly? time = null;
        foreach (var pattern in Times)
        {
            var t = pattern.Match(folded);
            if (!t.Success || ReadTime(t) is not { } read) continue;
            time = read;
            (original, folded) = (Cut(original, t.Index, t.Length), Cut(folded, t.Index, t.Length));
            break;
        }

        bool? family = null;
        foreach (var (pattern, joins) in new[] { (FamilyNot, false), (FamilyYes, true) })
        {
            var f = pattern.Match(folded);
            if (!f.Success) continue;
            family = joins;
            (original, folded) = (Cut(original, f.Index, f.Length), Cut(folded, f.Index, f.Length));
            break;
        }

        var invited = new List<PersonRef>();
        foreach (Match m in MentionToken.Matches(folded))
            if (match.Person(original.Substring(m.Index, m.Length), m.Value) is { } person) invited.Add(person);
        foreach (var m in MentionToken.Matches(folded).Reverse())
            (original, folded) = (Cut(original, m.Index, m.Length), Cut(folded, m.Index, m.Length));

        // "14-1" alone is only a date after a connector: read it as "op 14-1".
        var date = DateExtractor.Extract(original, match.Today, language: language, holidays: match.Holidays)
                   ?? DateExtractor.Extract("op " + original, match.Today, language: language, holidays: match.Holidays);
        var leftover = date is null ? folded : TextFold.Fold(date.Remainder);
        leftover = Regex.Replace(leftover, @"\b(met|en|and|with|op|on|om|at|voor|for|het|de|the|een|a|uitgenodigd|invited)\b|[\s:,;.&+-]", "",
            RegexOptions.CultureInvariant, TextFold.RegexTimeout);
        return (new PlanMeetingCommand(date?.Result, time, invited, family), leftover);
    }

    private static string Cut(string s, int index, int length) => s[..index] + new string(' ', length) + s[(index + length)..];

    /// <summary>A meeting is in the day: "om 3" or "half 3" without am/pm is 15:00, "om 8" is 8:00.</summary>
    private static TimeOnly? ReadTime(Match t)
    {
        int hour, minute = 0;
        if (t.Groups["half"].Success)
        {
            hour = int.Parse(t.Groups["half"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1;
            minute = 30;
        }
        else
        {
            hour = int.Parse(t.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (t.Groups["m"].Success) minute = int.Parse(t.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        if (t.Groups["ap"].Success)
        {
            if (hour > 12) return null;
            hour = t.Groups["ap"].Value == "pm" ? (hour % 12) + 12 : hour % 12;
        }
        else if (hour is >= 0 and <= 6)
        {
            hour += 12;
        }
        return hour is >= 0 and <= 23 ? new TimeOnly(hour, minute) : null;
    }
}
