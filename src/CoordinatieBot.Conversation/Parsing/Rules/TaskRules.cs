using System.Text.RegularExpressions;
using static CoordinatieBot.Conversation.Parsing.Patterns;

namespace CoordinatieBot.Conversation.Parsing;

// ---- tasks (acties): the commands -----------------------------------------------------------------------------------

/// <summary>
/// "taak: @Ahmed belt de woningcorporatie voor vrijdag", "ik bel morgen de school", "spoed: …".
/// <see cref="Owner"/> null = not said (the app takes the sender). <see cref="Due"/> null = no date found (the app asks);
/// an InPast or Unreadable result is kept so the app can ask back.
/// </summary>
public sealed record AddTaskCommand(PersonRef? Owner, string Description, DateParseResult? Due, bool Urgent) : Command
{
    /// <summary>A referral (verwijzing): the writer is the referrer and is asked about silence after some days.</summary>
    public bool Referral { get; init; }

    /// <summary>The leefgebied the task serves, when the writer chose one (the task form offers the plan's).</summary>
    public string? Leefgebied { get; init; }

    /// <summary>The family's own action ("taak voor het gezin: …"): <see cref="Owner"/> is the professional who supports them.</summary>
    public bool ForFamily { get; init; }
}

/// <summary>"klaar met 3", "3 done".</summary>
public sealed record TaskDoneCommand(int Number) : Command;

/// <summary>
/// "de aanvraag bijzondere bijstand is ingediend", "school is gebeld", "I called the school, done": a task said done by
/// what it was about, not its number. <see cref="Words"/> is what was done ("de aanvraag bijzondere bijstand"); the app
/// finds the open task it matches, and asks which one when several do.
/// </summary>
public sealed record TaskDoneInWordsCommand(string Words) : Command;

/// <summary>"3 bezig", "working on 3".</summary>
public sealed record TaskInProgressCommand(int Number, DateParseResult? Expected = null) : Command;

/// <summary>"taak 3: wacht op IND tot 1 februari", "3 waiting for IND until 1 February".</summary>
public sealed record TaskWaitingCommand(int Number, string Party, DateParseResult? Until) : Command;

/// <summary>"3 lukt niet: gezin niet bereikbaar", "3 can't be done: family unreachable".</summary>
public sealed record TaskNotPossibleCommand(int Number, string? Reason) : Command;

/// <summary>"3 nieuwe datum 12 december: wachtlijst", "move 3 to Friday because …". <see cref="Date"/> may be InPast/Unreadable.</summary>
public sealed record TaskNewDateCommand(int Number, DateParseResult Date, string? Reason) : Command;

/// <summary>"taak 3 naar @Sanne", "reassign 3 to @Sanne".</summary>
public sealed record TaskReassignCommand(int Number, PersonRef To) : Command;

/// <summary>
/// The rules for tasks: a status by task number (done, in progress, waiting, can't be done, to someone else, a new date), a referral,
/// and a new task (said as "taak: …", "spoed: …", "ik bel …", "@Sanne belt … vrijdag").
/// </summary>
internal static class TaskRules
{
    // ---- done -------------------------------------------------------------------------------------------------------

    public static readonly Rule[] Done =
    [
        Rule.Dutch(@"^(ik\s+heb\s+)?" + TaskNumber + @"\s+(is\s+)?(nu\s+)?(klaar|gedaan|afgerond|af|voltooid|opgelost|geregeld|afgevinkt|gereed)$", TaskDone),
        Rule.Dutch(@"^(ik\s+ben\s+|ben\s+)?(klaar|gereed)\s+met\s+" + TaskNumber + "$", TaskDone),
        Rule.Dutch(@"^(vink\s+" + TaskNumber + @"\s+af|(markeer|zet)\s+" + TaskNumber + @"\s+(als|op)\s+(klaar|gedaan|afgerond)|(afgerond|gedaan|afvinken)\s*:?\s*" + TaskNumber + ")$", TaskDone),
        Rule.English("^" + TaskNumber + @"\s+(is\s+)?(done|finished|completed|complete|ready|closed|resolved)$", TaskDone),
        Rule.English(@"^((i'?m|i\s+am)\s+)?(done|finished)\s+with\s+" + TaskNumber + "$", TaskDone),
        Rule.English(@"^(i\s+(have\s+|'ve\s+)?)?(done|finished|completed|complete|close|closed|resolved)\s*:?\s*" + TaskNumber + "$", TaskDone),
        Rule.English(@"^(mark\s+" + TaskNumber + @"\s+(as\s+)?(done|complete|completed|finished)|(check|tick)\s+off\s+" + TaskNumber + @"|(check|tick)\s+" + TaskNumber + @"\s+off)$", TaskDone),
    ];

