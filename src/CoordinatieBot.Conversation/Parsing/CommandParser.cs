namespace CoordinatieBot.Conversation.Parsing;

/// <summary>
/// Turns what a professional typed into a <see cref="Command"/> and the <see cref="Language"/> to answer in. Pure: no IO, no clock.
/// </summary>
/// <remarks>
/// The text arrives with the bot's own mention removed; other mentions are still <c>&lt;at&gt;Name&lt;/at&gt;</c> tags and
/// <c>mentions</c> lists them in order. Matching is case-insensitive and ignores Dutch diacritics, extra spaces, trailing ?!.:,
/// a leading "@CoordinatieBot"/"bot," and a trailing "graag"/"please". Input longer than 2,000 characters or with control characters
/// is <see cref="UnknownCommand"/>. Rules are tried in a fixed order (task status by number first, free-form first-person tasks last);
/// the first whose pattern matches and whose builder accepts wins. Never throws.
/// </remarks>
public static class CommandParser
{
    /// <summary>
    /// Every rule, in the order they are tried: the first that matches and builds a command wins. The rules of a concept live in
    /// Rules/*Rules.cs with what they build; the order across concepts is kept here because it decides what a message means.
    /// </summary>
    private static readonly Rule[] Rules =
    [
        .. OverviewRules.Help,
        .. FormRules.Forms,

        // a task number first: "3 escaleren", "3 klaar", "3 naar @Sanne", "3 naar vrijdag"
        .. EscalationRules.EscalateTask,
        .. TaskRules.Done,
        .. TaskRules.InProgress,
        .. TaskRules.Waiting,
        .. TaskRules.NotPossible,
        .. TaskRules.Reassign,
        .. TaskRules.NewDate,

        .. FamilyRules.StartFamily,

        // "wie is coördinator?" is the coördinator risicogezinnen; "wie is de coördinator van dit gezin" stays the regisseur
        .. GuardRules.Coordinator,
        .. RegieRules.WhoIsRegisseur,
        .. RegieRules.Accept,
        .. RegieRules.Decline,
        .. RegieRules.Take,
        .. RegieRules.HandOver,

        // "ik ben afwezig tot …", "ik ben terug": before the member rules ("ik ben van …") and the new tasks ("ik …")
        .. GuardRules.Absence,
        .. MemberRules.WhoIsWho,
        .. MemberRules.Roles,
        .. MemberRules.Organisation,

        .. PlanRules.Level,
        // "het gezin spreekt Engels", "plan voor het gezin in het Engels": before the family plan and the plan itself
        .. LanguageRules.FamilyLanguage,
        .. PlanRules.ForFamily,
        .. PlanRules.Show,
        .. OverviewRules.MyTasks,
        .. OverviewRules.History,
        .. PlanRules.Discussed,
        .. LifecycleRules.Lifecycle,
        .. MemberRules.Consent,
        .. PlanRules.FamilyWords,
        .. PlanRules.Goals,

        // a safety concern before a worry: "zorg over veiligheid: …" is not "zorg: …"
        .. EscalationRules.Safety,
        .. PlanRules.StrengthsAndWorries,
        .. EscalationRules.KnelpuntAndImpasse,

        .. FamilyRules.CloseAndErase,
        .. OverviewRules.Digest,
        .. EscalationRules.Procesmanager,

        // the casusoverleg: cancelling and moving before planning ("casusoverleg verzetten naar …" is no new one)
        .. MeetingRules.Cancel,
        .. MeetingRules.Move,
        .. MeetingRules.Decision,
        .. MeetingRules.Plan,
        // the family unreachable or reached again, and the family's own action: before the free-form rules below
        .. ChaseRules.Unreachable,
        .. ChaseRules.FamilyTask,

        // a task done, said by what was done ("school is gebeld"): after every rule with words of its own
        .. TaskRules.DoneInWords,

        // new tasks last: "ik …" and "@Sanne …" would otherwise take sentences meant for the rules above
        .. TaskRules.Referral,
        .. TaskRules.NewTask,
    ];

