using System.Text.RegularExpressions;

namespace CoordinatieBot.Conversation.Parsing;

/// <summary>
/// A message made ready for matching. <see cref="Original"/> keeps case and diacritics (for the texts we hand back);
/// <see cref="Folded"/> has the same length and is what the patterns look at. Mentions are replaced by tokens "@@m0", "@@m1", …
/// that index <see cref="People"/>.
/// </summary>
internal sealed record NormalizedInput(string Original, string Folded, IReadOnlyList<PersonRef> People, bool QuestionOnly);

internal static class InputNormalizer
{
    /// <summary>Longer messages are not commands (checked after mention tags are shortened to tokens).</summary>
    public const int MaxLength = 2000;

    private static readonly Regex MentionTag = new(@"<at(\s[^>]{0,200})?>(?<n>[^<]{0,200})</at>",
        TextFold.Options | RegexOptions.IgnoreCase, TextFold.RegexTimeout);

    private static readonly Regex HtmlTag = new(@"</?(p|div|span|br|b|i|u|strong|em|font|blockquote|li|ul|ol)(\s[^>]{0,200})?/?>",
        TextFold.Options | RegexOptions.IgnoreCase, TextFold.RegexTimeout);

    private static readonly Regex Token = TextFold.Compile(@"@@m(?<k>[0-9]{1,3})");

    private static readonly Regex LeadingBot = TextFold.Compile(@"^((@?coordinatie\s?bot|@bot|bot|hey\s+bot)(?=$|[\s,:;!])[\s,:;!]*)+");

    private static readonly Regex LeadingPolite = TextFold.Compile(
        @"^(please|pls|graag|alsjeblieft|alstublieft|kun\s+je|kan\s+je|kunt\s+u|wil\s+je|wilt\s+u|can\s+you|could\s+you|would\s+you)\s+(?=\S)");

    private static readonly Regex TrailingPunctuation = TextFold.Compile(@"[\s?!.:;,]+$");

    private static readonly Regex TrailingPolite = TextFold.Compile(
        @"(^|[\s,;]+)(graag|please|pls|plz|aub|a\.u\.b|alsjeblieft|alstublieft|svp|thanks|thank\s+you|thx|bedankt|dank\s+je(\s+wel)?|dankjewel|dank\s+u)$");

    // Words that add nothing to what a message asks: anywhere, at the start, at the end ("he", "toch" only there).
    private static readonly Regex FillerAnywhere = TextFold.Compile(
        @"(?<=^|\s)(eigenlijk|even|eventjes|ff|nog|wel|eens|inmiddels|eindelijk|gewoon|al|ook|helaas|zojuist|net|nu|trouwens|btw|just|actually|already|finally)(?=$|[\s,.!?])[,]?");

    private static readonly Regex FillerAtStart = TextFold.Compile(@"^((ok|oke|okay|ja|nou|btw|trouwens|hoi|so|yes|oh)(?=$|[\s,!.:])[\s,!.:]*)+");

    private static readonly Regex FillerAtEnd = TextFold.Compile(@"([\s,]+(hoor|he|toch|btw|trouwens|anyway|hoe\s+dan\s+ook))+[\s?!.]*$");

    /// <summary>
    /// The input without filler words ("5 is gedaan hoor" → "5 is gedaan", "taak 6 is eigenlijk al klaar" → "taak 6 is klaar"),
    /// or null when it has none. Original and folded text lose the same places, so they stay aligned.
    /// </summary>
    public static NormalizedInput? WithoutFiller(NormalizedInput input)
    {
        var (s, f) = (input.Original, input.Folded);
        (s, f) = Cut(s, f, FillerAtStart.Match(f), atStart: true);
        (s, f) = Cut(s, f, FillerAtEnd.Match(f), atStart: false);
        var spans = FillerAnywhere.Matches(f);
        for (var i = spans.Count - 1; i >= 0; i--)
        {
            var m = spans[i];
            (s, f) = (s.Remove(m.Index, m.Length), f.Remove(m.Index, m.Length));
        }
        if (f.Length == input.Folded.Length) return null;
        var (original, folded) = (TextFold.CollapseSpaces(s).Trim(), TextFold.CollapseSpaces(f).Trim());
        return original.Length == folded.Length && folded.Length > 0 ? input with { Original = original, Folded = folded } : null;
    }

