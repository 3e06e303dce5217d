using System.Text.RegularExpressions;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Parsing;

/// <summary>
/// Turns what a professional typed into a <see cref="Command"/> and the <see cref="Language"/> to answer in. Pure: no IO, no clock.
/// </summary>
/// <remarks>
/// The text arrives with the bot's own mention removed; other mentions are still <c>&lt;at&gt;Name&lt;/at&gt;</c> tags and
/// <c>mentions</c> lists them in order. Matching is case-insensitive and ignores Dutch diacritics, extra spaces, trailing ?!.:,
/// a leading "@CoordinatieBot"/"bot," and a trailing "graag"/"please". Input longer than 2,000 characters or with control characters
/// is <see cref="UnknownCommand"/>. Rules are tried in a fixed order (task status by number first, free-form first-person tasks last);
/// the first whose pattern matches and whose builder accepts wins. Never throws.
/// </remarks>
public static partial class CommandParser
{
    private const Language Nl = Language.Dutch;
    private const Language En = Language.English;

    /// <summary>Parses one message. <paramref name="today"/> is the caller's date in Europe/Amsterdam.</summary>
    public static ParsedCommand Parse(string? text, IReadOnlyList<MentionedPerson>? mentions, DateOnly today)
    {
        try
        {
            var input = InputNormalizer.Normalize(text, mentions);
            if (input is null) return new ParsedCommand(new UnknownCommand(text ?? ""), Language.Dutch);
            if (input.Folded.Length == 0) return new ParsedCommand(new HelpCommand(), Language.Dutch);

            var ctx = new Ctx(input, today);
            foreach (var rule in Rules)
            {
                var m = rule.Regex.Match(input.Folded);
                if (!m.Success) continue;
                if (rule.Build(m, ctx) is not { } command) continue;
                return new ParsedCommand(command, rule.Language ?? LanguageGuesser.Guess(input.Folded));
            }
            return new ParsedCommand(new UnknownCommand(text ?? ""), LanguageGuesser.Guess(input.Folded));
        }
#pragma warning disable CA1031 // the contract is: never throw; anything unexpected is simply not understood
        catch (Exception)
#pragma warning restore CA1031
        {
            return new ParsedCommand(new UnknownCommand(text ?? ""), Language.Dutch);
        }
    }

    private sealed record Rule(Regex Regex, Language? Language, Func<Match, Ctx, Command?> Build);

    private static Rule R(Language? language, string pattern, Func<Match, Ctx, Command?> build) =>
        new(TextFold.Re(pattern), language, build);

    /// <summary>What the builders need: the aligned original/folded text, the mentioned people and today.</summary>
    private sealed class Ctx(NormalizedInput input, DateOnly today)
    {
        public DateOnly Today => today;

        public string Original => input.Original;

        public string Folded => input.Folded;

        /// <summary>The original text under a group, tidied, mention tokens turned back into "@Name".</summary>
        public string Text(Group g) => g.Success ? Clean(input.Original.Substring(g.Index, g.Length)) : "";

        public string? OptionalText(Group g)
        {
            var t = Text(g);
            return t.Length == 0 ? null : t;
        }

        public string Clean(string s) => InputNormalizer.Restore(DateExtractor.Tidy(s), input.People);

        public PersonRef? Person(Group g) =>
            g.Success ? InputNormalizer.Person(input.Original.Substring(g.Index, g.Length), input.Folded.Substring(g.Index, g.Length), input.People) : null;

        public PersonRef? Person(string original, string folded) => InputNormalizer.Person(original, folded, input.People);

        public (string Original, string Folded) Slice(Group g) =>
            g.Success ? (input.Original.Substring(g.Index, g.Length), input.Folded.Substring(g.Index, g.Length)) : ("", "");

        public static int Number(Match m) => int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    // ---- shared pattern pieces (folded text: lower case, no diacritics) ----------------------------------------------

    /// <summary>A task number: "3", "#3", "taak 3", "task #3", "nr. 3".</summary>
    private const string N = @"((taak|actie|actiepunt|task|action|item|nr|nummer|number)\.?\s*)?#?\s*(?<n>[0-9]{1,4})";

    /// <summary>A person: a mention token, a plain "@Name", or one to four words (a name after "aan"/"to").</summary>
    private const string P = @"(?<p>@@m[0-9]{1,3}|@[^\s,:;]+|[\p{L}][\p{L}'.-]*(\s+[\p{L}][\p{L}'.-]*){0,3})";

    /// <summary>A reason after a person: needs punctuation or a reason word ("omdat", "because"), so names are not cut short.</summary>
    private const string ReasonStrict =
        @"(\s*[,:;-]\s*((omdat|want|reden|because|reason)\s*:?\s*)?|\s+(omdat|want|wegens|vanwege|reden:?|because|since|as|due\s+to|reason:?)\s+)(?<r>.+)";

    /// <summary>A reason after a fixed phrase: punctuation, a reason word, or just a space.</summary>
    private const string ReasonLoose =
        @"(\s*[,:;-]\s*((omdat|want|reden|because|reason)\s*:?\s*)?|\s+((omdat|want|wegens|vanwege|door|reden:?|because|since|as|due\s+to|reason:?)\s+)?)(?<r>.+)";

    /// <summary>The end of a keyword: end of text, space or punctuation.</summary>
    private const string End = @"(?=$|[\s:,;.!?-])";

    private const string Role =
        @"(?<role>uitvoerder|uitvoerend|uitvoerende|hulpverlener|executor|doer|practitioner|provider|verwijzer|verwijzend|verwijzende|referrer|referring|" +
        @"observer|observator|waarnemer|meekijker|meelezer|consultatie|consultant|adviseur|advisor|adviser|consultation|watcher)";

    private const string Level =
        @"(?<level>regulier|regular|normaal|normal|standaard|standard|risicogezin|risico\s*gezin|risico|at[\s-]+risk|risk(\s+family)?|" +
        @"(mpg|multiprobleemgezin)\s*-?\s*[123]|o\s*-?\s*mpg)";
}