    private static Command TaskDone(RuleMatch match) => new TaskDoneCommand(match.Number);

    // ---- done, said by what was done ("school is gebeld") -----------------------------------------------------------

    /// <summary>A Dutch past participle: "gebeld", "ingediend", "aangevraagd", "afgerond", "geweest", "gesproken".</summary>
    private const string Participle = @"(aan|in|af|op|door|uit|mee|over|terug|na|toe|weg)?ge[\p{L}]{2,}(d|t|en)";

    /// <summary>Past participles without "ge" that say something was done (an open list would also take "ontbreekt").</summary>
    private const string OtherParticiple = "verstuurd|verzonden|besproken|betaald|ontvangen|verwerkt|beantwoord|bezorgd|overgedragen|ondertekend|aangemeld";

    private const string DoneWord = "(?<done>" + Participle + "|" + OtherParticiple + @"|gedaan|klaar|af|rond|gelukt)";

    private const string Afterthought = @"(\s*[,;:.-]\s*.*)?";

    /// <summary>Words with a verb of their own are a sentence about something else ("de moeder heeft gebeld"), not a task done.</summary>
    private const string NoVerb = @"(?![^,;:]*\b(heeft|hebben|heb|hadden|had|wil|wilde|moet|kan|kon|zal|gaat|ging|belde|zegt|zei|vindt|vond)\b)";

    /// <summary>"is niet gelukt", "nog niet gebeld": not done; "wat is er gebeurd?": a question.</summary>
    private const string NotNegated = @"(?!.*\b(niet|geen|nooit|not|never|n't)\b)(?!(wie|wat|welke|waar|wanneer|hoe|waarom|who|what|which|where|when|how|why)\b)";

    public static readonly Rule[] DoneInWords =
    [
        Rule.Dutch("^" + NotNegated + @"(?<words>[^,;:]+?)\s+(is|zijn|werd|was)\s+(nu\s+|al\s+|inmiddels\s+)?" + DoneWord + Afterthought + "$", TaskDoneInWords),
        Rule.Dutch("^" + NotNegated + @"ik\s+heb\s+(?<words>[^,;:]+?)\s+" + DoneWord + Afterthought + "$", TaskDoneInWords),
        Rule.Dutch("^" + NotNegated + @"(?<words>[^,;:]+?)\s+heb\s+ik\s+" + DoneWord + Afterthought + "$", TaskDoneInWords),
        Rule.Dutch("^" + NotNegated + NoVerb + @"(?<words>[^,;:]+?)\s+(?<done>" + Participle + "|" + OtherParticiple + "|gedaan)" + Afterthought + "$", TaskDoneInWords),
        Rule.English("^" + NotNegated + @"(i\s+)?(have\s+|'ve\s+|just\s+)*(?<done>called|phoned|rang|emailed|mailed|sent|submitted|arranged|finished|completed)\s+(?<words>[^,;:]+?)(\s*[,;:.-]\s*(done|finished|sorted|all\s+done))?$", TaskDoneInWords),
        Rule.English("^" + NotNegated + @"(?<words>[^,;:]+?)\s+(is|are|was|has\s+been)\s+(?<done>done|finished|completed|sent|submitted|sorted|arranged|called)" + Afterthought + "$", TaskDoneInWords),
    ];

    private static readonly Regex NumberInWords = TextFold.Compile(
        @"^((ok|oke|okay|ja|nou|btw|trouwens|so|yes)[\s,]+)*#?(?<number>[0-9]{1,4})$|\b(taak|actie|actiepunt|task|action)\s*\.?\s*#?(?<number>[0-9]{1,4})\b");

    /// <summary>"3 is gefixt", "taak 9 is trouwens gedaan": that is a task by its number after all.</summary>
    private static Command? TaskDoneInWords(RuleMatch match)
    {
        var (original, folded) = match.Slice("words");
        if (NumberInWords.Match(folded.Trim()) is { Success: true } number) return new TaskDoneCommand(int.Parse(number.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture));
        var words = match.Clean(original);
        // What was done counts too ("gebeld" meets "bellen"), but not words that only say it is over.
        var done = match.Folded("done");
        if (done is not ("klaar" or "af" or "rond" or "gelukt" or "gedaan" or "done" or "finished" or "completed" or "sorted")) words += " " + done;
        return words.Length < 3 || words.Contains('@') ? null : new TaskDoneInWordsCommand(words);
    }

