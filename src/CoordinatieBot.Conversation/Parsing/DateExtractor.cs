using System.Text;

namespace CoordinatieBot.Conversation.Parsing;

/// <summary>A date phrase found in free text.</summary>
/// <param name="Result">The date as read (Ok, InPast or Unreadable for an impossible date such as "uiterlijk 31-02").</param>
/// <param name="Phrase">The removed text, connector included ("voor vrijdag", "uiterlijk 5 december").</param>
/// <param name="Remainder">The text without the phrase, tidied (no double spaces, no dangling commas).</param>
public sealed record DateExtraction(DateParseResult Result, string Phrase, string Remainder);

/// <summary>
/// Finds one due-date phrase inside a sentence: "@Ahmed belt de woningcorporatie voor vrijdag" → Friday, "@Ahmed belt de woningcorporatie".
/// </summary>
/// <remarks>
/// Connector words in front of the date are removed with it: voor, vóór, uiterlijk (op/voor), op, by, before, on, due (by/on), deadline, tot (en met), t/m, until, till, per,
/// (ergens) rond, around, omstreeks, circa.
/// "voor" is only a connector when a date follows ("actie voor @Sanne", "voor het gezin" stay). Weak dates — short weekday
/// abbreviations ("di", "zo", "do") and numeric dates without a year ("5/12") — are only taken after a connector, so "zo snel mogelijk" or
/// "1-2 keer per week" are left alone. When several phrases qualify, the one after a connector wins, then a readable one, then the longest,
/// then the last.
/// </remarks>
public static class DateExtractor
{
    private const int MaxSpanTokens = 7;

    private static readonly string[][] Connectors =
    [
        ["no", "later", "than"], ["tot", "en", "met"], ["voor", "of", "op"], ["op", "of", "voor"],
        ["uiterlijk", "op"], ["uiterlijk", "voor"], ["due", "by"], ["due", "on"], ["due", "before"], ["deadline", "is"],
        ["ergens", "rond"], ["deadline"], ["uiterlijk"], ["voor"], ["op"], ["by"], ["before"], ["on"], ["due"], ["tot"], ["t/m"], ["until"], ["till"], ["per"],
        ["rond"], ["around"], ["omstreeks"], ["circa"],
    ];

    private static readonly HashSet<string> StartWords =
    [
        "vandaag", "today", "morgen", "tomorrow", "overmorgen", "gisteren", "eergisteren", "yesterday", "the", "day",
        "volgende", "next", "deze", "this", "komende", "aanstaande", "coming", "afgelopen", "vorige", "last",
        "over", "in", "binnen", "within", "eind", "einde", "end", "begin", "start", "beginning", "early", "het", "eow", "eod",
        "tonight", "vanavond", "vanmiddag", "vanochtend", "vanmorgen",
        "half", "medio", "mid", "midden", "late", "week", "wk", "na", "after",
    ];

