using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Parsing;

/// <summary>The language a message was written in, decided per message from its command words.</summary>
public enum Language
{
    Dutch,
    English,
}

/// <summary>A real Teams @mention in the message (not the bot itself), in the order the tags appear.</summary>
public sealed record MentionedPerson(string Name, string UserId);

/// <summary>Who a command points at.</summary>
public abstract record PersonRef
{
    private PersonRef()
    {
    }

    /// <summary>The sender ("ik", "mij", "me", "I").</summary>
    public sealed record Me : PersonRef;

    /// <summary>A real Teams mention.</summary>
    public sealed record Mentioned(MentionedPerson Person) : PersonRef;

    /// <summary>A plain "@Name" or a name after "aan"/"to" without a real mention; the app resolves it against the members.</summary>
    public sealed record Named(string Name) : PersonRef;
}

/// <summary>The result of <see cref="CommandParser.Parse"/>: what was asked, and in which language to answer.</summary>
public sealed record ParsedCommand(Command Command, Language Language);

/// <summary>One thing a professional can ask the bot. Every concrete command is a sealed record below.</summary>
public abstract record Command;

// ---- general -------------------------------------------------------------------------------------------------------

/// <summary>"help", "hulp", "hallo", "wat kan je", "?", "what can you do"; also an empty message.</summary>
public sealed record HelpCommand : Command;

/// <summary>Anything the parser does not recognise; the app answers with help.</summary>
public sealed record UnknownCommand(string OriginalText) : Command;

// ---- family --------------------------------------------------------------------------------------------------------

/// <summary>"start gezin Vlinder", "new family Vlinder". The alias passed <see cref="AliasRules"/>.</summary>
public sealed record StartFamilyCommand(string Alias) : Command;

/// <summary>A start-family command whose alias is not acceptable (empty, too long, odd characters, a BSN or an e-mail).</summary>
public sealed record InvalidAliasCommand(string Alias, AliasProblem Problem) : Command;

/// <summary>"gezin afsluiten: doelen bereikt", "close family: goals reached".</summary>
public sealed record CloseFamilyCommand(string? Reason) : Command;

/// <summary>
/// "gezin wissen[: reden]" asks, "gezin wissen bevestigd[: reden]" erases ("erase family [confirmed]"). Regisseur only;
/// a family that is not closed needs a reason. The reason is never stored.
/// </summary>
public sealed record EraseFamilyCommand(bool Confirmed, string? Reason) : Command;

/// <summary>"niveau MPG2", "zet niveau op risicogezin", "level OMPG".</summary>
public sealed record SetLevelCommand(FamilyLevel Level) : Command;

// ---- regie ---------------------------------------------------------------------------------------------------------

/// <summary>"wie is regisseur?", "who leads".</summary>
public sealed record WhoIsRegisseurCommand : Command;

/// <summary>"ik neem de regie", "ik neem de regie over", "I take the lead".</summary>
public sealed record TakeRegieCommand : Command;

/// <summary>"regie overdragen aan @Fatima", "hand over the lead to @Fatima because …".</summary>
public sealed record HandOverRegieCommand(PersonRef To, string? Reason) : Command;

/// <summary>"ik accepteer de regie", "accept the lead".</summary>
public sealed record AcceptRegieCommand : Command;

/// <summary>"regie weigeren: te veel gezinnen", "decline the lead because …".</summary>
public sealed record DeclineRegieCommand(string? Reason) : Command;

// ---- members -------------------------------------------------------------------------------------------------------

/// <summary>"wie is wie", "who's involved", "members".</summary>
public sealed record WhoIsWhoCommand : Command;

/// <summary>"ik ben van Wijkteam Noord", "I work for Vraagwijzer". The organisation as typed (a lower-case leading article dropped; may carry ", reden: …").</summary>
public sealed record SetOrganisationCommand(string Organisation) : Command;

/// <summary>"mijn rol: uitvoerder", "ik kijk mee", "my role: referrer".</summary>
public sealed record SetRoleCommand(MemberRole Role) : Command;

// ---- plan ----------------------------------------------------------------------------------------------------------

/// <summary>"plan", "laat het plan zien", "show plan".</summary>
public sealed record ShowPlanCommand : Command;

/// <summary>
/// "doel financiën: schulden in kaart", "doel wonen: huurachterstand opgelost, gezin zegt: 'we willen hier blijven'".
/// <see cref="LeefgebiedHint"/> is the raw word(s) before the colon (null when there were none);
/// match it with <see cref="LeefgebiedMatcher"/>.
/// </summary>
public sealed record AddGoalCommand(string? LeefgebiedHint, string Text, string? FamilyWords) : Command;

