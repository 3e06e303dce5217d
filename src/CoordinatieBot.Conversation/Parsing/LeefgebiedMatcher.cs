namespace CoordinatieBot.Conversation.Parsing;

/// <summary>
/// Matches a raw leefgebied hint ("financiën", "geld", "school", "housing") against the configured list of life domains.
/// </summary>
/// <remarks>
/// In order: the whole name (case and diacritics ignored); a word of a name ("financiën" → "Financiën en schulden", "wonen" → "Wonen en huishouden")
/// or a prefix of at least four letters ("fin"… no, "finan" yes); then synonyms, Dutch and English, per default domain
/// (geld/schulden/money/debt → financiën; school/kinderen/opvoeding/parenting → opvoeding; huis/housing → wonen; werk/inkomen/job/income;
/// gezondheid/ggz/verslaving/health/addiction; veiligheid/geweld/safety; netwerk/social/network; politie/justitie/police/justice).
/// A synonym points at words that a configured name must contain (or start with: "Geldzaken"), so renamed domains still match. Returns null when nothing or more than one
/// name matches — the app then asks.
/// </remarks>
public static class LeefgebiedMatcher
{
    private static readonly (string[] Synonyms, string[] Targets)[] Groups =
    [
        (["financien", "financieel", "financiele", "financiën", "geld", "schuld", "schulden", "budget", "budgetbeheer", "bewind", "money", "debt", "debts", "finance", "finances", "financial"],
            ["financien", "schulden", "geld", "financieel"]),
        (["werk", "baan", "inkomen", "uitkering", "dagbesteding", "werkloos", "work", "job", "jobs", "employment", "income", "benefits"],
            ["werk", "inkomen"]),
        (["wonen", "woning", "huis", "huisvesting", "huishouden", "huur", "huurachterstand", "dakloos", "housing", "house", "home", "rent", "household", "living"],
            ["wonen", "huishouden", "huisvesting", "woning"]),
        (["school", "opvoeding", "kinderen", "kind", "ontwikkeling", "onderwijs", "opvoeden", "jeugd", "parenting", "children", "child", "kids", "education", "development"],
            ["opvoeding", "ontwikkeling", "kinderen", "school"]),
        (["gezondheid", "ggz", "verslaving", "psychisch", "psyche", "welzijn", "zorg", "health", "mental", "addiction", "wellbeing", "well-being"],
            ["gezondheid", "welzijn", "psychisch"]),
        (["veiligheid", "veilig", "geweld", "kindveiligheid", "huiselijk", "onveilig", "safety", "safe", "violence", "abuse"],
            ["veiligheid"]),
        (["netwerk", "sociaal", "participatie", "familie", "vrienden", "eenzaamheid", "network", "social", "participation", "friends", "loneliness"],
            ["netwerk", "participatie", "sociaal"]),
        (["politie", "justitie", "justice", "police", "criminal", "crimineel", "reclassering", "probation", "justitieel"],
            ["justitie", "politie"]),
    ];

    /// <summary>The configured name that <paramref name="hint"/> points at, or null (no hint, no match, or ambiguous).</summary>
    public static string? Match(string? hint, IReadOnlyList<string> names)
    {
        if (string.IsNullOrWhiteSpace(hint) || names is null || names.Count == 0) return null;
        var h = Fold(hint);
        if (h.Length == 0) return null;

        foreach (var name in names)
            if (Fold(name) == h) return name;

        var hintWords = Words(h);
        var byWord = names.Where(n => Words(Fold(n)).Any(w => hintWords.Contains(w) || (h.Length >= 4 && !h.Contains(' ', StringComparison.Ordinal) && w.StartsWith(h, StringComparison.Ordinal)))).Distinct().ToList();
        if (byWord.Count == 1) return byWord[0];
        if (byWord.Count > 1) return null;

        var targets = new HashSet<string>();
        foreach (var (synonyms, groupTargets) in Groups)
            if (synonyms.Any(s => hintWords.Contains(Fold(s)) || Fold(s) == h)) targets.UnionWith(groupTargets);
        if (targets.Count == 0) return null;
        var bySynonym = names.Where(n => Words(Fold(n)).Any(w => targets.Any(t => w == t || (t.Length >= 4 && w.StartsWith(t, StringComparison.Ordinal))))).Distinct().ToList();
        return bySynonym.Count == 1 ? bySynonym[0] : null;
    }

    private static string Fold(string s) => TextFold.CollapseSpaces(TextFold.Fold(s)).Trim(' ', '.', ',', ':', ';', '!', '?', '"', '\'');

    private static HashSet<string> Words(string folded) =>
        folded.Split([' ', ',', '/', '(', ')', '-', '&'], StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("en" or "and" or "of" or "de" or "het" or "incl" or "incl.")).ToHashSet();
}
