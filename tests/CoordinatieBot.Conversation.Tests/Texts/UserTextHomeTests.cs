using System.Text.RegularExpressions;

namespace CoordinatieBot.Conversation.Tests.Texts;

/// <summary>
/// Everything a person reads lives in src/CoordinatieBot.Conversation/Texts, and only there is a language chosen. These
/// tests read every C# file under src and fail on a Dutch or English sentence, a language choice or a card word
/// elsewhere. What a person running the bot reads (log templates, exception messages, HTTP problem details, metric
/// descriptions) is not user text; the calls and members that carry it are listed below, each with its reason.
/// </summary>
public partial class UserTextHomeTests
{
    /// <summary>The one home of user text.</summary>
    private const string Home = "src/CoordinatieBot.Conversation/Texts/";

    /// <summary>The parser's keywords are vocabulary the bot reads, not text it writes.</summary>
    private const string Parsing = "src/CoordinatieBot.Conversation/Parsing/";

    /// <summary>Calls whose string arguments are read by whoever runs the bot, never in a chat or on a card.</summary>
    private static readonly Dictionary<string, string> OperatorCalls = new(StringComparer.Ordinal)
    {
        ["AuthResult.Failure"] = "why an inbound request was refused: logged, answered with 401",
        ["ActivityReadResult.Failure"] = "why an inbound body could not be read: logged, answered with 400",
        ["PersonLookup.Unavailable"] = "why the directory could not answer: logged; the user gets a Messages text",
        ["PersonLookup.NotFound"] = "why the directory found nobody: logged; the user gets a Messages text",
        ["UnavailablePeopleDirectory"] = "why Graph lookups are off: logged",
        ["Results.Problem"] = "HTTP problem details for the caller of an endpoint (Teams, a developer)",
        ["InvokeResponse.Error"] = "the error body of an invoke response, read by Teams",
        ["StorageErrors.Guard"] = "the storage operation named in a StorageUnavailableException",
        ["HideAsync"] = "QueueInbox's own call to StorageErrors.Guard, with the operation's name",
        ["Meter.CreateCounter"] = "a metric's description",
        ["Meter.CreateHistogram"] = "a metric's description",
        ["Meter.CreateUpDownCounter"] = "a metric's description",
        ["Meter.CreateGauge"] = "a metric's description",
    };

    /// <summary>Members (type.member) whose strings describe a failure for the log.</summary>
    private static readonly Dictionary<string, string> OperatorMembers = new(StringComparer.Ordinal)
    {
        ["BotFrameworkAuthenticator.Describe"] = "why a token was refused, for AuthResult.Failure",
        ["JwtRules.Describe"] = "why a token was refused, for AuthResult.Failure and the tabs' sign-in log",
        ["ActivityReader.DescribeJsonError"] = "why a body is no activity, for ActivityReadResult.Failure",
        ["ActivityReader.FindMissingRequiredField"] = "the field named in ActivityReadResult.Failure",
    };

    /// <summary>Types (by the end of their name) whose strings are all for whoever runs the bot, with the reason.</summary>
    private static readonly Dictionary<string, string> OperatorTypeSuffixes = new(StringComparer.Ordinal)
    {
        ["Validator"] = "settings validators (SettingsValidator): the message that stops start-up names a setting and its value",
    };

    /// <summary>Files whose strings are all for whoever runs the bot, with the reason.</summary>
    private static readonly Dictionary<string, string> OperatorFiles = new(StringComparer.Ordinal)
    {
        ["src/CoordinatieBot.Teams/Graph/GraphServiceCollectionExtensions.cs"] = "wiring: the reason Graph lookups are off, passed to UnavailablePeopleDirectory",
    };