    /// <summary>Read when no rule reads the message: a request to a colleague without a date ("@Sanne kun jij … regelen?").</summary>
    private static readonly Rule[] GuessRules = [.. TaskRules.Requested];

    private const int MaxGuesses = 3;

    /// <summary>The first rule that matches and builds a command, or null.</summary>
    private static ParsedCommand? ByRules(NormalizedInput input, DateOnly today, SchoolHolidays? holidays)
    {
        foreach (var rule in Rules)
        {
            var match = rule.Pattern.Match(input.Folded);
            if (!match.Success) continue;
            if (rule.Build(new RuleMatch(match, input, today, holidays)) is not { } command) continue;
            return new ParsedCommand(command, rule.Language ?? LanguageGuesser.Guess(input.Folded));
        }
        return null;
    }

    /// <summary>The likeliest meanings, best first: what the message resembles as a whole, and a task read loosely.</summary>
    private static List<Command> Guesses(NormalizedInput input, DateOnly today, SchoolHolidays? holidays)
    {
        if (Intents.IntentMatcher.IsChitChat(input.Folded)) return [];
        var guesses = Intents.IntentMatcher.Guesses(input, today, holidays).ToList();
        foreach (var rule in GuessRules)
        {
            var match = rule.Pattern.Match(input.Folded);
            if (!match.Success || rule.Build(new RuleMatch(match, input, today, holidays)) is not { } task) continue;
            // A request phrased as one leads, unless the message clearly resembles something else.
            guesses.Insert(Intents.IntentMatcher.IsClearlyNotATask(input.Folded) ? guesses.Count : 0, task);
            break;
        }
        return guesses.Take(MaxGuesses).ToList();
    }

    /// <summary>Parses one message. <paramref name="today"/> is the caller's date in Europe/Amsterdam.</summary>
    private static ParsedCommand? Thanks(string text)
    {
        var folded = TextFold.Fold(TextFold.CollapseSpaces(text)).Trim().TrimEnd('!', '.', '?', ' ');
        foreach (var rule in OverviewRules.Thanks)
            if (rule.Pattern.IsMatch(folded)) return new ParsedCommand(new ThanksCommand(), rule.Language ?? Language.Dutch);
        return null;
    }

    /// <param name="holidays">The school holidays of the region ("na de kerstvakantie"); the built-in ones when null.</param>
    public static ParsedCommand Parse(string? text, IReadOnlyList<MentionedPerson>? mentions, DateOnly today, SchoolHolidays? holidays = null)
    {
        try
        {
            var input = InputNormalizer.Normalize(text, mentions);
            if (input is null) return new ParsedCommand(new UnknownCommand(text ?? ""), Language.Dutch);
            // A thank-you is read as written: the polite words it consists of are what the normalizer leaves out.
            if (Thanks(text ?? "") is { } thanks) return thanks;
            if (input.Folded.Length == 0) return new ParsedCommand(new HelpCommand(), Language.Dutch);

            if (ByRules(input, today, holidays) is { } precise) return precise;
            // Words that add nothing ("5 is gedaan hoor", "3 loopt nog"): the same rules, without them.
            if (InputNormalizer.WithoutFiller(input) is { } plain && ByRules(plain, today, holidays) is { } withoutFiller) return withoutFiller;

            var language = LanguageGuesser.Guess(input.Folded);
            // No rule reads it exactly: the question it most resembles as a whole, if one clearly does (a question changes nothing).
            if (Intents.IntentMatcher.Match(input, today, holidays) is { } question) return new ParsedCommand(question, language);
            // Otherwise the likeliest meanings, to offer: a change is never made on a guess.
            var guesses = Guesses(input, today, holidays);
            if (guesses.Count > 0) return new ParsedCommand(new WhichMeaningCommand(guesses), language);
            return new ParsedCommand(new UnknownCommand(text ?? "") { Closest = Intents.IntentMatcher.Nearest(input) }, language);
        }
#pragma warning disable CA1031 // the contract is: never throw; anything unexpected is simply not understood
        catch (Exception)
#pragma warning restore CA1031
        {
            return new ParsedCommand(new UnknownCommand(text ?? ""), Language.Dutch);
        }
    }
}
