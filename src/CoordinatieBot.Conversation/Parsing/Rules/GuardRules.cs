using System.Text.RegularExpressions;
using static CoordinatieBot.Conversation.Parsing.Patterns;

namespace CoordinatieBot.Conversation.Parsing;

// ---- who guards which level, and absence: the commands ---------------------------------------------------------------

/// <summary>"coördinator is @Olga": sets the team's coördinator risicogezinnen (who may: like the procesmanager).</summary>
public sealed record SetCoordinatorCommand(PersonRef To) : Command;

/// <summary>"wie is coördinator?"</summary>
public sealed record WhoIsCoordinatorCommand : Command;

/// <summary>
/// "ik ben afwezig tot 1 april, vervanger @Sanne", "I'm away until 1 April, cover @Sanne". <see cref="Until"/> is the
/// date as read (may be in the past or unreadable: the app asks); <see cref="Inclusive"/> for "t/m" (back the day after).
/// <see cref="Cover"/> null: no vervanger named.
/// </summary>
public sealed record RecordAbsenceCommand(DateParseResult Until, bool Inclusive, PersonRef? Cover) : Command;

/// <summary>"ik ben terug", "I'm back": the absence ends now.</summary>
public sealed record EndAbsenceCommand : Command;

/// <summary>The rules for the coördinator risicogezinnen and for absence with a vervanger.</summary>
internal static class GuardRules
{
    private const string CoordinatorWord = @"(coordinator|coordinatrice)(\s+(risicogezinnen|risico\s*gezinnen|for\s+risk\s+families))?";

    public static readonly Rule[] Coordinator =
    [
        Rule.Dutch(@"^wie\s+is\s+(de\s+|onze\s+)?" + CoordinatorWord + "$", _ => new WhoIsCoordinatorCommand()),
        Rule.English(@"^who\s+is\s+(the\s+|our\s+)?" + CoordinatorWord + "$", _ => new WhoIsCoordinatorCommand()),
        Rule.Dutch(@"^(de\s+)?" + CoordinatorWord + @"\s*(is|wordt|=|:)\s*" + Person + "$", SetCoordinator),
        Rule.English(@"^(set\s+)?(the\s+)?" + CoordinatorWord + @"\s*(is|to|=|:)\s*" + Person + "$", SetCoordinator),
    ];

    private static Command? SetCoordinator(RuleMatch match) =>
        match.Person("person") is { } coordinator ? new SetCoordinatorCommand(coordinator) : null;

    private const string Until = @"(?<until>tot\s+en\s+met|t/m|tm|tot|until|till|til|through|thru|up\s+to\s+and\s+including)";

    private const string AwayDutch =
        @"(afwezig|weg|er\s+niet|niet\s+aanwezig|niet\s+bereikbaar|met\s+verlof|op\s+verlof|met\s+vakantie|op\s+vakantie|ziek|uit\s+de\s+roulatie)";

    private const string AwayEnglish =
        @"(away|absent|off|on\s+leave|on\s+holiday|on\s+vacation|out\s+of\s+(the\s+)?office|ooo|out|unavailable|off\s+sick)";

