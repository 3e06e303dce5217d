using System.Text.RegularExpressions;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Parsing.Patterns;

namespace CoordinatieBot.Conversation.Parsing;

// ---- the plan: the commands -----------------------------------------------------------------------------------------

/// <summary>"niveau MPG2", "zet niveau op risicogezin", "level OMPG".</summary>
public sealed record SetLevelCommand(FamilyLevel Level) : Command;

/// <summary>
/// "plan voor het gezin", "gezinsplan", "plan voor de familie printen", "family plan", "plan for the family": the family's
/// own version of the plan, in plain words, to print or share (the regisseur's).
/// </summary>
public sealed record FamilyPlanCommand : Command;

/// <summary>"plan", "laat het plan zien", "show plan".</summary>
public sealed record ShowPlanCommand : Command;

/// <summary>
/// "doel financiën: schulden in kaart", "doel wonen: huurachterstand opgelost, gezin zegt: 'we willen hier blijven'".
/// <see cref="LeefgebiedHint"/> is the raw word(s) before the colon (null when there were none);
/// match it with <see cref="LeefgebiedMatcher"/>.
/// </summary>
public sealed record AddGoalCommand(string? LeefgebiedHint, string Text, string? FamilyWords) : Command;

/// <summary>"eigen woorden bij doel 2: …", "family's words for goal 2: …".</summary>
public sealed record AddFamilyWordsCommand(int GoalNumber, string Words) : Command;

/// <summary>"kracht: …", "strength: …".</summary>
public sealed record AddStrengthCommand(string Text) : Command;

/// <summary>"zorg: …", "worry: …", "concern: …" (but not about safety: see <see cref="SafetyConcernCommand"/>).</summary>
public sealed record AddWorryCommand(string Text) : Command;

/// <summary>
/// "plan besproken met het gezin op 3 december", "plan deels besproken", "plan zonder gezin: kindveiligheid".
/// <see cref="On"/> is a day on or before today (read backwards: "3 december" is the most recent 3 December, "dinsdag" the most recent Tuesday);
/// null when no date was given. A given date that is unreadable or after today gives <see cref="InvalidDateCommand"/> instead.
/// </summary>
public sealed record PlanDiscussedCommand(AgreementKind Kind, DateOnly? On, string? Reason) : Command;

/// <summary>
/// The rules for the plan: the family's level, showing the plan, discussing it with the family, goals and the family's own words,
/// strengths and worries.
/// </summary>
internal static class PlanRules
{
    // ---- level ------------------------------------------------------------------------------------------------------

    private const string LevelName =
        @"(?<level>regulier|regular|normaal|normal|standaard|standard|risicogezin|risico\s*gezin|risico|at[\s-]+risk|risk(\s+family)?|" +
        @"(mpg|multiprobleemgezin)\s*-?\s*[123]|o\s*-?\s*mpg)";

    public static readonly Rule[] Level =
    [
        Rule.Dutch(@"^(zet\s+)?(het\s+)?(gezins)?niveau\s*(is\s*|op\s*|naar\s*)?:?\s*(naar\s+|op\s+)?" + LevelName + "$", SetLevel),
        Rule.Dutch(@"^(zet\s+)?(het\s+)?gezin\s+(op|naar)\s+(niveau\s+)?" + LevelName + "$", SetLevel),
        Rule.Dutch(@"^(afschalen|opschalen|schaal\s+af|schaal\s+op)\s+(naar|tot)\s+(niveau\s+)?" + LevelName + "$", SetLevel),
        Rule.English(@"^(set\s+)?(the\s+)?(family\s+)?level\s*(is\s*|to\s*)?:?\s*(to\s+)?" + LevelName + "$", SetLevel),
        Rule.English(@"^(scale|step)\s+(up|down)\s+to\s+(level\s+)?" + LevelName + "$", SetLevel),
    ];

    private static Command? SetLevel(RuleMatch match)
    {
        var level = new string(match.Folded("level").Where(char.IsLetterOrDigit).ToArray());
        FamilyLevel? parsed = level switch
        {
            "regulier" or "regular" or "normaal" or "normal" or "standaard" or "standard" => FamilyLevel.Regulier,
            "risicogezin" or "risico" or "atrisk" or "risk" or "riskfamily" => FamilyLevel.Risicogezin,
            "mpg1" or "multiprobleemgezin1" => FamilyLevel.Mpg1,
            "mpg2" or "multiprobleemgezin2" => FamilyLevel.Mpg2,
            "mpg3" or "multiprobleemgezin3" => FamilyLevel.Mpg3,
            "ompg" => FamilyLevel.Ompg,
            _ => null,
        };
        return parsed is { } known ? new SetLevelCommand(known) : null;
    }

