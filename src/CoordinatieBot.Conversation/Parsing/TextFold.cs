using System.Text.RegularExpressions;

namespace CoordinatieBot.Conversation.Parsing;

/// <summary>
/// Length-preserving folding for matching: lower case, Dutch/Latin diacritics removed, typographic quotes and dashes made plain.
/// Because every char maps to exactly one char, a match position in the folded text is the same position in the original.
/// </summary>
internal static class TextFold
{
    // A guard against pathological input, not a speed limit: a busy machine must not turn a command into "not understood".
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(2);

    // Compiled: every message runs through ~170 of these; compiling costs about a second once, at first use.
    public const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    /// <summary>A pattern for folded text, with the options and timeout every parser pattern uses.</summary>
    public static Regex Compile(string pattern) => new(pattern, Options, RegexTimeout);

    public static string Fold(string s)
    {
        var a = new char[s.Length];
        for (var i = 0; i < s.Length; i++) a[i] = Fold(s[i]);
        return new string(a);
    }

    public static char Fold(char c)
    {
        if (c < 128) return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        c = char.ToLowerInvariant(c);
        return c switch
        {
            'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'ā' or 'ă' or 'ą' => 'a',
            'ç' or 'ć' or 'č' => 'c',
            'è' or 'é' or 'ê' or 'ë' or 'ē' or 'ė' or 'ę' or 'ě' => 'e',
            'ì' or 'í' or 'î' or 'ï' or 'ī' or 'į' or 'ı' => 'i',
            'ñ' or 'ń' or 'ň' => 'n',
            'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' or 'ō' or 'ő' => 'o',
            'ù' or 'ú' or 'û' or 'ü' or 'ū' or 'ů' or 'ű' or 'ų' => 'u',
            'ý' or 'ÿ' => 'y',
            'š' or 'ś' => 's',
            'ž' or 'ź' or 'ż' => 'z',
            'ğ' => 'g',
            'ł' => 'l',
            'ř' => 'r',
            'ď' => 'd',
            'ť' => 't',
            '\u2019' or '\u2018' or '\u00B4' or '\u2032' => '\'',
            '\u201C' or '\u201D' or '\u201E' => '"',
            '\u2013' or '\u2014' or '\u2212' => '-',
            '\u00A0' or '\u2007' or '\u202F' => ' ',
            '\u2026' => '.',
            _ => c,
        };
    }

    /// <summary>Collapses whitespace runs to one space and trims.</summary>
    public static string CollapseSpaces(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        var space = false;
        foreach (var ch in s)
        {
            if (char.IsWhiteSpace(ch) || ch is '\u00A0' or '\u2007' or '\u202F')
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
