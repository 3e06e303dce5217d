using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CoordinatieBot.Conversation.Parsing;
using Xunit.Abstractions;

namespace CoordinatieBot.Conversation.Tests.Corpus;

/// <summary>
/// Issue 14 item 2: how well <see cref="CommandParser.Parse"/> reads realistic Teams messages. Corpus/messages.tsv holds one
/// labelled message a line (split, intent = the command record's name, message, details); this test parses each one with today =
/// Tuesday 1 December 2026, compares the command type and the details that can be checked generically (owner, title, due, number,
/// to), prints a table per intent and per split ("[corpus] …" lines, also appended to COORDINATIEBOT_FIGURES so scripts/test shows
/// them), and fails when the overall intent accuracy of a split drops below its bar.
/// </summary>
public sealed partial class CorpusAccuracyTests(ITestOutputHelper output)
{
    /// <summary>Tuesday 1 December 2026: the "today" the due dates in the corpus are written against.</summary>
    private static readonly DateOnly Today = new(2026, 12, 1);

    // Issue 14 aims at >= 97% intent accuracy on both splits. These bars are the accuracy measured when the corpus was written
    // (rounded down to the whole percent), so the test passes today and fails when the parser gets worse. Raise them as the
    // matcher improves; tune them only on the "tune" split, the "heldout" split is there to show that tuning generalises.
    private const int TuneBarPercent = 99;
    private const int HeldoutBarPercent = 94;

