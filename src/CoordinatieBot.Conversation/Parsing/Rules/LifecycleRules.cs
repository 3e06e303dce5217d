using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Parsing.Patterns;

namespace CoordinatieBot.Conversation.Parsing;

// ---- a family's life and its time norms: the commands ---------------------------------------------------------------

/// <summary>
/// "verlengen met 3 maanden: gezin wil de schuldhulp afronden", "verlenging: …", "extend by 3 months: …". The reason is required
/// (null when missing: the app asks); <see cref="Months"/> is what was said (null when not), checked against the norm.
/// </summary>
public sealed record ExtendFamilyCommand(int? Months, string? Reason) : Command;

/// <summary>"doel 1 behaald: de huur is op orde", "doel 2 deels: …", "doel 3 niet behaald: …", "goal 1 achieved: …". Words may be empty (the app asks).</summary>
public sealed record GoalOutcomeCommand(int GoalNumber, GoalResult Result, string? Words) : Command;

/// <summary>"nazorg afsluiten", "nazorg is klaar", "end aftercare": the family is gesloten before nazorg ends by itself.</summary>
public sealed record EndAftercareCommand : Command;

/// <summary>The rules for a family's life: extending the support, the outcome per goal at closing, ending the nazorg.</summary>
internal static class LifecycleRules
{
    private const string DutchMonths = @"(\s+(met|voor|tot)\s+(?<months>[0-9]{1,2}|een|twee|drie|vier|zes)\s+(maand|maanden))";
    private const string EnglishMonths = @"(\s+(by|for|with)\s+(?<months>[0-9]{1,2}|one|two|three|four|six)\s+months?)";

    public static readonly Rule[] Lifecycle =
    [
        Rule.Dutch(@"^(het\s+)?(gezin\s+|casus\s+|de\s+hulp\s+|traject\s+)?(verlengen|verleng|verlenging|verlengd)" + DutchMonths + "?" + KeywordEnd + Tail("reason") + "$", Extend),
        Rule.Dutch(@"^(het\s+)?(gezin|casus|de\s+hulp|traject)\s+(met\s+)?(?<months>[0-9]{1,2}|een|twee|drie|vier|zes)\s+(maand|maanden)\s+(verlengen|verlengd)" + KeywordEnd + Tail("reason") + "$", Extend),
        Rule.Dutch(@"^(we|wij|ik)\s+(verlengen|verleng)\s+(het\s+|de\s+)?(gezin|casus|hulp|traject|ondersteuning|begeleiding)?" + DutchMonths + "?" + KeywordEnd + Tail("reason") + "$", Extend),
        Rule.English(@"^(extend|extension|extended)(\s+(the\s+)?(family|case|support))?" + EnglishMonths + "?" + KeywordEnd + Tail("reason") + "$", Extend),

        Rule.Dutch(@"^(uitkomst\s+)?doel\s*#?\s*(?<number>[0-9]{1,3})\s*(is\s+)?[:,-]?\s*(?<result>" +
                   @"niet\s+(behaald|bereikt|gehaald|gelukt)|deels(\s+(behaald|bereikt|gehaald|gelukt))?|gedeeltelijk(\s+(behaald|bereikt|gehaald|gelukt))?|half(\s+(behaald|bereikt|gehaald))?|" +
                   @"behaald|bereikt|gehaald|gelukt)" + KeywordEnd + Tail("words") + "$", Outcome),
        Rule.English(@"^(outcome\s+(of\s+)?)?goal\s*#?\s*(?<number>[0-9]{1,3})\s*(was\s+|is\s+|has\s+been\s+)?[:,-]?\s*(?<result>" +
                     @"not\s+(achieved|reached|met)|partly(\s+(achieved|reached|met))?|partially(\s+(achieved|reached|met))?|half(\s+(achieved|reached|met))?|" +
                     @"achieved|reached|met)" + KeywordEnd + Tail("words") + "$", Outcome),

        Rule.Dutch(@"^(de\s+)?nazorg\s+(afsluiten|afgesloten|beeindigen|beeindigd|stoppen|gestopt|afronden|afgerond|klaar|is\s+klaar|is\s+afgerond|voorbij|is\s+voorbij)$", _ => new EndAftercareCommand()),
        Rule.Dutch(@"^(sluit|beeindig|stop|rond)\s+(de\s+)?nazorg(\s+af)?$", _ => new EndAftercareCommand()),
        Rule.English(@"^(end|close|finish|stop)\s+(the\s+)?(aftercare|follow[\s-]?up\s+care)$", _ => new EndAftercareCommand()),
        Rule.English(@"^(the\s+)?(aftercare|follow[\s-]?up\s+care)\s+(is\s+)?(done|over|ended|finished|closed)$", _ => new EndAftercareCommand()),
    ];

    private static Command Extend(RuleMatch match) =>
        new ExtendFamilyCommand(match.Has("months") ? Months(match.Folded("months")) : null, match.Reason("reason"));

    private static int Months(string word) => word switch
    {
        "een" or "one" => 1,
        "twee" or "two" => 2,
        "drie" or "three" => 3,
        "vier" or "four" => 4,
        "zes" or "six" => 6,
        _ => int.Parse(word, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Command Outcome(RuleMatch match)
    {
        var result = match.Folded("result") switch
        {
            var r when r.StartsWith("niet", StringComparison.Ordinal) || r.StartsWith("not", StringComparison.Ordinal) => GoalResult.NotAchieved,
            var r when r.StartsWith("deels", StringComparison.Ordinal) || r.StartsWith("gedeeltelijk", StringComparison.Ordinal) || r.StartsWith("half", StringComparison.Ordinal)
                       || r.StartsWith("part", StringComparison.Ordinal) => GoalResult.Partly,
            _ => GoalResult.Achieved,
        };
        return new GoalOutcomeCommand(match.Number, result, match.Reason("words"));
    }
}
