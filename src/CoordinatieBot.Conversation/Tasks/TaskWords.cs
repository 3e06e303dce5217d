using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Tasks;

/// <summary>
/// Which open task a few words are about ("school is gebeld" → "school bellen"): the words that carry meaning, compared
/// by their stem (so "aanvraag" meets "aanvragen", "gebeld" meets "bellen"). Pure.
/// </summary>
public static class TaskWords
{
    /// <summary>How much of what was said must be in a task's title for it to be that task.</summary>
    private const double MinimumShare = 0.5;

    /// <summary>By how much the best task must beat the next to be the one without asking.</summary>
    private const double MinimumLead = 0.25;

    private static readonly HashSet<string> Empty =
    [
        "de", "het", "een", "en", "of", "met", "van", "voor", "bij", "aan", "op", "in", "over", "naar", "om", "te", "er", "is", "zijn",
        "nu", "al", "ook", "nog", "even", "ff", "wel", "dan", "die", "dat", "dit", "deze", "ik", "jij", "je", "we", "wij", "taak",
        "the", "a", "an", "and", "or", "with", "of", "for", "at", "to", "on", "in", "about", "task", "i", "we",
    ];

    /// <summary>
    /// The open tasks the words fit, best first, and whether the first is certainly the one: it fits clearly better than
    /// the next, and two or more words meet (or all that was said, and half the title). Otherwise the bot asks.
    /// </summary>
    public static (IReadOnlyList<PlanAction> Candidates, bool Certain) Find(FamilyState state, string words)
    {
        var said = Stems(words);
        if (said.Count == 0) return ([], false);
        var scored = state.Actions.Where(a => !a.IsClosed)
            .Select(a => (Action: a, Title: Stems(a.Description)))
            .Select(x => (x.Action, Shared: Shared(said, x.Title), TitleCount: Math.Max(1, x.Title.Count)))
            .Where(x => (double)x.Shared / said.Count >= MinimumShare)
            .OrderByDescending(x => (double)x.Shared / said.Count).ThenByDescending(x => (double)x.Shared / x.TitleCount).ThenBy(x => x.Action.Number)
            .ToList();
        if (scored.Count == 0) return ([], false);
        var best = scored[0];
        var leads = scored.Count == 1 || (double)(best.Shared - scored[1].Shared) / said.Count >= MinimumLead;
        var strong = best.Shared >= 2 || (best.Shared == said.Count && (double)best.Shared / best.TitleCount >= MinimumShare);
        return leads ? ([best.Action], strong) : (scored.Select(x => x.Action).ToList(), false);
    }

    /// <summary>Whether the words fit a task with this title (as <see cref="Find"/> would count it).</summary>
    public static bool Fits(string words, string title) => Stems(words) is { Count: > 0 } said && Share(said, Stems(title)) >= MinimumShare;

    private static double Share(HashSet<string> said, HashSet<string> title) => (double)Shared(said, title) / said.Count;

    private static int Shared(HashSet<string> said, HashSet<string> title) => said.Count(s => title.Any(t => SameStem(s, t)));

    private static bool SameStem(string a, string b) =>
        a == b || (a.Length >= 4 && b.Length >= 4 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)));

    /// <summary>The words that carry meaning, as stems: "ge-" and "-en/-d/-t" off, doubled consonants single ("gebeld" → "bel", "bellen" → "bel").</summary>
    private static HashSet<string> Stems(string text)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in TextFold.Fold(text).Split([' ', ',', '.', ';', ':', '!', '?', '(', ')', '/', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length < 3 || Empty.Contains(word) || word.All(char.IsDigit)) continue;
            stems.Add(Stem(word));
        }
        return stems;
    }

    private static string Stem(string word)
    {
        var w = word;
        foreach (var prefix in new[] { "aange", "inge", "afge", "opge", "doorge", "uitge", "ge" })
        {
            if (w.Length > prefix.Length + 3 && w.StartsWith(prefix, StringComparison.Ordinal))
            {
                w = prefix == "ge" ? w[2..] : prefix[..^2] + w[prefix.Length..];
                break;
            }
        }
        foreach (var suffix in new[] { "ed", "en", "d", "t" })
        {
            if (w.Length > suffix.Length + 2 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                w = w[..^suffix.Length];
                break;
            }
        }
        if (w.Length >= 2 && w[^1] == w[^2]) w = w[..^1];
        return w;
    }
}
