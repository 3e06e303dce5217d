namespace CoordinatieBot.Conversation.Parsing.Intents;

/// <summary>
/// Which question a message most resembles, as a whole: a weighted word and letter-trigram vector compared with every
/// example phrasing (<see cref="QuestionExamples"/>). Words that say little (filler, articles) are left out; words
/// that tell the questions apart weigh more (inverse document frequency over the examples). Pure and deterministic.
/// </summary>
internal static class IntentMatcher
{
    /// <summary>How alike the best example must be, and by how much it must beat the best of another question.</summary>
    private const double MinimumScore = 0.5;
    private const double MinimumLead = 0.08;
    private const double TrigramWeight = 0.35;

    private static readonly HashSet<string> Filler =
    [
        "eigenlijk", "even", "ff", "nog", "hoor", "toch", "nou", "dan", "maar", "wel", "eens", "nu", "hier", "er", "de", "het", "een",
        "dit", "deze", "die", "dat", "is", "zijn", "van", "voor", "over", "met", "in", "op", "aan", "jullie", "we", "wij", "graag",
        "alsjeblieft", "aub", "please", "the", "a", "an", "this", "that", "of", "for", "on", "to", "is", "are", "again", "just", "now",
        "ook", "alweer", "allemaal", "nou", "can", "be", "will", "would", "could",
        "bot", "coordinatiebot",
    ];

    private sealed record Example(int Intent, Dictionary<string, double> Vector, double Norm);

    private static readonly Dictionary<string, double> Idf = BuildIdf();
    private static readonly Example[] Examples = BuildExamples();

    /// <summary>The question the text asks, or null when no question is clearly the one (or it is no question).</summary>
    public static Command? Match(string folded) => Closest(folded) is { } intent ? QuestionExamples.All[intent].Command?.Invoke() : null;

    /// <summary>
    /// Whether the text clearly resembles something other than a task (a question, chit-chat, the regie said in words):
    /// then a free-form "ik …" or "@Megan …" is not read as a task.
    /// </summary>
    public static bool IsClearlyNotATask(string folded) => Closest(folded) is not null;

    private static int? Closest(string folded)
    {
        var vector = Vectorize(folded);
        if (vector.Count == 0) return null;
        var norm = Norm(vector);
        var best = new double[QuestionExamples.All.Length];
        foreach (var example in Examples)
        {
            var score = Cosine(vector, norm, example);
            if (score > best[example.Intent]) best[example.Intent] = score;
        }
        var ranked = best.Select((score, intent) => (score, intent)).OrderByDescending(x => x.score).ToArray();
        var (top, intent) = ranked[0];
        return top < MinimumScore || top - ranked[1].score < MinimumLead ? null : intent;
    }

    private static IEnumerable<string> Words(string folded)
    {
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && (char.IsLetterOrDigit(folded[i]) || folded[i] == '\'');
            if (inWord && start < 0) start = i;
            if (inWord || start < 0) continue;
            var word = folded[start..i];
            start = -1;
            if (!Filler.Contains(word)) yield return word;
        }
    }

    private static IEnumerable<string> Features(string folded)
    {
        foreach (var word in Words(folded))
        {
            yield return "w:" + word;
            var padded = $"^{word}$";
            for (var i = 0; i + 3 <= padded.Length; i++) yield return "t:" + padded.Substring(i, 3);
        }
    }

    private static Dictionary<string, double> Vectorize(string folded)
    {
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var feature in Features(folded))
        {
            var weight = (feature[0] == 't' ? TrigramWeight : 1.0) * Idf.GetValueOrDefault(feature, MaxIdf);
            vector[feature] = vector.GetValueOrDefault(feature) + weight;
        }
        return vector;
    }

    private static double MaxIdf => Math.Log(1 + QuestionExamples.All.Length);

    /// <summary>By question, not by phrasing: a word in many questions tells them apart less.</summary>
    private static Dictionary<string, double> BuildIdf()
    {
        var questionsWith = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, phrasings) in QuestionExamples.All)
            foreach (var feature in phrasings.SelectMany(p => Features(TextFold.Fold(p))).Distinct())
                questionsWith[feature] = questionsWith.GetValueOrDefault(feature) + 1;
        var n = QuestionExamples.All.Length;
        return questionsWith.ToDictionary(kv => kv.Key, kv => Math.Log(1 + (double)n / kv.Value), StringComparer.Ordinal);
    }

    private static Example[] BuildExamples() =>
        QuestionExamples.All.SelectMany((q, intent) => q.Phrasings.Select(p =>
        {
            var vector = Vectorize(TextFold.Fold(p));
            return new Example(intent, vector, Norm(vector));
        })).Where(e => e.Norm > 0).ToArray();

    private static double Norm(Dictionary<string, double> v) => Math.Sqrt(v.Values.Sum(x => x * x));

    private static double Cosine(Dictionary<string, double> v, double norm, Example e)
    {
        var dot = 0.0;
        foreach (var (feature, weight) in v)
            if (e.Vector.TryGetValue(feature, out var other)) dot += weight * other;
        return dot / (norm * e.Norm);
    }
}