    // ---- in progress, maybe with an expected date -------------------------------------------------------------------

    public static readonly Rule[] InProgress =
    [
        Rule.Dutch("^" + TaskNumber + @"\s*[:,-]?\s*(is\s+)?(bezig|in\s+behandeling|loopt|in\s+uitvoering)\s*[,:;-]?\s*(klaar\s+|af\s+)?(?<expected>(tot|verwacht|uiterlijk|rond|voor)\b.+)$", TaskInProgressUntil),
        Rule.English("^" + TaskNumber + @"\s*[:,-]?\s*(is\s+)?(in\s+progress|ongoing|underway)\s*[,:;-]?\s*(done\s+)?(?<expected>(until|expected|by|around)\b.+)$", TaskInProgressUntil),
        Rule.Dutch("^" + TaskNumber + @"\s+(is\s+)?(bezig|in\s+behandeling|onderhanden|loopt|opgepakt|gestart|begonnen|mee\s+bezig|ermee\s+bezig|in\s+uitvoering)$", TaskInProgress),
        Rule.Dutch(@"^(ik\s+ben\s+|ben\s+)?(bezig|begonnen|gestart)\s+(met|aan)\s+" + TaskNumber + "$", TaskInProgress),
        Rule.Dutch(@"^(ik\s+)?((pak|start)\s+" + TaskNumber + @"(\s+op)?|(begin|start)\s+(met|aan)\s+" + TaskNumber + @"|werk\s+aan\s+" + TaskNumber + ")$", TaskInProgress),
        Rule.English("^" + TaskNumber + @"\s+(is\s+)?(in\s+progress|ongoing|started|underway|being\s+worked\s+on|on\s+it|wip)$", TaskInProgress),
        Rule.English(@"^((i'?m|i\s+am)\s+)?(working\s+on|started\s+on|started|starting|on)\s+" + TaskNumber + "$", TaskInProgress),
        Rule.English(@"^(i'?ll\s+|i\s+will\s+|i\s+)?(start|pick\s+up|take\s+on|begin)\s+" + TaskNumber + "$", TaskInProgress),
    ];

    private static readonly Regex UntilConnector = TextFold.Compile(
        @"(^|[\s,(]+)(tot\s+en\s+met|tot|t/m|until|till|til|verwacht(\s+op|\s+rond)?|expected(\s+on|\s+by|\s+around)?|uiterlijk|rond|around|by)\s+");

    private static readonly Regex TrailingDone = TextFold.Compile(@"\s+(klaar|af|gereed|rond|done|finished|ready)$");

    private static Command TaskInProgress(RuleMatch match) => new TaskInProgressCommand(match.Number);

    /// <summary>"1 bezig, verwacht 15 januari": in progress with an expected date.</summary>
    private static Command? TaskInProgressUntil(RuleMatch match)
    {
        var (original, folded) = match.Slice("expected");
        var connector = UntilConnector.Match(folded);
        var skip = connector.Success && connector.Index == 0 ? connector.Length : folded.StartsWith("voor ", StringComparison.Ordinal) ? "voor ".Length : -1;
        if (skip < 0) return null;
        // "verwacht vrijdag klaar": the date without the word that says what happens then.
        var end = TrailingDone.Match(folded) is { Success: true } done ? done.Index : folded.Length;
        if (end <= skip) return null;
        var date = DateExpressionParser.Match(folded[skip..end], match.Today, DateDirection.Future, schoolHolidays: match.Holidays);
        if (date.Shape == DateExpressionParser.DateShape.None) return null;
        return new TaskInProgressCommand(match.Number, date.Result with { Text = original[skip..end].Trim() });
    }

    // ---- waiting for someone, maybe until a date --------------------------------------------------------------------