    // ---- show -------------------------------------------------------------------------------------------------------

    private const string DutchShare = @"(print(en)?|printen|afdrukken|uitprinten|delen|sturen|maken|downloaden|als\s+pdf|pdf)";
    private const string EnglishShare = @"(print|share|send|make|download|as\s+(a\s+)?pdf|pdf)";

    /// <summary>Before <see cref="Show"/>: "gezinsplan" and "family plan" are the family's own version, not the team's plan card.</summary>
    public static readonly Rule[] ForFamily =
    [
        Rule.Dutch(@"^((laat|toon|open|geef|maak|print|deel)\s+)?((mij|me)\s+)?(het\s+)?(plan|overzicht)\s+voor\s+(het\s+gezin|de\s+familie|gezin|familie|de\s+ouders|ouders)(\s+" + DutchShare + @")?(\s+(zien|tonen|openen))?$", _ => new FamilyPlanCommand()),
        Rule.Dutch(@"^((laat|toon|open|geef|maak|print|deel)\s+)?((mij|me)\s+)?(het\s+)?(gezinsplan|familieplan)(\s+" + DutchShare + @")?(\s+(zien|tonen|openen))?$", _ => new FamilyPlanCommand()),
        Rule.Dutch(@"^(het\s+)?plan\s+" + DutchShare + @"\s+(voor|met)\s+(het\s+gezin|de\s+familie|gezin|familie|de\s+ouders|ouders)$", _ => new FamilyPlanCommand()),
        Rule.Dutch(@"^(het\s+)?plan\s+(met|aan)\s+(het\s+gezin|de\s+familie|gezin|familie)\s+(delen|geven|sturen)$", _ => new FamilyPlanCommand()),
        Rule.English(@"^((show|open|make|print|share|get)\s+)?(me\s+)?(the\s+|a\s+)?(family('?s)?\s+(own\s+)?plan|plan\s+for\s+the\s+family)(\s+" + EnglishShare + @")?$", _ => new FamilyPlanCommand()),
        Rule.English(@"^(print|share|send)\s+(the\s+)?plan\s+(for|with|to)\s+the\s+family$", _ => new FamilyPlanCommand()),
    ];

    public static readonly Rule[] Show =
    [
        Rule.AnyLanguage(@"^plan$", _ => new ShowPlanCommand()),
        Rule.Dutch(@"^((laat|toon|bekijk|open|geef)\s+)?((mij|me)\s+)?(het\s+|ons\s+)?plan(\s+van\s+aanpak)?(\s+(zien|tonen|laten\s+zien|bekijken))?$", _ => new ShowPlanCommand()),
        Rule.Dutch(@"^(waar\s+staan\s+we|hoe\s+staat\s+het\s+(plan|ervoor))$", _ => new ShowPlanCommand()),
        Rule.English(@"^((show|view|display|open|see|get)\s+)?(me\s+)?(the\s+|our\s+)?plan$", _ => new ShowPlanCommand()),
        Rule.English(@"^what('?s|\s+is)\s+the\s+plan$", _ => new ShowPlanCommand()),
    ];

    // ---- discussed with the family ----------------------------------------------------------------------------------