    [Fact]
    public void Corpus_is_large_enough_covers_every_intent_in_both_splits_and_has_no_duplicates()
    {
        var corpus = Load();
        Assert.True(corpus.Count >= 500, $"the corpus has {corpus.Count} messages, at least 500 expected");
        Assert.All(corpus, c => Assert.True(c.Split is "tune" or "heldout", $"unknown split '{c.Split}' for '{c.Message}'"));

        var commandTypes = typeof(Command).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Command)) && !t.IsAbstract)
            .Select(t => t.Name)
            .ToHashSet();
        Assert.All(corpus, c => Assert.True(commandTypes.Contains(c.Intent), $"'{c.Intent}' is no command record ('{c.Message}')"));

        foreach (var intent in corpus.Select(c => c.Intent).Distinct())
        {
            Assert.True(corpus.Count(c => c.Intent == intent) >= 8, $"{intent} has fewer than 8 messages");
            Assert.Contains(corpus, c => c.Intent == intent && c.Split == "tune");
            Assert.Contains(corpus, c => c.Intent == intent && c.Split == "heldout");
        }

        var heldout = corpus.Count(c => c.Split == "heldout") / (double)corpus.Count;
        Assert.InRange(heldout, 0.25, 0.35);

        var duplicates = corpus.GroupBy(c => c.Message.Trim().ToLowerInvariant()).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "duplicate messages: " + string.Join(" | ", duplicates));
    }

    [Fact]
    public void Parser_reads_the_corpus_at_least_as_well_as_the_bar()
    {
        var results = Load().Select(Evaluate).ToList();

        var lines = new List<string>
        {
            $"[corpus] {"intent",-28} {"split",-8} {"n",4} {"intent ok",10} {"details ok",11} {"of which asked",15}",
        };
        foreach (var group in results.GroupBy(r => r.Entry.Intent).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var split in new[] { "tune", "heldout" })
            {
                lines.Add(Row(group.Key, split, group.Where(r => r.Entry.Split == split).ToList()));
            }
        }
        foreach (var split in new[] { "tune", "heldout" })
        {
            lines.Add(Row("overall", split, results.Where(r => r.Entry.Split == split).ToList()));
        }
        lines.Add(Row("overall", "all", results));

        var misses = results.Where(r => !r.IntentOk || r.DetailsOk == false).ToList();
        lines.Add($"[corpus] most common misses (expected -> got), {misses.Count} in all:");
        foreach (var g in misses.GroupBy(m => m.IntentOk ? $"{m.Entry.Intent} wrong {WrongKeys(m.DetailsProblem)}" : $"{m.Entry.Intent} -> {m.Got}")
                     .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(10))
        {
            lines.Add($"[corpus]   {g.Count(),3} x {g.Key}, e.g. \"{g.First().Entry.Message}\"");
        }

        foreach (var line in lines)
        {
            output.WriteLine(line);
            Console.WriteLine(line);
        }
        AppendFigures(lines);

        output.WriteLine("");
        output.WriteLine("every miss:");
        foreach (var m in misses)
        {
            output.WriteLine($"  [{m.Entry.Split}] {m.Entry.Intent} -> {m.Got}{(m.IntentOk ? $" ({m.DetailsProblem})" : "")}: {m.Entry.Message}");
        }

        var tune = IntentPercent(results.Where(r => r.Entry.Split == "tune"));
        var held = IntentPercent(results.Where(r => r.Entry.Split == "heldout"));
        Assert.True(tune >= TuneBarPercent, $"intent accuracy on 'tune' is {tune:0.0}%, the bar is {TuneBarPercent}%");
        Assert.True(held >= HeldoutBarPercent, $"intent accuracy on 'heldout' is {held:0.0}%, the bar is {HeldoutBarPercent}%");
    }

    // ---- evaluation ---------------------------------------------------------------------------------------------------

    private sealed record Entry(int Line, string Split, string Intent, string Message, IReadOnlyDictionary<string, string> Details);

    /// <summary>One parsed message: was the intent right, and (null when nothing was checkable) were the details right.</summary>
    private sealed record Result(Entry Entry, string Got, bool IntentOk, bool? DetailsOk, string DetailsProblem)
    {
        public bool Asked => Got.EndsWith(" (asked)", StringComparison.Ordinal);
    }

    private static double IntentPercent(IEnumerable<Result> results)
    {
        var list = results.ToList();
        return list.Count == 0 ? 100 : 100.0 * list.Count(r => r.IntentOk) / list.Count;
    }

    private static string Row(string name, string split, IReadOnlyList<Result> results)
    {
        var withDetails = results.Where(r => r.DetailsOk is not null).ToList();
        var details = withDetails.Count == 0 ? "-" : Percent(withDetails.Count(r => r.DetailsOk == true), withDetails.Count);
        var asked = results.Count(r => r.IntentOk && r.Asked);
        return $"[corpus] {name,-28} {split,-8} {results.Count,4} {Percent(results.Count(r => r.IntentOk), results.Count),10} {details,11} {asked,15}";
    }

    private static string Percent(int ok, int n) =>
        n == 0 ? "-" : (100.0 * ok / n).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static Result Evaluate(Entry entry)
    {
        var mentions = MentionTag().Matches(entry.Message)
            .Select(m => new MentionedPerson(m.Groups[1].Value, "corpus-" + m.Groups[1].Value.Replace(' ', '-')))
            .ToList();
        var parsed = CommandParser.Parse(entry.Message, mentions, Today).Command;
        // Not sure, the bot asks: it is understood when the meaning it offers first is the right one (one press makes it).
        var asked = parsed is WhichMeaningCommand { Choices.Count: > 0 };
        var command = parsed is WhichMeaningCommand which && which.Choices.Count > 0 ? which.Choices[0] : parsed;
        var got = command.GetType().Name + (asked ? " (asked)" : "");
        // A task done said in words is a task done; which task it is comes from the family (checked by "match=" below).
        var intentOk = command.GetType().Name == entry.Intent || (command is TaskDoneInWordsCommand && entry.Intent == nameof(TaskDoneCommand));

        var checks = new List<(string Key, bool Ok, string Actual)>();
        foreach (var (key, expected) in entry.Details)
        {
            if (expected.Length == 0) continue; // "number=" on a status update in words: nothing generic to check
            switch (key)
            {
                case "owner" when command is AddTaskCommand add:
                    checks.Add((key, SamePerson(add.Owner, expected), Describe(add.Owner)));
                    break;
                case "title" when command is AddTaskCommand add: // "a|b": either title is right (infinitive, or as written)
                    checks.Add((key, expected.Split('|').Any(t => Fold(t) == Fold(add.Description)), add.Description));
                    break;
                case "due":
                    var date = command switch
                    {
                        AddTaskCommand add => add.Due,
                        TaskNewDateCommand move => move.Date,
                        _ => null,
                    };
                    var want = DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    checks.Add((key, date is { IsOk: true } && date.Date == want, date?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none"));
                    break;
                case "number":
                    var number = TaskNumber(command);
                    checks.Add((key, number?.ToString(CultureInfo.InvariantCulture) == expected, number?.ToString(CultureInfo.InvariantCulture) ?? "none"));
                    break;
                case "to":
                    var to = command switch
                    {
                        HandOverRegieCommand h => h.To,
                        TaskReassignCommand r => r.To,
                        SetProcesmanagerCommand p => p.To,
                        _ => null,
                    };
                    checks.Add((key, SamePerson(to, expected), Describe(to)));
                    break;
                case "match" when command is TaskDoneInWordsCommand said:
                    checks.Add((key, CoordinatieBot.Conversation.Tasks.TaskWords.Fits(said.Words, expected), said.Words));
                    break;
                case "owner" or "title":
                    checks.Add((key, false, "no task"));
                    break;
                default:
                    break; // e.g. "match=": read by the matcher of issue 14, not checkable on today's commands
            }
        }

        if (!intentOk || checks.Count == 0) return new Result(entry, got, intentOk, intentOk ? null : checks.Count == 0 ? null : false, "");
        var wrong = checks.Where(c => !c.Ok).ToList();
        return new Result(entry, got, true, wrong.Count == 0, string.Join(", ", wrong.Select(w => $"{w.Key}: {w.Actual}")));
    }

    /// <summary>"title: x, due: none" -> "title+due": the details that were wrong, without their values, to group misses by.</summary>
    private static string WrongKeys(string problem) =>
        string.Join("+", problem.Split(", ").Select(p => p.Split(':')[0]));

    private static int? TaskNumber(Command command) => command switch
    {
        TaskDoneCommand c => c.Number,
        TaskInProgressCommand c => c.Number,
        TaskWaitingCommand c => c.Number,
        TaskNotPossibleCommand c => c.Number,
        TaskNewDateCommand c => c.Number,
        TaskReassignCommand c => c.Number,
        EscalateTaskCommand c => c.Number,
        _ => null,
    };

    private static bool SamePerson(PersonRef? person, string expected) => (person, expected) switch
    {
        (PersonRef.Me, "me") => true,
        (PersonRef.Mentioned m, _) => expected == "@" + m.Person.Name,
        (PersonRef.Named n, _) => expected == "@" + n.Name,
        _ => false,
    };

    private static string Describe(PersonRef? person) => person switch
    {
        null => "none",
        PersonRef.Me => "me",
        PersonRef.Mentioned m => "@" + m.Person.Name,
        PersonRef.Named n => "named " + n.Name,
        _ => person.ToString()!,
    };

    /// <summary>Case, surrounding spaces and punctuation, and runs of spaces do not count when comparing a task title.</summary>
    private static string Fold(string text) =>
        Spaces().Replace(text.Trim().Trim('.', ',', '!', '?', ':', ';', ' ').ToLowerInvariant(), " ");

    // ---- the corpus file ----------------------------------------------------------------------------------------------

    private static List<Entry> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", "messages.tsv");
        var entries = new List<Entry>();
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            Assert.True(parts.Length is 3 or 4, $"messages.tsv line {i + 1}: expected split, intent, message, details");
            var details = new Dictionary<string, string>(StringComparer.Ordinal);
            if (parts.Length == 4)
            {
                foreach (var pair in parts[3].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var eq = pair.IndexOf('=');
                    Assert.True(eq > 0, $"messages.tsv line {i + 1}: detail '{pair}' is not key=value");
                    details[pair[..eq]] = pair[(eq + 1)..];
                }
            }
            entries.Add(new Entry(i + 1, parts[0], parts[1], parts[2], details));
        }
        return entries;
    }

    private static void AppendFigures(IEnumerable<string> lines)
    {
        if (Environment.GetEnvironmentVariable("COORDINATIEBOT_FIGURES") is not { Length: > 0 } path) return;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.AppendAllLines(path, lines);
    }

    [GeneratedRegex(@"<at>([^<]+)</at>")]
    private static partial Regex MentionTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