    /// <summary>
    /// Adaptive Card vocabulary: element and property names and their enumerated values. The card builders may spell
    /// these and nothing else with a letter in it; every word a person reads on a card comes from CardTexts.
    /// </summary>
    private static readonly HashSet<string> CardVocabulary =
    [
        // elements and actions
        "AdaptiveCard", "TextBlock", "RichTextBlock", "TextRun", "Container", "FactSet", "ActionSet", "Column", "ColumnSet",
        "Input.Text", "Input.Date", "Input.ChoiceSet", "Input.Toggle", "Action.Execute", "Action.ShowCard", "Action.Submit", "Data.Query",
        // properties
        "type", "$schema", "version", "body", "actions", "msteams", "width", "text", "wrap", "size", "weight", "color",
        "isSubtle", "spacing", "separator", "inlines", "italic", "items", "style", "facts", "title", "value", "verb", "data",
        "card", "id", "label", "placeholder", "maxLength", "isRequired", "errorMessage", "min", "choices", "columns",
        "isMultiline", "isMultiSelect", "valueOn", "valueOff", "choices.data", "dataset", "refresh", "action", "userIds",
        // values
        "Full", "Bolder", "Good", "auto", "Attention", "Warning", "Accent", "accent", "Medium", "Small", "None", "positive", "destructive", "compact", "expanded", "stretch", "true", "false",
        "graph.microsoft.com/users?scope=currentContext",
        "http://adaptivecards.io/schemas/adaptive-card.json", "application/vnd.microsoft.card.adaptive", "yyyy-MM-dd",
    ];