    public static readonly Rule[] Discussed =
    [
        Rule.Dutch(@"^(het\s+)?plan\s+(is\s+)?(besproken|doorgesproken|afgestemd|gedeeld|ondertekend|getekend)\s+met\s+(het\s+gezin|gezin|de\s+ouders|ouders|moeder|vader|de\s+familie)" + Tail("dateAndReason") + "$",
            PlanDiscussed(AgreementKind.WithFamily)),
        Rule.Dutch(@"^(het\s+)?plan\s+(is\s+)?met\s+(het\s+)?gezin\s+(besproken|doorgesproken|afgestemd)" + Tail("dateAndReason") + "$", PlanDiscussed(AgreementKind.WithFamily)),
        Rule.Dutch(@"^(het\s+)?gezin\s+(is\s+|gaat\s+)?(akkoord|heeft\s+ingestemd)(\s+met\s+(het\s+)?plan)?" + Tail("dateAndReason") + "$", PlanDiscussed(AgreementKind.WithFamily)),
        Rule.Dutch(@"^(het\s+)?plan\s+(is\s+)?(deels|gedeeltelijk|half|voor\s+een\s+deel)\s+(besproken|afgestemd|doorgesproken)(\s+met\s+(het\s+)?gezin)?" + Tail("dateAndReason") + "$",
            PlanDiscussed(AgreementKind.Partly)),
        Rule.Dutch(@"^(het\s+)?plan\s+(is\s+)?(opgesteld\s+|gemaakt\s+|vastgesteld\s+)?(zonder|buiten)\s+(het\s+gezin|gezin|de\s+ouders|ouders|de\s+familie)(\s+(om|opgesteld|gemaakt|vastgesteld|besproken))?" + Tail("dateAndReason") + "$",
            PlanDiscussed(AgreementKind.WithoutFamily)),
        Rule.Dutch(@"^(het\s+)?plan\s+(is\s+)?niet\s+(besproken|afgestemd)\s+met\s+(het\s+)?gezin" + Tail("dateAndReason") + "$", PlanDiscussed(AgreementKind.WithoutFamily)),
        Rule.English(@"^(the\s+)?plan\s+(was\s+|has\s+been\s+|is\s+)?(discussed|agreed|shared|reviewed|signed)\s+with\s+(the\s+family|family|the\s+parents|parents|the\s+mother|mother|the\s+father|father)" + Tail("dateAndReason") + "$",
            PlanDiscussed(AgreementKind.WithFamily)),
        Rule.English(@"^(the\s+)?family\s+(has\s+)?(agreed|agrees)(\s+(to|with)\s+the\s+plan)?" + Tail("dateAndReason") + "$", PlanDiscussed(AgreementKind.WithFamily)),
        Rule.English(@"^(the\s+)?plan\s+(was\s+|has\s+been\s+|is\s+)?(partly|partially|half)\s+(discussed|agreed|reviewed)(\s+with\s+(the\s+)?family)?" + Tail("dateAndReason") + "$",
            PlanDiscussed(AgreementKind.Partly)),
        Rule.English(@"^(the\s+)?plan\s+(was\s+|is\s+)?(made\s+|drawn\s+up\s+|agreed\s+)?without\s+(the\s+)?(family|parents)(\s+(agreement|consent|cooperation))?" + Tail("dateAndReason") + "$",
            PlanDiscussed(AgreementKind.WithoutFamily)),
        Rule.English(@"^(the\s+)?plan\s+(was\s+)?not\s+(discussed|agreed)\s+with\s+(the\s+)?family" + Tail("dateAndReason") + "$", PlanDiscussed(AgreementKind.WithoutFamily)),
    ];

    /// <summary>The plan discussed in this way; a date (read backwards from today) and a reason may follow.</summary>
    private static Func<RuleMatch, Command?> PlanDiscussed(AgreementKind kind) => match =>
    {
        var (original, folded) = match.Slice("dateAndReason");
        var (date, reason) = match.DateThenReason(original, folded, DateDirection.Past);
        if (date is null && reason is null)
            return new PlanDiscussedCommand(kind, null, null);
        if (date is { Outcome: not DateOutcome.Ok }) return new InvalidDateCommand(date);
        return new PlanDiscussedCommand(kind, date?.Date, reason);
    };

    // ---- goals and the family's own words ---------------------------------------------------------------------------

    public static readonly Rule[] FamilyWords =
    [
        Rule.Dutch(@"^(eigen\s+woorden(\s+(van\s+)?(het\s+)?gezin)?|in\s+eigen\s+woorden|woorden\s+(van\s+)?(het\s+)?gezin|(het\s+)?gezin\s+zegt|citaat(\s+gezin)?|uitspraak(\s+gezin)?)\s+(bij|voor|van|over|op)\s+doel\s*#?\s*(?<number>[0-9]{1,3})\s*[:,-]?\s*(?<words>.+)$", AddFamilyWords),
        Rule.Dutch(@"^doel\s*#?\s*(?<number>[0-9]{1,3})\s*[:,-]?\s*(eigen\s+woorden|in\s+eigen\s+woorden|(het\s+)?gezin\s+zegt)\s*[:,-]?\s*(?<words>.+)$", AddFamilyWords),
        Rule.English(@"^((the\s+)?family'?s\s+(own\s+)?words|own\s+words|in\s+their\s+own\s+words|(the\s+)?family\s+says|quote)\s+(for|on|of|about|to)\s+goal\s*#?\s*(?<number>[0-9]{1,3})\s*[:,-]?\s*(?<words>.+)$", AddFamilyWords),
        Rule.English(@"^goal\s*#?\s*(?<number>[0-9]{1,3})\s*[:,-]?\s*((the\s+)?family'?s?\s+(own\s+)?words|own\s+words|(the\s+)?family\s+says)\s*[:,-]?\s*(?<words>.+)$", AddFamilyWords),
    ];