    public static readonly Rule[] Waiting =
    [
        Rule.Dutch("^" + TaskNumber + @"\s*[:,-]?\s*(we\s+)?(wacht|wachten|wachtend|staat\s+te\s+wachten|in\s+afwachting)\s+(op|van)\s+(?<party>.+)$", TaskWaiting),
        Rule.Dutch("^" + TaskNumber + @"\s*[:,-]?\s*(staat\s+)?op\s+(de\s+)?(?<party>wachtlijst.*)$", TaskWaiting),
        Rule.English("^" + TaskNumber + @"\s*[:,-]?\s*(is\s+|we'?re\s+|we\s+are\s+)?(waiting|waits|wait|pending)\s+(for|on)\s+(?<party>.+)$", TaskWaiting),
        Rule.English("^" + TaskNumber + @"\s*[:,-]?\s*(is\s+)?on\s+(the\s+|a\s+)?(?<party>waiting\s+list.*)$", TaskWaiting),
    ];

    private static Command? TaskWaiting(RuleMatch match)
    {
        var (original, folded) = match.Slice("party");
        DateParseResult? until = null;
        foreach (Match connector in UntilConnector.Matches(folded))
        {
            var dateStart = connector.Index + connector.Length;
            var date = DateExpressionParser.Match(folded[dateStart..], match.Today, DateDirection.Future, schoolHolidays: match.Holidays);
            if (date.Shape == DateExpressionParser.DateShape.None) continue;
            until = date.Result with { Text = original[dateStart..].Trim() };
            original = original[..connector.Index];
            break;
        }
        var party = match.Clean(original).TrimEnd('(').Trim();
        return party.Length == 0 ? null : new TaskWaitingCommand(match.Number, party, until);
    }

    // ---- can't be done ----------------------------------------------------------------------------------------------

    public static readonly Rule[] NotPossible =
    [
        Rule.Dutch("^" + TaskNumber + @"\s*[:,-]?\s*(lukt\s+niet|gaat\s+niet\s+lukken|gaat\s+niet|kan\s+niet|is\s+niet\s+mogelijk|niet\s+mogelijk|onmogelijk|niet\s+gelukt|is\s+mislukt|mislukt)(" + ReasonAfterPhrase + ")?$", TaskNotPossible),
        Rule.English(@"^(i\s+)?(can'?t|cannot|can\s+not|couldn'?t)\s+do\s+" + TaskNumber + "(" + ReasonAfterPhrase + ")?$", TaskNotPossible),
        Rule.English("^" + TaskNumber + @"\s*[:,-]?\s*(can'?t\s+be\s+done|cannot\s+be\s+done|can\s+not\s+be\s+done|is\s+not\s+possible|not\s+possible|impossible|won'?t\s+work|didn'?t\s+work|" +
            @"can'?t\s+do\s+it|failed|won'?t\s+happen|not\s+feasible|is\s+blocked|blocked)(" + ReasonAfterPhrase + ")?$", TaskNotPossible),
    ];

    private static Command TaskNotPossible(RuleMatch match) => new TaskNotPossibleCommand(match.Number, match.Reason("reason"));

    // ---- to someone else --------------------------------------------------------------------------------------------

    public static readonly Rule[] Reassign =
    [
        Rule.Dutch("^" + TaskNumber + @"\s+(overdragen\s+aan|overzetten\s+naar|over\s+naar|over\s+aan|gaat\s+naar|toewijzen\s+aan|voor|naar)\s+" + Person + "$", TaskReassign),
        Rule.Dutch(@"^(draag|zet|wijs|geef)\s+" + TaskNumber + @"\s+(over\s+aan|over\s+naar|toe\s+aan|aan|naar)\s+" + Person + "$", TaskReassign),
        Rule.English(@"^(reassign|assign|move|give|hand\s+over|transfer|pass)\s+" + TaskNumber + @"\s+to\s+" + Person + "$", TaskReassign),
        Rule.English("^" + TaskNumber + @"\s+(to|reassign\s+to|goes\s+to|for)\s+" + Person + "$", TaskReassign),
    ];

    /// <summary>"3 naar @Sanne" is a reassignment; "3 naar vrijdag" is not (it is a new date).</summary>
    private static Command? TaskReassign(RuleMatch match)
    {
        var (original, folded) = match.Slice("person");
        if (match.DateAtStart(folded, DateDirection.Future) is not null) return null;
        return match.Person(original, folded) is { } to ? new TaskReassignCommand(match.Number, to) : null;
    }

    // ---- a new date -------------------------------------------------------------------------------------------------

