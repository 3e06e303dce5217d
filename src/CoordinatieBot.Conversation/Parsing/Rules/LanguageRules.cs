using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Parsing;

/// <summary>"het gezin spreekt Engels", "gezinstaal: Nederlands", "family language: English": the language the family reads.</summary>
public sealed record SetFamilyLanguageCommand(FamilyLanguage Language) : Command;

internal static class LanguageRules
{
    private const string Lang = @"(?<lang>engels|nederlands|english|dutch)";
    private const string Sep = @"(\s*[:=-]\s*|\s+(is|wordt|naar|to|is\s+now)\s+|\s+)";

    public static readonly Rule[] FamilyLanguage =
    [
        Rule.Dutch(@"^(het\s+)?gezin\s+(spreekt|leest|praat)\s+(het\s+|in\s+het\s+)?" + Lang + @"$", Build),
        Rule.Dutch(@"^(de\s+)?taal\s+(van\s+)?(het\s+)?gezin" + Sep + @"(het\s+)?" + Lang + @"$", Build),
        Rule.Dutch(@"^(de\s+)?gezinstaal" + Sep + @"(het\s+)?" + Lang + @"$", Build),
        Rule.Dutch(@"^(het\s+)?plan\s+voor\s+het\s+gezin\s+(voortaan\s+)?in\s+het\s+" + Lang + @"$", Build),
        Rule.English(@"^(the\s+)?family\s+(speaks|reads)\s+" + Lang + @"$", Build),
        Rule.English(@"^((set\s+)?(the\s+)?family('?s)?\s+language|(the\s+)?language\s+of\s+the\s+family)" + Sep + Lang + @"$", Build),
    ];

    private static Command Build(RuleMatch m) => new SetFamilyLanguageCommand(
        m.Folded("lang") is "engels" or "english" ? Domain.FamilyLanguage.English : Domain.FamilyLanguage.Dutch);
}