    private static Command? AddFamilyWords(RuleMatch match)
    {
        var words = Unquote(match.Text("words"));
        return words.Length == 0 ? null : new AddFamilyWordsCommand(match.Number, words);
    }

    public static readonly Rule[] Goals =
    [
        Rule.Dutch(@"^(nieuw\s+|voeg\s+)?doel(\s+toevoegen|\s+toe)?(\s+(?<leefgebied>[^:]{1,40}?))?\s*:\s*(?<text>.+)$", AddGoal),
        Rule.English(@"^(new\s+|add\s+(a\s+)?)?goal(\s+(?<leefgebied>[^:]{1,40}?))?\s*:\s*(?<text>.+)$", AddGoal),
    ];

    private static readonly Regex FamilyWordsMarker = TextFold.Compile(
        @"([\s,;.(]+|^)(het\s+gezin\s+zegt|gezin\s+zegt|de\s+ouders\s+zeggen|ouders\s+zeggen|moeder\s+zegt|vader\s+zegt|in\s+eigen\s+woorden|eigen\s+woorden|" +
        @"the\s+family\s+says|family\s+says|in\s+their\s+own\s+words|in\s+their\s+words|(the\s+)?family'?s\s+(own\s+)?words|own\s+words)\s*:?\s*");

    /// <summary>"doel wonen: huurachterstand opgelost, gezin zegt: 'we willen hier blijven'": the leefgebied hint, the goal, the family's words.</summary>
    private static Command? AddGoal(RuleMatch match)
    {
        string? leefgebied = null;
        if (match.Has("leefgebied"))
        {
            leefgebied = match.Text("leefgebied");
            leefgebied = Regex.Replace(leefgebied, @"^(voor|bij|op|for|on|in|leefgebied|domein|domain|toevoegen)\s+", "", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TextFold.RegexTimeout).Trim();
            if (leefgebied.Length == 0) leefgebied = null;
            else if (leefgebied.All(char.IsDigit)) return null;
        }
        var (original, folded) = match.Slice("text");
        string? familyWords = null;
        if (FamilyWordsMarker.Match(folded) is { Success: true } marker)
        {
            familyWords = Unquote(match.Clean(original[(marker.Index + marker.Length)..]));
            original = original[..marker.Index];
            if (familyWords.Length == 0) familyWords = null;
        }
        var text = match.Clean(original);
        if (text.Length == 0) text = familyWords ?? "";
        return text.Length == 0 ? null : new AddGoalCommand(leefgebied, text, familyWords);
    }

    private static string Unquote(string s) => s.Trim().Trim('"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '(', ')', ' ');

    // ---- strengths and worries --------------------------------------------------------------------------------------

    public static readonly Rule[] StrengthsAndWorries =
    [
        Rule.Dutch(@"^(kracht|krachten|krachtbron|krachtbronnen|sterkte|sterktes|sterk\s+punt|sterke\s+punten|wat\s+goed\s+gaat|wat\s+gaat\s+goed)(\s+van\s+(het\s+)?gezin)?(\s+toevoegen)?\s*[:-]\s*(?<text>.+)$", AddStrength),
        Rule.English(@"^(add\s+(a\s+)?)?(family\s+)?(strength|strengths|what\s+goes\s+well|what\s+is\s+going\s+well)\s*[:-]\s*(?<text>.+)$", AddStrength),
        Rule.Dutch(@"^(zorg|zorgen|zorgpunt|zorgpunten|bezorgdheid|punt\s+van\s+zorg)(\s+toevoegen)?\s*[:-]\s*(?<text>.+)$", AddWorry),
        Rule.English(@"^(add\s+(a\s+)?)?(worry|worries|concern|concerns)\s*[:-]\s*(?<text>.+)$", AddWorry),
    ];

    private static Command? AddStrength(RuleMatch match) => match.OptionalText("text") is { } text ? new AddStrengthCommand(text) : null;

    private static Command? AddWorry(RuleMatch match) => match.OptionalText("text") is { } text ? new AddWorryCommand(text) : null;
}