    public static readonly Rule[] NewDate =
    [
        Rule.Dutch("^" + TaskNumber + @"\s*[:,-]?\s*(wordt\s+|is\s+)?(nieuwe\s+(datum|deadline|einddatum|termijn)|verzetten|verzet|verplaatsen|verplaatst|verplaats|verschuiven|verschuift|verschuif|uitstellen|uitgesteld|opschuiven|schuift\s+op|schuift)" +
            @"\s*(naar|tot|op|:)?\s*(?<dateAndReason>.+)$", TaskNewDate(dateRequired: false)),
        Rule.Dutch(@"^(verzet|verplaats|verschuif|schuif)\s+" + TaskNumber + @"\s+(op\s+)?(naar|tot|op)\s+(?<dateAndReason>.+)$", TaskNewDate(dateRequired: false)),
        Rule.Dutch(@"^(stel\s+)?" + TaskNumber + @"\s+uit\s+(tot|naar)\s+(?<dateAndReason>.+)$", TaskNewDate(dateRequired: false)),
        Rule.English("^" + TaskNumber + @"\s*[:,-]?\s*(is\s+)?(new\s+(date|deadline|due\s+date)|moved?\s+to|postponed?\s+(to|until|till)|rescheduled?\s+(to|for)|push(ed)?\s+(back\s+)?to|delay(ed)?\s+(to|until)|shift(ed)?\s+to)" +
            @"\s*:?\s*(?<dateAndReason>.+)$", TaskNewDate(dateRequired: false)),
        Rule.English(@"^(move|postpone|reschedule|push\s+back|push|delay|shift)\s+" + TaskNumber + @"\s+(to|until|till|for)\s+(?<dateAndReason>.+)$", TaskNewDate(dateRequired: false)),
        Rule.Dutch("^" + TaskNumber + @"\s+(naar|op|voor|wordt|schuift\s+naar)\s+(?<dateAndReason>.+)$", TaskNewDate(dateRequired: true)),
        Rule.English("^" + TaskNumber + @"\s+(to|on|by|before)\s+(?<dateAndReason>.+)$", TaskNewDate(dateRequired: true)),
    ];

    /// <summary>
    /// A new date, maybe followed by a reason. With <paramref name="dateRequired"/> the words must read as a date ("3 naar vrijdag"),
    /// else the rule does not apply; without, an unreadable date is kept so the app can ask back.
    /// </summary>
    private static Func<RuleMatch, Command?> TaskNewDate(bool dateRequired) => match =>
    {
        var (original, folded) = match.Slice("dateAndReason");
        if (folded.TrimStart().StartsWith('@')) return null;
        var (date, reason) = match.DateThenReason(original, folded, DateDirection.Future);
        if (date is null)
        {
            if (dateRequired) return null;
            date = DateParseResult.Unreadable(original.Trim());
        }
        return new TaskNewDateCommand(match.Number, date, reason);
    };

    // ---- referrals (a task whose silence is noticed) ----------------------------------------------------------------

    public static readonly Rule[] Referral =
    [
        Rule.Dutch(@"^(door)?verwijzing(\s+(naar|aan|voor)\s+" + Person + @")?\s*[:-]\s*(?<description>.+)$", ReferralTask),
        Rule.English(@"^referral(\s+(to|for)\s+" + Person + @")?\s*[:-]\s*(?<description>.+)$", ReferralTask),
    ];

    private static Command? ReferralTask(RuleMatch match) =>
        AddTask(match) is AddTaskCommand task ? task with { Referral = true } : null;

    // ---- a new task -------------------------------------------------------------------------------------------------