    /// <summary>Finds the best date phrase in <paramref name="text"/>, or null when there is none. Never throws.</summary>
    /// <param name="language">The message's language: in English a swappable numeric date ("3/4") is Ambiguous.</param>
    /// <param name="holidays">For "na de kerstvakantie"; <see cref="SchoolHolidays.Default"/> when null.</param>
    public static DateExtraction? Extract(string? text, DateOnly today, DateDirection direction = DateDirection.Future,
        Language language = Language.Dutch, SchoolHolidays? holidays = null)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 4000) return null;
        try
        {
            return ExtractCore(text, today, direction, language, holidays);
        }
        catch (Exception e) when (e is System.Text.RegularExpressions.RegexMatchTimeoutException or ArgumentException)
        {
            return null;
        }
    }

    private readonly record struct Token(int Start, int End, int CoreStart, int CoreEnd, string Core);

    private static DateExtraction? ExtractCore(string text, DateOnly today, DateDirection direction, Language language, SchoolHolidays? holidays)
    {
        var folded = TextFold.Fold(text);
        var tokens = Tokenize(folded);

        (int First, int Last, int ConnectorFirst, DateExpressionParser.DateMatch Match)? best = null;
        (bool Connector, bool Valid, int Length, int Start) bestKey = default;

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!CanStart(tokens[i].Core)) continue;
            // "per week 2 bezoeken" is a rate, not ISO week 2.
            if (tokens[i].Core is "week" or "wk" && i > 0 && tokens[i - 1].Core == "per") continue;
            var connectorFirst = ConnectorStart(tokens, i);
            for (var j = i; j < tokens.Count && j < i + MaxSpanTokens; j++)
            {
                if (tokens[j].Core.Length == 0) break;
                var span = folded[tokens[i].CoreStart..tokens[j].CoreEnd];
                var m = DateExpressionParser.Match(span, today, direction, language, holidays);
                if (m.Shape == DateExpressionParser.DateShape.None) continue;
                var hasConnector = connectorFirst < i;
                if (!hasConnector && m.NeedsConnector) continue;
                var key = (hasConnector, m.Shape == DateExpressionParser.DateShape.Valid, j - i + 1, i);
                if (best is null || Compare(key, bestKey) > 0)
                {
                    best = (i, j, connectorFirst, m);
                    bestKey = key;
                }
            }
        }

        if (best is not { } b) return null;
        var start = tokens[b.ConnectorFirst].CoreStart;
        var end = tokens[b.Last].CoreEnd;
        var phrase = text[start..end];
        var dateText = text[tokens[b.First].CoreStart..end];
        var remainder = Tidy(text[..start] + " " + text[end..]);
        return new DateExtraction(b.Match.Result with { Text = dateText }, phrase, remainder);
    }

    private static int Compare((bool Connector, bool Valid, int Length, int Start) a, (bool Connector, bool Valid, int Length, int Start) b)
    {
        if (a.Connector != b.Connector) return a.Connector ? 1 : -1;
        if (a.Valid != b.Valid) return a.Valid ? 1 : -1;
        if (a.Length != b.Length) return a.Length.CompareTo(b.Length);
        return a.Start.CompareTo(b.Start);
    }

    private static bool CanStart(string core)
    {
        if (core.Length == 0) return false;
        if (core[0] is >= '0' and <= '9') return true;
        if (StartWords.Contains(core) || DateExpressionParser.IsWeekdayWord(core) || DateExpressionParser.IsMonthWord(core)) return true;
        // compounds: "vrijdagmiddag", "morgenochtend"
        return core.StartsWith("morgen", StringComparison.Ordinal) || core.StartsWith("mid-", StringComparison.Ordinal)
            || core.Contains("dag", StringComparison.Ordinal);
    }

    /// <summary>Index of the first connector token directly before token <paramref name="i"/>, or <paramref name="i"/> when there is none.</summary>
    private static int ConnectorStart(List<Token> tokens, int i)
    {
        foreach (var phrase in Connectors)
        {
            var first = i - phrase.Length;
            if (first < 0) continue;
            var all = true;
            for (var k = 0; k < phrase.Length && all; k++) all = tokens[first + k].Core == phrase[k];
            if (all) return first;
        }
        return i;
    }

    private static List<Token> Tokenize(string folded)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < folded.Length)
        {
            while (i < folded.Length && char.IsWhiteSpace(folded[i])) i++;
            if (i >= folded.Length) break;
            var start = i;
            while (i < folded.Length && !char.IsWhiteSpace(folded[i])) i++;
            var end = i;
            var cs = start;
            var ce = end;
            while (cs < ce && folded[cs] is '(' or '"' or '\'' or '[') cs++;
            while (ce > cs && folded[ce - 1] is ',' or ';' or ':' or '.' or '!' or '?' or ')' or '"' or '\'' or ']') ce--;
            tokens.Add(new Token(start, end, cs, ce, folded[cs..ce]));
        }
        return tokens;
    }

    /// <summary>Collapses spaces, removes spaces before punctuation, empty brackets and dangling separators at both ends.</summary>
    internal static string Tidy(string s)
    {
        s = TextFold.CollapseSpaces(s);
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            if (ch is ',' or ';' or ':' or '.' or '!' or '?' or ')' && sb.Length > 0 && sb[^1] == ' ') sb.Length--;
            if (ch is ',' or ';' && sb.Length > 0 && sb[^1] is ',' or ';' or ':') continue;
            if (ch == ')' && sb.Length > 0 && sb[^1] == '(')
            {
                sb.Length--;
                continue;
            }
            sb.Append(ch);
        }
        return TextFold.CollapseSpaces(sb.ToString()).Trim(' ', ',', ';', ':', '-');
    }
}
