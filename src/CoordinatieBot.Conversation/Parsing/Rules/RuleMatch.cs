using System.Globalization;
using System.Text.RegularExpressions;

namespace CoordinatieBot.Conversation.Parsing;

/// <summary>
/// A rule's pattern matched the folded text: what its builder reads. A group is read from the original text at the same place
/// (folding keeps positions), tidied, with mention tokens turned back into "@Name".
/// </summary>
internal sealed class RuleMatch(Match match, NormalizedInput input, DateOnly today, SchoolHolidays? holidays = null)
{
    private static readonly Regex ReasonWordAtStart =
        TextFold.Compile(@"^[\s,:;.-]*((omdat|want|wegens|vanwege|reden|because|since|as|due\s+to|reason)(?=$|[\s:])\s*:?\s*)?");

    /// <summary>The caller's date in Europe/Amsterdam.</summary>
    public DateOnly Today => today;

    /// <summary>The school holidays "na de kerstvakantie" is read with (the default calendar when null).</summary>
    public SchoolHolidays? Holidays => holidays;

    /// <summary>The whole message as typed (mention tokens still in).</summary>
    public string Original => input.Original;

    /// <summary>The whole message, folded (lower case, no diacritics, single spaces).</summary>
    public string WholeFolded => input.Folded;

    /// <summary>Whether the group took part in the match.</summary>
    public bool Has(string group) => match.Groups[group].Success;

    /// <summary>The folded text under a group ("" when it did not take part).</summary>
    public string Folded(string group) => match.Groups[group].Value;

    /// <summary>The number in the group "number" (see <see cref="Patterns.TaskNumber"/>).</summary>
    public int Number => int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);

    /// <summary>The original text under a group and its folded twin; both "" when the group did not take part.</summary>
    public (string Original, string Folded) Slice(string group)
    {
        var g = match.Groups[group];
        return g.Success ? (input.Original.Substring(g.Index, g.Length), input.Folded.Substring(g.Index, g.Length)) : ("", "");
    }

    /// <summary>The original text under a group, tidied ("" when the group did not take part).</summary>
    public string Text(string group)
    {
        var g = match.Groups[group];
        return g.Success ? Clean(input.Original.Substring(g.Index, g.Length)) : "";
    }

    /// <summary><see cref="Text"/>, or null when that is empty.</summary>
    public string? OptionalText(string group)
    {
        var text = Text(group);
        return text.Length == 0 ? null : text;
    }

    /// <summary>A piece of the original text tidied, mention tokens turned back into "@Name".</summary>
    public string Clean(string original) => InputNormalizer.Restore(DateExtractor.Tidy(original), input.People);

    /// <summary>The person under a group (a mention, "@Name", "mij"/"me" or a name), or null.</summary>
    public PersonRef? Person(string group)
    {
        var (original, folded) = Slice(group);
        return Has(group) ? Person(original, folded) : null;
    }

    public PersonRef? Person(string original, string folded) => InputNormalizer.Person(original, folded, input.People);

    /// <summary>The text under a group as a reason, a leading "omdat"/"because"/punctuation dropped; null when nothing is left.</summary>
    public string? Reason(string group)
    {
        if (!Has(group)) return null;
        var (original, folded) = Slice(group);
        var reason = Clean(original[ReasonWordAtStart.Match(folded).Length..]);
        return reason.Length == 0 ? null : reason;
    }

    /// <summary>"12 december: wachtlijst" → (12 December, "wachtlijst"); "kindveiligheid" → (null, "kindveiligheid").</summary>
    public (DateParseResult? Date, string? Reason) DateThenReason(string original, string folded, DateDirection direction)
    {
        var lead = folded.Length - folded.TrimStart(' ', ',', ':', ';', '-').Length;
        (original, folded) = (original[lead..], folded[lead..]);
        if (folded.Length == 0) return (null, null);
        if (DateAtStart(folded, direction) is { } prefix)
        {
            var afterDate = original[prefix.End..];
            var reasonWord = ReasonWordAtStart.Match(folded[prefix.End..]);
            var reason = Clean(afterDate[reasonWord.Length..]);
            return (prefix.Result with { Text = original[..prefix.End].Trim() }, reason.Length == 0 ? null : reason);
        }
        var reasonOnly = Clean(original[ReasonWordAtStart.Match(folded).Length..]);
        return (null, reasonOnly.Length == 0 ? null : reasonOnly);
    }

    /// <summary>The longest run of up to seven leading words that reads as a date (valid or impossible), with the end index in the text.</summary>
    public (DateParseResult Result, int End)? DateAtStart(string folded, DateDirection direction)
    {
        var ends = new List<int>();
        var i = 0;
        while (i < folded.Length && ends.Count < 7)
        {
            while (i < folded.Length && folded[i] == ' ') i++;
            if (i >= folded.Length) break;
            while (i < folded.Length && folded[i] != ' ') i++;
            var end = i;
            while (end > 0 && folded[end - 1] is ',' or ';' or ':' or '.' or '!' or '?' or ')') end--;
            ends.Add(end);
        }
        for (var k = ends.Count - 1; k >= 0; k--)
        {
            var date = DateExpressionParser.Match(folded[..ends[k]], today, direction, schoolHolidays: holidays);
            if (date.Shape != DateExpressionParser.DateShape.None) return (date.Result, ends[k]);
        }
        return null;
    }
}