    public static readonly Rule[] Absence =
    [
        Rule.Dutch(@"^((ik\s+ben|ben\s+ik|ik\s+ga|ik)\s+)?(vanaf\s+\S+\s+)?" + AwayDutch + @"\s+" + Until + @"\s+(?<rest>.+)$", RecordAbsence),
        Rule.Dutch(@"^(ik\s+ben\s+|ben\s+)?" + Until + @"\s+(?<rest>.+?)\s+" + AwayDutch + @"(?<after>[\s,;:.-].*)?$", RecordAbsence),
        Rule.Dutch(@"^(afwezigheid|verlof|vakantie)\s*[:,-]?\s*" + Until + @"\s+(?<rest>.+)$", RecordAbsence),
        Rule.English(@"^((i'?m|i\s+am|i\s+will\s+be|i'?ll\s+be|im)\s+)?" + AwayEnglish + @"\s+" + Until + @"\s+(?<rest>.+)$", RecordAbsence),
        Rule.English(@"^(absence|leave|holiday|out\s+of\s+office)\s*[:,-]?\s*" + Until + @"\s+(?<rest>.+)$", RecordAbsence),

        Rule.Dutch(@"^((ik\s+ben|ben)\s+)?(er\s+)?(weer\s+)?(terug|weer\s+aanwezig|weer\s+aan\s+het\s+werk|weer\s+op\s+het\s+werk)(\s+(van|uit)\s+(mijn\s+)?(verlof|vakantie|ziekte))?(\s+hoor)?$",
            _ => new EndAbsenceCommand()),
        Rule.Dutch(@"^(einde\s+(van\s+)?(mijn\s+)?afwezigheid|afwezigheid\s+(beeindigen|stoppen|voorbij|uit|klaar)|verlof\s+voorbij|vakantie\s+voorbij)$", _ => new EndAbsenceCommand()),
        Rule.English(@"^((i'?m|i\s+am|im)\s+)?back(\s+(from\s+(my\s+)?(leave|holiday|vacation|sick\s+leave)|at\s+work|in\s+the\s+office|again))?$", _ => new EndAbsenceCommand()),
        Rule.English(@"^(end\s+(of\s+)?(my\s+)?absence|(my\s+)?absence\s+(is\s+)?over|no\s+longer\s+away)$", _ => new EndAbsenceCommand()),
    ];

    // After the date: who stands in, said before or after the person, or that nobody does.
    private static readonly Regex CoverBefore = TextFold.Compile(
        @"^[\s,;:.-]*(en\s+|and\s+)?(met\s+)?(mijn\s+|my\s+)?(vervanger|vervangster|vervanging|waarnemer|waarneming|vervangen\s+door|waargenomen\s+door|cover|covered\s+by|covering|backup|back-up|stand-in|standin)" +
        @"\s*(is\s+)?[:=]?\s*" + Person + @"\s*[.!]?$");

    private static readonly Regex CoverAfter = TextFold.Compile(
        @"^[\s,;:.-]*(en\s+|and\s+)?(met\s+)?" + Person +
        @"\s+(vervangt|neemt\s+(het\s+)?waar|neemt\s+het\s+over|is\s+(mijn\s+)?(vervanger|vervanging|waarnemer)|als\s+(vervanger|vervanging|waarnemer)|covers|is\s+covering|will\s+cover|is\s+(my\s+)?cover|as\s+(my\s+)?cover|takes\s+over|is\s+my\s+backup)" +
        @"(\s+(mij|me|for\s+me|mijn\s+taken|my\s+tasks))?(\s+waar)?\s*[.!]?$");

    private static readonly Regex NoCover = TextFold.Compile(
        @"^[\s,;:.-]*((zonder|geen)\s+(vervanger|vervanging|waarneming|waarnemer)|(no|without)\s+(cover|backup|stand-in))?\s*[.!]?$");

    private static Command? RecordAbsence(RuleMatch match)
    {
        var inclusive = match.Folded("until") is "tot en met" or "t/m" or "tm" or "through" or "thru" || match.Folded("until").StartsWith("up to and", StringComparison.Ordinal);
        var (original, folded) = match.Slice("rest");
        DateParseResult? date;
        string coverOriginal, coverFolded;
        if (match.Has("after"))
        {
            // "tot 1 april afwezig, vervanger @Sanne": the whole of rest is the date.
            var d = match.DateAtStart(folded, DateDirection.Future);
            if (d is not { } whole || whole.End < folded.TrimEnd().Length) return null;
            date = whole.Result with { Text = original.Trim() };
            (coverOriginal, coverFolded) = match.Slice("after");
        }
        else
        {
            if (match.DateAtStart(folded, DateDirection.Future) is not { } prefix) return null;
            date = prefix.Result with { Text = original[..prefix.End].Trim() };
            (coverOriginal, coverFolded) = (original[prefix.End..], folded[prefix.End..]);
        }
        if (NoCover.IsMatch(coverFolded)) return new RecordAbsenceCommand(date, inclusive, null);
        var cover = CoverBefore.Match(coverFolded) is { Success: true } before ? before : CoverAfter.Match(coverFolded);
        if (!cover.Success) return null;
        var group = cover.Groups["person"];
        var person = match.Person(coverOriginal.Substring(group.Index, group.Length), group.Value);
        return person is null ? null : new RecordAbsenceCommand(date, inclusive, person);
    }
}