    /// <summary>Tried last: the first-person and "@Name …" forms would otherwise take sentences meant for other rules.</summary>
    public static readonly Rule[] NewTask =
    [
        Rule.Dutch(@"^(?<urgent>(urgente?|spoed|dringende?)\s*)?(nieuwe\s+|voeg\s+)?(?<urgent>(urgente?|spoed)\s*)?(taak|actie|actiepunt)(\s+toevoegen|\s+toe)?(\s+(voor|aan)\s+" + Person + @")?\s*[:-]\s*(?<description>.+)$", AddTask),
        Rule.Dutch(@"^(?<urgent>(urgente?|spoed|dringende?)\s*)?(nieuwe\s+)?(?<urgent>(urgente?|spoed)\s*)?(taak|actie|actiepunt)\s+(voor|aan)\s+(?<person>" + Mention + @"|mij|mezelf|mijzelf)\s+(?<description>.+)$", AddTask),
        Rule.English(@"^(?<urgent>urgent\s+)?(add\s+(a\s+|an\s+)?|new\s+|create\s+(a\s+|an\s+)?)?(?<urgent>urgent\s+)?(task|action|action\s+item)(\s+(for|to)\s+" + Person + @")?\s*[:-]\s*(?<description>.+)$", AddTask),
        Rule.English(@"^(?<urgent>urgent\s+)?(add\s+(a\s+|an\s+)?|new\s+|create\s+(a\s+|an\s+)?)?(?<urgent>urgent\s+)?(task|action|action\s+item)\s+for\s+(?<person>" + Mention + @"|me|myself)\s+(?<description>.+)$", AddTask),
        Rule.AnyLanguage(@"^(?<urgent>(urgent|urgente|spoed)\s*)?(new\s+|nieuwe\s+|add\s+)?(todo|to-do|to\s+do)(\s+(for|voor)\s+" + Person + @")?\s*[:-]\s*(?<description>.+)$", AddTask),
        Rule.Dutch(@"^(?<urgent>spoed|dringend|urgent)\s*[:!-]\s*(?<description>.+)$", AddTask),
        Rule.Dutch(@"^ik\s+(?<description>(?<verb>[\p{L}]+)\s+.+)$", DutchFirstPersonTask(offered: false)),
        Rule.English(@"^i(?<auxiliary>'ll|\s+will|\s+shall|'m\s+going\s+to|\s+am\s+going\s+to|'m\s+gonna|\s+can|\s+have\s+to|\s+need\s+to|\s+must)?\s+(?<description>(?<verb>[\p{L}]+)\s+.+)$", EnglishFirstPersonTask(offered: false)),
        Rule.AnyLanguage(@"^(?<person>" + Mention + @")\s*[,:]?\s+(?<description>.+)$", MentionedPersonTask(offered: false)),
    ];

    /// <summary>
    /// Only to offer (never made without a press): "@Sanne zou je de aanmelding willen regelen?", "ik bel de school": a task
    /// said in free form is made at once only when it says when; without a date it may be a plan, a request or just news.
    /// </summary>
    public static readonly Rule[] Requested =
    [
        Rule.AnyLanguage(@"^(?<person>" + Mention + @")\s*[,:]?\s+(?<description>\S+\s+\S.*)$", MentionedPersonTask(offered: true)),
        Rule.Dutch(@"^ik\s+(?<description>(?<verb>[\p{L}]+)\s+.+)$", DutchFirstPersonTask(offered: true)),
        Rule.English(@"^i(?<auxiliary>'ll|\s+will|\s+shall|'m\s+going\s+to|\s+am\s+going\s+to|'m\s+gonna|\s+can|\s+have\s+to|\s+need\s+to|\s+must)?\s+(?<description>(?<verb>[\p{L}]+)\s+.+)$", EnglishFirstPersonTask(offered: true)),
    ];

    private static readonly Regex LeadingMention = TextFold.Compile(@"^(?<person>" + Mention + @")\s*[,:]?\s+(?=\S)");

    private static readonly Regex LeadingFirstPerson = TextFold.Compile(
        @"^(ik|i)((\s+(zal|ga|kan|wil|moet))|'ll|\s+will|\s+shall|'m\s+going\s+to|\s+am\s+going\s+to|'m\s+gonna|\s+can)?\s+(?=\S)");

    /// <summary>"ik ben …", "ik weet …": sentences, not tasks.</summary>
    private static readonly HashSet<string> DutchNonTaskVerbs =
    [
        "ben", "was", "waren", "heb", "had", "weet", "wist", "denk", "dacht", "vind", "vond", "snap", "begrijp", "hoop", "geloof",
        "zie", "zag", "hoor", "voel", "mis", "ken", "bedoel", "twijfel", "kijk", "zit", "sta", "lig", "woon", "heet", "accepteer",
        "weiger", "draag",
    ];

    private static readonly HashSet<string> DutchAuxiliaries = ["zal", "ga", "kan", "wil", "moet"];

    /// <summary>"I think …", "I know …": sentences, not tasks (unless an auxiliary came first: "I'll take …").</summary>
    private static readonly HashSet<string> EnglishNonTaskVerbs =
    [
        "am", "was", "were", "have", "had", "think", "thought", "know", "knew", "guess", "believe", "feel", "felt", "see", "saw",
        "hope", "do", "did", "mean", "like", "love", "want", "agree", "disagree", "understand", "would", "should", "could", "might",
        "may", "wonder", "really", "accept", "decline", "take",
    ];