    /// <summary>Common Dutch words that are not English words: one of them in a text of two or more words makes it Dutch.</summary>
    private static readonly HashSet<string> DutchMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "het", "een", "en", "van", "niet", "geen", "nog", "naar", "met", "voor", "tot", "bij", "aan", "om", "te", "op",
        "uit", "ook", "maar", "dan", "als", "wat", "wie", "waar", "hier", "er", "dit", "deze", "dat", "je", "jij", "jouw",
        "jullie", "mijn", "ik", "wij", "zijn", "wordt", "heeft", "hebt", "kan", "kun", "kunt", "staat", "moet", "zonder",
        "taak", "taken", "gezin", "gezinnen", "gedaan", "bezig", "datum", "reden", "nieuwe", "klaar", "wacht", "lukt",
        "opslaan", "besluit", "werkdag", "werkdagen", "eigenaar", "toelichting", "leefgebied", "doelen", "zorgen", "krachten",
        "sinds", "bekend", "alleen", "nu", "wel", "weer", "stil", "gewist", "afgesloten", "overdracht",
    };

    private static readonly Regex Whitespace = WhitespaceRegex();
    private static readonly Regex LanguageChoice = LanguageChoiceRegex();

    [Fact]
    public void No_sentence_outside_Texts()
    {
        var found = new List<string>();
        foreach (var (path, source) in SourceFiles())
        {
            if (IsExempt(path) || OperatorFiles.ContainsKey(path)) continue;
            foreach (var literal in SourceLiterals.Find(source))
            {
                if (IsLogOrException(literal)) continue;
                var words = Words(literal.Text);
                if (words.Count >= 2 && words.Any(DutchMarkers.Contains))
                    found.Add($"{path}:{literal.Line}: Dutch \"{Shorten(literal.Text)}\"");
                else if (words.Count >= 3 && !IsForOperators(literal))
                    found.Add($"{path}:{literal.Line}: sentence \"{Shorten(literal.Text)}\"");
            }
        }
        Assert.True(found.Count == 0,
            "User text belongs in " + Home + " (Messages, CardTexts); move these there, or, if a person running the bot reads it, " +
            "add the call to OperatorCalls with the reason:\n" + string.Join("\n", found));
    }

    [Fact]
    public void Only_Texts_chooses_a_language_for_a_text()
    {
        var found = new List<string>();
        foreach (var (path, source) in SourceFiles())
        {
            if (IsExempt(path)) continue;
            var code = WithoutComments(source);
            foreach (Match m in LanguageChoice.Matches(code))
            {
                // A two-letter language code ("en" / "nl") on a card button is protocol, not text.
                if (m.Groups["text"].Success && m.Groups["text"].Value.Length <= 2) continue;
                found.Add($"{path}:{LineOf(code, m.Index)}: {m.Value}");
            }
        }
        Assert.True(found.Count == 0, "Choose a text's language with Bilingual.Pick, in " + Home + ":\n" + string.Join("\n", found));
    }

    [Fact]
    public void Card_builders_spell_no_word_of_their_own()
    {
        var found = new List<string>();
        foreach (var (path, source) in SourceFiles().Where(f => f.Path.StartsWith("src/CoordinatieBot.Teams/Cards/", StringComparison.Ordinal)))
            foreach (var literal in SourceLiterals.Find(source))
                if (literal.Text.Any(char.IsLetter) && !CardVocabulary.Contains(literal.Text) && !IsLogOrException(literal))
                    found.Add($"{path}:{literal.Line}: \"{Shorten(literal.Text)}\"");
        Assert.True(found.Count == 0, "Card words belong in " + Home + "CardTexts.*.cs; a new Adaptive Card name goes in CardVocabulary:\n" + string.Join("\n", found));
    }

    [Fact]
    public void Every_listed_operator_file_exists()
    {
        var root = RepoRoot();
        var stale = OperatorFiles.Keys.Where(p => !File.Exists(Path.Combine(root, p))).ToList();
        Assert.True(stale.Count == 0, "Remove these entries, the files are gone:\n" + string.Join("\n", stale));
    }

    [Fact]
    public void The_scan_sees_the_texts_it_guards()
    {
        // If the lexer lost its way, the rules above would pass on nothing: Texts itself must be full of sentences.
        var home = SourceFiles().Where(f => f.Path.StartsWith(Home, StringComparison.Ordinal)).ToList();
        var literals = home.SelectMany(f => SourceLiterals.Find(f.Source)).ToList();
        Assert.Contains(literals, l => l.Text.StartsWith("Dat begreep ik niet helemaal.", StringComparison.Ordinal));
        Assert.Contains(literals, l => l.Text.StartsWith("Hallo! Ik help jullie", StringComparison.Ordinal) && l.Text.Contains("**gezin wissen**", StringComparison.Ordinal));
        Assert.Contains(literals, l => l.Text == "actieve gezinnen"); // inside a hole of an interpolated string
        Assert.True(literals.Count(l => Words(l.Text).Count >= 3) > 300);
        Assert.True(SourceFiles().Count() > 100);
    }

    // The lexer on the forms of string C# has.
    [Fact]
    public void Lexer_reads_every_kind_of_string_literal()
    {
        const string source = """"
            // "not this: a comment"
            /* "nor this" */
            #pragma warning disable CS0168 // "nor this"
            class C
            {
                char q = '"';
                string a = "een \"quoted\" woord";
                string b = @"verbatim ""twice"" here";
                string c = $"gezin {Alias(x, "binnen")} en {n:D2} klaar";
                string d = $@"{{braces}} {x}";
                string e = "utf8"u8;
                string f = $$"""raw {{x}} with {single} braces""";
                string g = """
                    multi
                    line
                    """;
                void M() => Log("template {X}", new BoomException("boom"));
            }
            """";
        var literals = SourceLiterals.Find(source);
        Assert.Equal(
            ["een \"quoted\" woord", "verbatim \"twice\" here", "binnen", "gezin   en   klaar", "{braces}  ", "utf8",
             "raw   with {single} braces", "multi\nline", "template {X}", "boom"],
            literals.Select(l => l.Text.Replace("\r", "")).ToArray());
        Assert.Equal(["Alias"], literals.Single(l => l.Text == "binnen").Calls);
        Assert.Equal(["BoomException", "Log"], literals.Single(l => l.Text == "boom").Calls);
        Assert.Equal("M", literals.Single(l => l.Text == "boom").Member);
        Assert.Equal("C", literals.Single(l => l.Text == "boom").Type);
        Assert.Equal(7, literals.Single(l => l.Text.StartsWith("een", StringComparison.Ordinal)).Line);
    }

    [Fact]
    public void Lexer_knows_the_member_and_the_calls_through_a_switch()
    {
        const string source = """
            namespace N;
            public sealed record R(string A);
            public static class D
            {
                public static string Describe(int code) => code switch
                {
                    1 => "one thing went wrong",
                    _ => Unavailable(code switch { 2 => "two things went wrong", _ => "" }),
                };
                public static string Say()
                {
                    var x = Go(() => { return "inside a lambda block"; });
                    return x;
                }
            }
            """;
        var literals = SourceLiterals.Find(source);
        Assert.Equal("Describe", literals.Single(l => l.Text == "one thing went wrong").Member);
        Assert.Equal(["Unavailable"], literals.Single(l => l.Text == "two things went wrong").Calls);
        var inLambda = literals.Single(l => l.Text == "inside a lambda block");
        Assert.Empty(inLambda.Calls); // a block ends the walk: the lambda's text is not Go's argument
        Assert.Equal("Say", inLambda.Member);
        Assert.Equal("D", inLambda.Type);
    }

    private static bool IsExempt(string path) =>
        path.StartsWith(Home, StringComparison.Ordinal) || path.StartsWith(Parsing, StringComparison.Ordinal);

    /// <summary>Log templates (Log…( and [LoggerMessage(…)]) and exception messages.</summary>
    private static bool IsLogOrException(SourceLiteral literal) =>
        literal.Calls.Select(SimpleName).Any(c =>
            c.StartsWith("Log", StringComparison.Ordinal) || c.EndsWith("Exception", StringComparison.Ordinal)
            || c == "base" && literal.Type.EndsWith("Exception", StringComparison.Ordinal));

    private static bool IsForOperators(SourceLiteral literal) =>
        literal.Calls.Any(OperatorCalls.ContainsKey)
        || OperatorMembers.ContainsKey(literal.Type + "." + literal.Member)
        || OperatorTypeSuffixes.Keys.Any(suffix => literal.Type.EndsWith(suffix, StringComparison.Ordinal));

    private static string SimpleName(string call) => call[(call.LastIndexOf('.') + 1)..];

    /// <summary>The words of a text: whitespace-separated pieces that are letters once their punctuation is trimmed.</summary>
    private static List<string> Words(string text) =>
        Whitespace.Split(text)
            .Select(piece => piece.Trim().Trim(['.', ',', ':', ';', '!', '?', '(', ')', '"', '\'', '*', '@', '“', '”', '‘', '’', '…', '[', ']', '-', '/']))
            .Where(w => w.Length > 0 && w.All(c => char.IsLetter(c) || c is '\'' or '’' or '-'))
            .ToList();

    private static string Shorten(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return oneLine.Length <= 90 ? oneLine : oneLine[..89] + "…";
    }

    private static IEnumerable<(string Path, string Source)> SourceFiles()
    {
        var root = RepoRoot();
        return Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => (p, File.ReadAllText(Path.Combine(root, p))));
    }

    private static string WithoutComments(string source) =>
        CommentRegex().Replace(source, m => m.Value.StartsWith('"') || m.Value.StartsWith('@') || m.Value.StartsWith('$')
            ? m.Value
            : new string('\n', m.Value.Count(c => c == '\n')));

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CoordinatieBot.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("No CoordinatieBot.sln above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();

    /// <summary>
    /// "Language.English ? …", "Language.English => …", "… == Language.English ? …" and the like: a choice made by
    /// language, with the literal it yields when there is one.
    /// </summary>
    [GeneratedRegex("""Language\.(English|Dutch)\s*(\?(?![?.])|=>)\s*(?:[$@]*"(?<text>[^"\n]*)")?""")]
    private static partial Regex LanguageChoiceRegex();

    /// <summary>Strings (kept, so a "//" inside one is no comment) and comments (removed, lines kept).</summary>
    [GeneratedRegex("""@"(?:[^"]|"")*"|\$?"(?:[^"\\\n]|\\.)*"|//[^\n]*|/\*.*?\*/""", RegexOptions.Singleline)]
    private static partial Regex CommentRegex();
}
