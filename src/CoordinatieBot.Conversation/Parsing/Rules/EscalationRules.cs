using static CoordinatieBot.Conversation.Parsing.Patterns;

namespace CoordinatieBot.Conversation.Parsing;

// ---- escalation: the commands ---------------------------------------------------------------------------------------

/// <summary>"escaleer taak 3", "escalate 3".</summary>
public sealed record EscalateTaskCommand(int Number) : Command;

/// <summary>"knelpunt: school reageert niet", "bottleneck: …", "escaleer: …". Text may be empty (the app asks what it is).</summary>
public sealed record KnelpuntCommand(string Text) : Command;

/// <summary>"geen overeenstemming: …", "we komen er niet uit: …", "no agreement: …". Text may be empty.</summary>
public sealed record ImpasseCommand(string Text) : Command;

/// <summary>"zorg over veiligheid: …", "safety concern: …". Goes to the regisseur at once; the app points to the meldcode.</summary>
public sealed record SafetyConcernCommand(string Text) : Command;

/// <summary>"procesmanager is @Karin": sets the team's procesmanager (authorised people only).</summary>
public sealed record SetProcesmanagerCommand(PersonRef To) : Command;

/// <summary>"wie is procesmanager?"</summary>
public sealed record WhoIsProcesmanagerCommand : Command;

/// <summary>The rules for escalation: a task escalated, a safety concern, a knelpunt, an impasse, and the procesmanager they go to.</summary>
internal static class EscalationRules
{
    public static readonly Rule[] EscalateTask =
    [
        Rule.Dutch(@"^(escaleer|escaleren|escalatie)\s+(van\s+|voor\s+)?" + TaskNumber + "$", match => new EscalateTaskCommand(match.Number)),
        Rule.Dutch("^" + TaskNumber + @"\s+(escaleren|escaleer)$", match => new EscalateTaskCommand(match.Number)),
        Rule.English(@"^(escalate|escalation)\s+(of\s+|for\s+)?" + TaskNumber + "$", match => new EscalateTaskCommand(match.Number)),
        Rule.English("^" + TaskNumber + @"\s+(escalate|escalated)$", match => new EscalateTaskCommand(match.Number)),
    ];

    public static readonly Rule[] Safety =
    [
        Rule.Dutch(@"^(zorg|zorgen|zorgpunt|zorgpunten|signaal|melding|ik\s+maak\s+me\s+zorgen|ik\s+heb\s+zorgen|ik\s+heb\s+een\s+zorg|bezorgd)\s+(over|om|rond|rondom|omtrent|ivm|i\.v\.m\.?|m\.b\.t\.?|betreffende)\s+" +
            @"(de\s+)?(veiligheid|kindveiligheid|onveiligheid|huiselijk\s+geweld|geweld|kindermishandeling|mishandeling)" + KeywordEnd + Tail("details") + "$", SafetyConcern),
        Rule.Dutch(@"^(veiligheidszorg|veiligheidszorgen|zorg\s+veiligheid|zorgen\s+veiligheid|zorg\s+kindveiligheid|onveilige\s+situatie|acuut\s+onveilig|onveilig)" + KeywordEnd + Tail("details") + "$", SafetyConcern),
        Rule.English(@"^(safety\s+(concern|concerns|worry|worries|issue|signal|alert)|(child\s+)?safety\s+concern|(a\s+)?concern\s+(about|regarding|over)\s+(the\s+)?(child'?s?\s+)?safety|" +
            @"((i'?m|i\s+am|we\s+are|we'?re)\s+)?worried\s+about\s+(the\s+)?(child'?s?\s+)?safety|domestic\s+violence|unsafe\s+situation|unsafe)" + KeywordEnd + Tail("details") + "$", SafetyConcern),
    ];

    /// <summary>The concern is what follows the keyword after punctuation ("onveilig: …"), else the whole message.</summary>
    private static Command SafetyConcern(RuleMatch match)
    {
        var (original, folded) = match.Slice("details");
        var trimmed = folded.TrimStart();
        if (trimmed.Length > 0 && trimmed[0] is ':' or ',' or ';' or '-')
        {
            var afterPunctuation = match.Clean(original.TrimStart()[1..]);
            if (afterPunctuation.Length > 0) return new SafetyConcernCommand(afterPunctuation);
        }
        return new SafetyConcernCommand(match.Clean(match.Original));
    }

    public static readonly Rule[] KnelpuntAndImpasse =
    [
        Rule.Dutch(@"^(knelpunt\s+melden|knelpunten|knelpunt|escaleer|escaleren|escalatie|blokkade|probleem\s+melden)" + KeywordEnd + @"\s*[:,-]?\s*(?<text>.*)$", match => new KnelpuntCommand(match.Text("text"))),
        Rule.English(@"^(bottleneck|blocker|blocked|escalate|escalation|raise\s+(a\s+)?(bottleneck|blocker))" + KeywordEnd + @"\s*[:,-]?\s*(?<text>.*)$", match => new KnelpuntCommand(match.Text("text"))),
        Rule.Dutch(@"^(geen\s+overeenstemming|geen\s+akkoord|we\s+komen\s+er\s+niet\s+uit|we\s+komen\s+niet\s+tot\s+overeenstemming|we\s+worden\s+het\s+niet\s+eens|meningsverschil|patstelling)" + KeywordEnd + @"\s*[:,-]?\s*(?<text>.*)$",
            match => new ImpasseCommand(match.Text("text"))),
        Rule.AnyLanguage(@"^impasse" + KeywordEnd + @"\s*[:,-]?\s*(?<text>.*)$", match => new ImpasseCommand(match.Text("text"))),
        Rule.English(@"^(no\s+agreement|we\s+can'?t\s+agree|we\s+cannot\s+agree|we\s+disagree|disagreement|deadlock|stalemate|we'?re\s+stuck|we\s+are\s+stuck)" + KeywordEnd + @"\s*[:,-]?\s*(?<text>.*)$",
            match => new ImpasseCommand(match.Text("text"))),
    ];

    public static readonly Rule[] Procesmanager =
    [
        Rule.Dutch(@"^wie\s+is\s+(de\s+|onze\s+)?procesmanager$", _ => new WhoIsProcesmanagerCommand()),
        Rule.English(@"^who\s+is\s+(the\s+|our\s+)?procesmanager$", _ => new WhoIsProcesmanagerCommand()),
        Rule.Dutch(@"^(de\s+)?procesmanager\s*(is|wordt|=|:)\s*" + Person + "$", SetProcesmanager),
        Rule.English(@"^(set\s+)?(the\s+)?procesmanager\s*(is|to|=|:)\s*" + Person + "$", SetProcesmanager),
    ];

    private static Command? SetProcesmanager(RuleMatch match) =>
        match.Person("person") is { } procesmanager ? new SetProcesmanagerCommand(procesmanager) : null;
}
