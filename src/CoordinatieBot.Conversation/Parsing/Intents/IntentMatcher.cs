namespace CoordinatieBot.Conversation.Parsing.Intents;

/// <summary>
/// Which kind of message a text most resembles, as a whole: a weighted word and letter-trigram vector compared with every
/// example phrasing (<see cref="IntentExamples"/>). Words that say little (filler, articles) are left out; words that
/// tell the kinds apart weigh more (inverse document frequency over the examples). Pure and deterministic.
/// </summary>
internal static class IntentMatcher
{
    /// <summary>How alike the best example must be, and by how much it must beat the best of another kind, to answer a question at once.</summary>
    private const double MinimumScore = 0.5;
    private const double MinimumLead = 0.08;

    /// <summary>How alike a kind must be to be offered as a choice, and how close to the best one.</summary>
    private const double GuessScore = 0.4;
    private const double GuessSpread = 0.15;
    private const int MaxGuesses = 3;

    /// <summary>How alike a kind must be to be named as a hint when nothing is understood.</summary>
    private const double HintScore = 0.15;

    private const double TrigramWeight = 0.35;

    private static readonly HashSet<string> Filler =
    [
        "eigenlijk", "even", "ff", "nog", "hoor", "toch", "nou", "dan", "maar", "wel", "eens", "nu", "hier", "er", "de", "het", "een",
        "dit", "deze", "die", "dat", "is", "zijn", "van", "voor", "over", "met", "in", "op", "aan", "jullie", "we", "wij", "graag",
        "alsjeblieft", "aub", "please", "the", "a", "an", "this", "that", "of", "for", "on", "to", "is", "are", "again", "just", "now",
        "ook", "alweer", "allemaal", "nou", "can", "be", "will", "would", "could",
        "i'll", "i'm", "i've", "i'd",
        "bot", "coordinatiebot",
    ];

    private sealed record Example(int Intent, Dictionary<string, double> Vector, double Norm);

    private static readonly Dictionary<string, double> Idf = BuildIdf();
    private static readonly Example[] Examples = BuildExamples();

    /// <summary>Every feature of the examples, by id, with the examples that have it: a message is compared only with examples it shares a feature with.</summary>
    private static readonly Dictionary<string, int> FeatureIds = Idf.Keys.Select((f, id) => (f, id)).ToDictionary(x => x.f, x => x.id, StringComparer.Ordinal);
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> FeatureLookup = FeatureIds.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FillerLookup = Filler.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly double[] FeatureWeight = FeatureIds.OrderBy(kv => kv.Value).Select(kv => Weight(kv.Key)).ToArray();
    private static readonly (int Example, double Weight)[][] Postings = BuildPostings();

    /// <summary>One parse asks several questions of the same text: it is ranked once.</summary>
    [ThreadStatic]
    private static (string Folded, (double Score, int Intent)[] Ranked)? _last;

    /// <summary>The question the text clearly asks, or null (no question is clearly the one, or it is no question).</summary>
    /// <remarks>A message that mentions someone is about that person ("@Fatima is procesmanager"): it is asked about, not answered.</remarks>
    public static Command? Match(NormalizedInput input, DateOnly today, SchoolHolidays? holidays = null) =>
        input.People.Count == 0 && Clear(input.Folded) is { } intent && IntentExamples.All[intent].Kind == IntentKind.Question
            ? IntentExamples.All[intent].Build(new GuessInput(input, today, holidays))
            : null;

    /// <summary>
    /// Whether the text clearly resembles something other than a new task (a question, a status, the regie, chit-chat):
    /// then a free-form "ik …" or "@Megan …" is not read as a task.
    /// </summary>
    public static bool IsClearlyNotATask(string folded) => Rank(folded) is [var (top, _), ..] && top >= MinimumScore;

    /// <summary>Whether the text is clearly chit-chat, not meant for the bot ("bedankt voor je hulp").</summary>
    public static bool IsChitChat(string folded) => Clear(folded) is { } intent && IntentExamples.All[intent].Kind == IntentKind.NotMeant;

    /// <summary>
    /// The likeliest meanings, best first, to offer as choices: up to three kinds near the best, each built from the
    /// message's details (a kind whose details are missing is left out). None when the text is chit-chat or like nothing.
    /// </summary>
    public static IReadOnlyList<Command> Guesses(NormalizedInput input, DateOnly today, SchoolHolidays? holidays = null)
    {
        var ranked = Rank(input.Folded);
        if (ranked.Length == 0 || ranked[0].Score < GuessScore || IntentExamples.All[ranked[0].Intent].Kind == IntentKind.NotMeant) return [];
        var details = new GuessInput(input, today, holidays);
        var guesses = new List<Command>();
        foreach (var (score, intent) in ranked)
        {
            if (guesses.Count == MaxGuesses || score < GuessScore || ranked[0].Score - score > GuessSpread) break;
            var kind = IntentExamples.All[intent];
            // "Wat ik kan" is no meaning to offer: the answer to what is not understood leads there anyway.
            if (kind.Kind != IntentKind.NotMeant && kind.Build(details) is { } command and not HelpCommand && !guesses.Contains(command)) guesses.Add(command);
        }
        // A message that mentions someone is about that person: the meanings that carry them come first.
        return input.People.Count == 0 ? guesses : guesses.OrderBy(g => CarriesPerson(g) ? 0 : 1).ToList();
    }

    private static bool CarriesPerson(Command c) => c is HandOverRegieCommand or SetProcesmanagerCommand or TaskReassignCommand
        or AddTaskCommand { Owner: PersonRef.Mentioned or PersonRef.Named };