    public static NormalizedInput? Normalize(string? text, IReadOnlyList<MentionedPerson>? mentions)
    {
        text ??= "";
        if (text.Length > MaxLength * 4) return null;
        foreach (var ch in text)
        {
            if (char.IsControl(ch) && ch is not ('\t' or '\n' or '\r')) return null;
        }

        var people = new List<PersonRef>();
        var used = new bool[mentions?.Count ?? 0];
        var s = MentionTag.Replace(text, m => ReplaceMention(m.Groups["n"].Value, mentions, used, people));
        s = HtmlTag.Replace(s, " ");
        s = s.Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase).Replace("&amp;", "&", StringComparison.OrdinalIgnoreCase)
            .Replace("&lt;", "<", StringComparison.OrdinalIgnoreCase).Replace("&gt;", ">", StringComparison.OrdinalIgnoreCase)
            .Replace("&quot;", "\"", StringComparison.OrdinalIgnoreCase).Replace("&#39;", "'", StringComparison.Ordinal)
            .Replace("&apos;", "'", StringComparison.OrdinalIgnoreCase);
        s = TextFold.CollapseSpaces(s.Replace('\u200B', ' ').Replace('\uFEFF', ' '));
        if (s.Length > MaxLength) return null;

        var f = TextFold.Fold(s);
        (s, f) = Cut(s, f, LeadingBot.Match(f), atStart: true);
        var questionOnly = f.Length > 0 && f.All(c => c is '?' or ' ');
        for (var round = 0; round < 6; round++)
        {
            var before = f.Length;
            (s, f) = Cut(s, f, TrailingPunctuation.Match(f), atStart: false);
            (s, f) = Cut(s, f, TrailingPolite.Match(f), atStart: false);
            (s, f) = Cut(s, f, LeadingPolite.Match(f), atStart: true);
            (s, f) = Cut(s, f, LeadingBot.Match(f), atStart: true);
            if (f.Length == before) break;
        }
        return new NormalizedInput(s.Trim(), f.Trim(), people, questionOnly);
    }

    private static (string, string) Cut(string s, string f, Match m, bool atStart)
    {
        if (!m.Success || m.Length == 0) return (s, f);
        return atStart ? (s[m.Length..].TrimStart(), f[m.Length..].TrimStart()) : (s[..m.Index].TrimEnd(), f[..m.Index].TrimEnd());
    }

    private static string ReplaceMention(string rawName, IReadOnlyList<MentionedPerson>? mentions, bool[] used, List<PersonRef> people)
    {
        var name = TextFold.CollapseSpaces(rawName.Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase).Replace("&amp;", "&", StringComparison.OrdinalIgnoreCase));
        var folded = TextFold.Fold(name).Replace(" ", "", StringComparison.Ordinal);
        if (folded is "coordinatiebot" or "@coordinatiebot") return " ";

        PersonRef person = new PersonRef.Named(name.TrimStart('@'));
        if (mentions is not null)
        {
            var index = -1;
            for (var i = 0; i < mentions.Count && index < 0; i++)
                if (!used[i] && string.Equals(mentions[i].Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase)) index = i;
            for (var i = 0; i < mentions.Count && index < 0; i++)
                if (!used[i]) index = i;
            if (index >= 0)
            {
                used[index] = true;
                person = new PersonRef.Mentioned(mentions[index]);
            }
        }
        people.Add(person);
        return " @@m" + (people.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " ";
    }

    /// <summary>Turns mention tokens back into "@Name" for texts handed to the app.</summary>
    public static string Restore(string s, IReadOnlyList<PersonRef> people)
    {
        if (!s.Contains("@@m", StringComparison.Ordinal)) return s;
        return Token.Replace(s, m =>
        {
            var k = int.Parse(m.Groups["k"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (k >= people.Count) return m.Value;
            return "@" + people[k] switch
            {
                PersonRef.Mentioned p => p.Person.Name,
                PersonRef.Named n => n.Name,
                _ => "",
            };
        });
    }

    /// <summary>The person behind a token or word: "@@m0" → the mention, "@Ahmed" → Named, "mij"/"me" → Me, other words → Named.</summary>
    public static PersonRef? Person(string original, string folded, IReadOnlyList<PersonRef> people)
    {
        var o = original.Trim().TrimEnd(',', ':', ';', '.', '!', '?');
        var f = folded.Trim().TrimEnd(',', ':', ';', '.', '!', '?');
        if (f.Length == 0) return null;
        if (Token.Match(f) is { Success: true } t && t.Length == f.Length)
        {
            var k = int.Parse(t.Groups["k"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return k < people.Count ? people[k] : null;
        }
        if (f is "mij" or "me" or "mezelf" or "mijzelf" or "myself" or "ik" or "i") return new PersonRef.Me();
        var name = o.TrimStart('@').Trim();
        return name.Length == 0 ? null : new PersonRef.Named(name);
    }
}