/// <summary>"eigen woorden bij doel 2: …", "family's words for goal 2: …".</summary>
public sealed record AddFamilyWordsCommand(int GoalNumber, string Words) : Command;

/// <summary>"kracht: …", "strength: …".</summary>
public sealed record AddStrengthCommand(string Text) : Command;

/// <summary>"zorg: …", "worry: …", "concern: …" (but not about safety: see <see cref="SafetyConcernCommand"/>).</summary>
public sealed record AddWorryCommand(string Text) : Command;

/// <summary>"zorg over veiligheid: …", "safety concern: …". Goes to the regisseur at once; the app points to the meldcode.</summary>
public sealed record SafetyConcernCommand(string Text) : Command;

/// <summary>
/// "plan besproken met het gezin op 3 december", "plan deels besproken", "plan zonder gezin: kindveiligheid".
/// <see cref="On"/> is a day on or before today (read backwards: "3 december" is the most recent 3 December, "dinsdag" the most recent Tuesday);
/// null when no date was given. A given date that is unreadable or after today gives <see cref="InvalidDateCommand"/> instead.
/// </summary>
public sealed record PlanDiscussedCommand(AgreementKind Kind, DateOnly? On, string? Reason) : Command;

/// <summary>
/// "toestemming: moeder, schriftelijk, voor Wijkteam, School, GGD, doel: afstemming hulp, tot 1 juni 2027".
/// Only produced when who, how and at least one organisation are present and the end date (if any) is readable and not past;
/// otherwise <see cref="InvalidConsentCommand"/>.
/// </summary>
public sealed record RecordConsentCommand(
    string GivenBy,
    string How,
    IReadOnlyList<string> Organisations,
    string? Purpose,
    DateOnly? Until) : Command;

/// <summary>A consent message that misses a part, or whose end date is unreadable or in the past. <see cref="Until"/> is the end date as read, if any.</summary>
public sealed record InvalidConsentCommand(ConsentProblem Problem, DateParseResult? Until) : Command;

/// <summary>A command whose date could not be used (unreadable, or on the wrong side of today); the app asks back.</summary>
public sealed record InvalidDateCommand(DateParseResult Date) : Command;

// ---- tasks (acties) ------------------------------------------------------------------------------------------------

/// <summary>
/// "taak: @Ahmed belt de woningcorporatie voor vrijdag", "ik bel morgen de school", "spoed: …".
/// <see cref="Owner"/> null = not said (the app takes the sender). <see cref="Due"/> null = no date found (the app asks);
/// an InPast or Unreadable result is kept so the app can ask back.
/// </summary>
public sealed record AddTaskCommand(PersonRef? Owner, string Description, DateParseResult? Due, bool Urgent) : Command
{
    /// <summary>A referral (verwijzing): the writer is the referrer and is asked about silence after some days.</summary>
    public bool Referral { get; init; }
}

/// <summary>"procesmanager is @Karin": sets the team's procesmanager (authorised people only).</summary>
public sealed record SetProcesmanagerCommand(PersonRef To) : Command;

/// <summary>"dagoverzicht aan/uit": one daily overview instead of separate reminders.</summary>
public sealed record DigestCommand(bool On) : Command;

/// <summary>"wie is procesmanager?"</summary>
public sealed record WhoIsProcesmanagerCommand : Command;

/// <summary>"klaar met 3", "3 done".</summary>
public sealed record TaskDoneCommand(int Number) : Command;

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

/// <summary>"escaleer taak 3", "escalate 3".</summary>
public sealed record EscalateTaskCommand(int Number) : Command;

/// <summary>"mijn taken", "what's on my list".</summary>
public sealed record MyTasksCommand : Command;

/// <summary>"geschiedenis", "wat is er veranderd", "history", "log".</summary>
public sealed record HistoryCommand : Command;

// ---- escalation ----------------------------------------------------------------------------------------------------

/// <summary>"knelpunt: school reageert niet", "bottleneck: …", "escaleer: …". Text may be empty (the app asks what it is).</summary>
public sealed record KnelpuntCommand(string Text) : Command;

/// <summary>"geen overeenstemming: …", "we komen er niet uit: …", "no agreement: …". Text may be empty.</summary>
public sealed record ImpasseCommand(string Text) : Command;

/// <summary>Why an alias was refused.</summary>
public enum AliasProblem
{
    Empty,
    TooLong,
    InvalidCharacters,
    LooksLikeBsn,
    LooksLikeEmail,
}

/// <summary>Why a consent message could not be recorded as is.</summary>
public enum ConsentProblem
{
    MissingGivenBy,
    MissingHow,
    MissingOrganisations,
    UntilInPast,
    UntilUnreadable,
}