    /// <summary>What the text resembles most, however little: up to three kinds (as the command types they build), for a hint.</summary>
    public static IReadOnlyList<Type> Nearest(NormalizedInput input)
    {
        var ranked = Rank(input.Folded);
        if (ranked.Length == 0 || IntentExamples.All[ranked[0].Intent].Kind == IntentKind.NotMeant) return [];
        return ranked.Where(r => r.Score >= HintScore && IntentExamples.All[r.Intent].Kind != IntentKind.NotMeant)
            .Select(r => IntentExamples.All[r.Intent].Example)
            .Distinct().Take(MaxGuesses).ToList();
    }

    private static int? Clear(string folded)
    {
        var ranked = Rank(folded);
        if (ranked.Length < 2) return null;
        var (top, intent) = ranked[0];
        return top < MinimumScore || top - ranked[1].Score < MinimumLead ? null : intent;
    }

    /// <summary>Every kind with its best score, best first; empty when the text has no words that count.</summary>
    private static (double Score, int Intent)[] Rank(string folded)
    {
        if (_last is { } last && string.Equals(last.Folded, folded, StringComparison.Ordinal)) return last.Ranked;
        var (known, unknownSquares) = FastVector(folded);
        if (known.Count == 0 && unknownSquares == 0) return [];
        var norm = Math.Sqrt(known.Values.Sum(w => w * w) + unknownSquares);
        var dots = new double[Examples.Length];
        foreach (var (feature, weight) in known)
            foreach (var (example, other) in Postings[feature]) dots[example] += weight * other;
        var best = new double[IntentExamples.All.Length];
        for (var i = 0; i < Examples.Length; i++)
        {
            var score = dots[i] / (norm * Examples[i].Norm);
            if (score > best[Examples[i].Intent]) best[Examples[i].Intent] = score;
        }
        var ranked = best.Select((score, intent) => (score, intent)).OrderByDescending(x => x.score).ThenBy(x => x.intent).ToArray();
        _last = (folded, ranked);
        return ranked;
    }

    /// <summary>
    /// The message's vector, as <see cref="Vectorize"/> makes it, without building a string per feature: the examples'
    /// features by id, and for features no example has only the sum of their squared weights (they count in the norm alone).
    /// </summary>
    private static (Dictionary<int, double> Known, double UnknownSquares) FastVector(string folded)
    {
        var known = new Dictionary<int, double>();
        var unknownSquares = 0.0;
        Span<char> buffer = stackalloc char[72];
        Span<char> trigram = stackalloc char[5];
        trigram[0] = 't';
        trigram[1] = ':';
        void Add(ReadOnlySpan<char> feature, double kindWeight)
        {
            if (FeatureLookup.TryGetValue(feature, out var id)) known[id] = known.GetValueOrDefault(id) + FeatureWeight[id];
            else unknownSquares += Math.Pow(kindWeight * MaxIdf, 2);
        }

        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && (char.IsLetterOrDigit(folded[i]) || folded[i] == '\'');
            if (inWord && start < 0) start = i;
            if (inWord || start < 0) continue;
            var word = folded.AsSpan(start, i - start);
            var isMention = start >= 2 && folded[start - 1] == '@';
            start = -1;
            if (FillerLookup.Contains(word) || isMention || IsAllDigits(word) || word.Length > 60) continue;
            "w:".CopyTo(buffer);
            word.CopyTo(buffer[2..]);
            Add(buffer[..(word.Length + 2)], 1.0);
            // "^word$" in the buffer after "t:", then every three letters of it
            buffer[2] = '^';
            word.CopyTo(buffer[3..]);
            buffer[word.Length + 3] = '$';
            for (var t = 0; t + 3 <= word.Length + 2; t++)
            {
                buffer.Slice(2 + t, 3).CopyTo(trigram[2..]);
                Add(trigram, TrigramWeight);
            }
        }
        return (known, unknownSquares);
    }

    private static bool IsAllDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsDigit(c)) return false;
        return true;
    }

    private static double Weight(string feature) => (feature[0] == 't' ? TrigramWeight : 1.0) * Idf[feature];

    private static (int Example, double Weight)[][] BuildPostings()
    {
        var postings = new List<(int, double)>[FeatureIds.Count];
        for (var i = 0; i < postings.Length; i++) postings[i] = [];
        for (var e = 0; e < Examples.Length; e++)
            foreach (var (feature, weight) in Examples[e].Vector) postings[FeatureIds[feature]].Add((e, weight));
        return postings.Select(p => p.ToArray()).ToArray();
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
            var isMention = start >= 2 && folded[start - 1] == '@';
            start = -1;
            // Who and which task are details, not what the message is about.
            if (!Filler.Contains(word) && !isMention && !word.All(char.IsDigit)) yield return word;
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

    private static double MaxIdf => Math.Log(1 + IntentExamples.All.Length);

    /// <summary>By kind, not by phrasing: a word in many kinds tells them apart less.</summary>
    private static Dictionary<string, double> BuildIdf()
    {
        var kindsWith = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var kind in IntentExamples.All)
            foreach (var feature in kind.Phrasings.SelectMany(p => Features(TextFold.Fold(p))).Distinct())
                kindsWith[feature] = kindsWith.GetValueOrDefault(feature) + 1;
        var n = IntentExamples.All.Length;
        return kindsWith.ToDictionary(kv => kv.Key, kv => Math.Log(1 + (double)n / kv.Value), StringComparer.Ordinal);
    }

    private static Example[] BuildExamples() =>
        IntentExamples.All.SelectMany((q, intent) => q.Phrasings.Select(p =>
        {
            var vector = Vectorize(TextFold.Fold(p));
            return new Example(intent, vector, Norm(vector));
        })).Where(e => e.Norm > 0).ToArray();

    private static double Norm(Dictionary<string, double> v) => Math.Sqrt(v.Values.Sum(x => x * x));
}