    private static Command? AddTask(RuleMatch match)
    {
        var urgent = match.Has("urgent");
        PersonRef? owner = null;
        if (match.Has("person") && (owner = match.Person("person")) is null) return null;
        var (original, folded) = match.Slice("description");
        return TaskFrom(match, original, folded, owner, dateRequired: false, urgent);
    }

    /// <summary>
    /// "ik bel morgen de school": the sender's task. Made at once (<paramref name="offered"/> false) only when it says when
    /// and resembles nothing else; offered (see <see cref="Requested"/>) without a date or when it also reads as something else.
    /// </summary>
    private static Func<RuleMatch, Command?> DutchFirstPersonTask(bool offered) => match =>
    {
        var verb = match.Folded("verb");
        var (original, folded) = match.Slice("description");
        if (DutchNonTaskVerbs.Contains(verb) || (!offered && Intents.IntentMatcher.IsClearlyNotATask(match.WholeFolded))) return null;
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words[1] is "me" or "mij" or "mezelf") return null;
        if (DutchAuxiliaries.Contains(verb)) (original, folded) = (original[verb.Length..].TrimStart(), folded[verb.Length..].TrimStart());
        return TaskFrom(match, original, folded, new PersonRef.Me(), dateRequired: !offered, urgent: false);
    };

    /// <summary>"I'll call the school tomorrow": the sender's task, made or offered as <see cref="DutchFirstPersonTask"/>.</summary>
    private static Func<RuleMatch, Command?> EnglishFirstPersonTask(bool offered) => match =>
    {
        var verb = match.Folded("verb");
        if (!match.Has("auxiliary") && EnglishNonTaskVerbs.Contains(verb)) return null;
        if (!offered && Intents.IntentMatcher.IsClearlyNotATask(match.WholeFolded)) return null;
        var (original, folded) = match.Slice("description");
        if (folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2) return null;
        return TaskFrom(match, original, folded, new PersonRef.Me(), dateRequired: !offered, urgent: false);
    };

    /// <summary>"@Sanne belt de school vrijdag": a task for the mentioned person, made only with a date, offered without.</summary>
    private static Func<RuleMatch, Command?> MentionedPersonTask(bool offered) => match =>
    {
        var (original, folded) = match.Slice("description");
        return TaskFrom(match, original, folded, match.Person("person"), dateRequired: !offered, urgent: false);
    };

    /// <summary>
    /// The task in a decision ("besluit: @Ahmed regelt X voor vrijdag", "besluit: ik bel de school"): only when an owner leads
    /// it and something is left to do; a decision without one ("besluit: gezin start met schuldhulp") is no task.
    /// </summary>
    internal static AddTaskCommand? DecisionTask(RuleMatch match, string original, string folded) =>
        (LeadingMention.IsMatch(folded) || LeadingFirstPerson.IsMatch(folded)) && TaskFrom(match, original, folded, null, dateRequired: false, urgent: false) is AddTaskCommand
        {
            Owner: not null, Description.Length: > 0,
        } task ? task : null;

    /// <summary>
    /// The task in a description: an owner not yet known may lead it ("@Sanne belt …", "ik bel …"), a date anywhere in it is the due date.
    /// </summary>
    internal static Command? TaskFrom(RuleMatch match, string original, string folded, PersonRef? owner, bool dateRequired, bool urgent)
    {
        if (owner is null)
        {
            if (LeadingMention.Match(folded) is { Success: true } mention)
            {
                var person = mention.Groups["person"];
                owner = match.Person(original.Substring(person.Index, person.Length), person.Value);
                (original, folded) = (original[mention.Length..], folded[mention.Length..]);
            }
            else if (LeadingFirstPerson.Match(folded) is { Success: true } me)
            {
                owner = new PersonRef.Me();
                (original, folded) = (original[me.Length..], folded[me.Length..]);
            }
        }
        var extraction = DateExtractor.Extract(original, match.Today, language: LanguageGuesser.Guess(match.WholeFolded), holidays: match.Holidays);
        if (dateRequired && extraction is null) return null;
        var description = TaskTitle.FromRequest(match.Clean(extraction?.Remainder ?? original));
        if (description.Length == 0 && extraction is null) return null;
        return new AddTaskCommand(owner, description, extraction?.Result, urgent);
    }
}
