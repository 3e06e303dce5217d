using System.Text.RegularExpressions;

namespace CoordinatieBot.Conversation.Parsing;

/// <summary>
/// One way of saying a command: a pattern over the folded text and what to build when it matches. The builder may still say no
/// (null), and then the next rule is tried. <see cref="Language"/> is the language the pattern is written in; null when the words
/// are the same in Dutch and English (then the message's language is guessed).
/// </summary>
internal sealed record Rule(Regex Pattern, Language? Language, Func<RuleMatch, Command?> Build)
{
    public static Rule Dutch(string pattern, Func<RuleMatch, Command?> build) => new(TextFold.Compile(pattern), Parsing.Language.Dutch, build);

    public static Rule English(string pattern, Func<RuleMatch, Command?> build) => new(TextFold.Compile(pattern), Parsing.Language.English, build);

    public static Rule AnyLanguage(string pattern, Func<RuleMatch, Command?> build) => new(TextFold.Compile(pattern), null, build);
}
