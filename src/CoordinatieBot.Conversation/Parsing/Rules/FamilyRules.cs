using static CoordinatieBot.Conversation.Parsing.Patterns;

namespace CoordinatieBot.Conversation.Parsing;

// ---- a family's life (start, close, erase): the commands ------------------------------------------------------------

/// <summary>"start gezin Vlinder", "new family Vlinder". The alias passed <see cref="AliasRules"/>.</summary>
public sealed record StartFamilyCommand(string Alias) : Command;

/// <summary>A start-family command whose alias is not acceptable (empty, too long, odd characters, a BSN or an e-mail).</summary>
public sealed record InvalidAliasCommand(string Alias, AliasProblem Problem) : Command;

/// <summary>"gezin afsluiten: doelen bereikt", "close family: goals reached".</summary>
public sealed record CloseFamilyCommand(string? Reason) : Command;

/// <summary>
/// "gezin wissen[: reden]" asks, "gezin wissen bevestigd[: reden]" erases ("erase family [confirmed]"). Regisseur only;
/// a family that is not closed needs a reason. The reason is never stored.
/// </summary>
public sealed record EraseFamilyCommand(bool Confirmed, string? Reason) : Command;

/// <summary>The rules for a family's life and privacy: starting one under an alias, closing it, erasing it.</summary>
internal static class FamilyRules
{
    public static readonly Rule[] StartFamily =
    [
        Rule.Dutch(@"^(start|begin|open|maak|nieuw|nieuwe)\s+(een\s+)?(nieuw\s+|nieuwe\s+)?(gezin|casus|dossier)(\s*:\s*|\s+)(?<alias>.+)$", StartFamilyUnderAlias),
        Rule.Dutch(@"^(gezin|casus)\s+(?<alias>.+?)\s+(starten|beginnen|aanmaken|openen|toevoegen)$", StartFamilyUnderAlias),
        Rule.Dutch(@"^(gezin|casus)\s+(starten|beginnen|aanmaken|openen)\s*:?\s*(?<alias>.*)$", StartFamilyUnderAlias),
        Rule.Dutch(@"^(start|begin|open|maak|nieuw|nieuwe)\s+(een\s+)?(nieuw\s+|nieuwe\s+)?(gezin|casus|dossier)$", StartFamilyUnderAlias),
        Rule.English(@"^(start|begin|open|create|add|new)\s+(a\s+)?(new\s+)?(family|case)(\s*:\s*|\s+)(?<alias>.+)$", StartFamilyUnderAlias),
        Rule.English(@"^(family|case)\s+(?<alias>.+?)\s+(start|create|open)$", StartFamilyUnderAlias),
        Rule.English(@"^(start|begin|open|create|add|new)\s+(a\s+)?(new\s+)?(family|case)$", StartFamilyUnderAlias),
    ];

    private static Command StartFamilyUnderAlias(RuleMatch match)
    {
        var alias = match.Has("alias") ? match.Text("alias").Trim('"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', ' ') : "";
        return AliasRules.Check(alias) is { } problem ? new InvalidAliasCommand(alias, problem) : new StartFamilyCommand(alias);
    }

    public static readonly Rule[] CloseAndErase =
    [
        Rule.Dutch(@"^(het\s+)?(gezin|casus|dossier)\s+(afsluiten|sluiten|beeindigen|afronden|stoppen)" + KeywordEnd + Tail("reason") + "$", CloseFamily),
        Rule.Dutch(@"^(sluit|beeindig|rond)\s+(het\s+|de\s+)?(gezin|casus|dossier)(\s+af)?" + KeywordEnd + Tail("reason") + "$", CloseFamily),
        Rule.English(@"^(close|end|finish)\s+(the\s+|this\s+)?(family|case)" + KeywordEnd + Tail("reason") + "$", CloseFamily),
        Rule.Dutch(@"^(het\s+)?(gezin|casus|dossier)\s+(wissen|verwijderen)(?<confirmed>\s+bevestigd)?" + KeywordEnd + Tail("reason") + "$", EraseFamily),
        Rule.Dutch(@"^(wis|verwijder)\s+(het\s+|dit\s+)?(gezin|casus|dossier)(?<confirmed>\s+bevestigd)?" + KeywordEnd + Tail("reason") + "$", EraseFamily),
        Rule.English(@"^(erase|delete)\s+(the\s+|this\s+)?(family|case)(?<confirmed>\s+confirmed)?" + KeywordEnd + Tail("reason") + "$", EraseFamily),
    ];

    private static Command CloseFamily(RuleMatch match) => new CloseFamilyCommand(match.Reason("reason"));

    private static Command EraseFamily(RuleMatch match) => new EraseFamilyCommand(match.Has("confirmed"), match.Reason("reason"));
}
