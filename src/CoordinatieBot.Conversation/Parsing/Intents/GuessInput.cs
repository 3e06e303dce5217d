using System.Text.RegularExpressions;

namespace CoordinatieBot.Conversation.Parsing.Intents;

/// <summary>
/// The details a guessed meaning is built from, read loosely from the whole message: the task number, the first person
/// mentioned, a date, the words after a colon or comma. Loose is safe here: a guess is only ever offered, never made.
/// </summary>
internal sealed class GuessInput(NormalizedInput input, DateOnly today, SchoolHolidays? holidays = null)
{
    private static readonly Regex TaskWordNumber = TextFold.Compile(@"\b(taak|actie|actiepunt|task|action|item|nr|nummer|number)\s*\.?\s*#?\s*(?<n>[0-9]{1,4})\b");
    private static readonly Regex LeadingNumber = TextFold.Compile(@"^#?(?<n>[0-9]{1,4})(?=$|[\s,:;.!?])");
    private static readonly Regex MentionToken = TextFold.Compile(@"@@m(?<k>[0-9]{1,3})");
    private static readonly Regex Negation = TextFold.Compile(@"\b(geen|niet|niets|uit|stop|stoppen|no|not|off|never)\b");
    private static readonly Regex WaitingOn = TextFold.Compile(@"\b(wacht|wachten|wachtend|waiting|wait)\s+(nog\s+)?(op|for|on)\s+(?<party>[^,;.]+)");
    private static readonly Regex NotSo = TextFold.Compile(@"\b(niet|geen|nooit|not|never)\b|n't\b");
    private static readonly Regex RestAfter = TextFold.Compile(@"^[^:,;]{2,60}?[:,;]\s*(?<rest>\S.*)$");

    public DateOnly Today => today;

    /// <summary>The message as typed, tidied, mentions as "@Name".</summary>
    public string Whole => InputNormalizer.Restore(DateExtractor.Tidy(input.Original), input.People);

    /// <summary>What follows the first colon, comma or semicolon ("knelpunt: de gemeente reageert niet" → "de gemeente reageert niet").</summary>
    public string? Rest
    {
        get
        {
            var m = RestAfter.Match(input.Folded);
            if (!m.Success) return null;
            var rest = InputNormalizer.Restore(DateExtractor.Tidy(input.Original[m.Groups["rest"].Index..]), input.People);
            return rest.Length == 0 ? null : rest;
        }
    }

    /// <summary>"taak 5 …", "… task 5", or a message that starts with the number ("3 is gefixt").</summary>
    public int? Number
    {
        get
        {
            var m = TaskWordNumber.Match(input.Folded);
            if (!m.Success) m = LeadingNumber.Match(input.Folded);
            return m.Success && int.TryParse(m.Groups["n"].Value, out var n) && n > 0 ? n : null;
        }
    }

    /// <summary>The first person mentioned.</summary>
    public PersonRef? Person
    {
        get
        {
            var m = MentionToken.Match(input.Folded);
            return m.Success && int.TryParse(m.Groups["k"].Value, out var k) && k < input.People.Count ? input.People[k] : null;
        }
    }

    /// <summary>A readable date in the future anywhere in the message.</summary>
    public DateParseResult? Date =>
        DateExtractor.Extract(input.Original, today, language: LanguageGuesser.Guess(input.Folded), holidays: holidays) is { Result.IsOk: true } found ? found.Result : null;

    /// <summary>Whom it waits on: "… wachten op indicatie" → "indicatie".</summary>
    public string? WaitingFor
    {
        get
        {
            var m = WaitingOn.Match(input.Folded);
            return m.Success ? InputNormalizer.Restore(DateExtractor.Tidy(input.Original.Substring(m.Groups["party"].Index, m.Groups["party"].Length)), input.People) : null;
        }
    }

    /// <summary>Whether the message says it did not happen ("is niet gelukt", "not done").</summary>
    public bool SaysNot => NotSo.IsMatch(input.Folded);

    /// <summary>Whether the message says no, off or stop ("geen samenvatting meer", "digest off").</summary>
    public bool Negated => Negation.IsMatch(input.Folded);
}
