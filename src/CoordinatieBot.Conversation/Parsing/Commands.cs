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

    /// <summary>
    /// Picked on a form (Teams' people picker): an Entra object id, or the Teams user id of a member offered on the form.
    /// The app finds the member with that id; someone outside the thread is not made an owner.
    /// </summary>
    public sealed record Picked(string Id) : PersonRef;
}

/// <summary>The result of <see cref="CommandParser.Parse"/>: what was asked, and in which language to answer.</summary>
public sealed record ParsedCommand(Command Command, Language Language);

/// <summary>
/// One thing a professional can ask the bot. Every concrete command is a sealed record: the general ones are below, the others sit
/// with the rules that build them, one file per concept (Rules/TaskRules.cs, RegieRules.cs, PlanRules.cs, MemberRules.cs,
/// EscalationRules.cs, FamilyRules.cs, OverviewRules.cs).
/// </summary>
public abstract record Command;

/// <summary>Anything the parser does not recognise; the app answers briefly, with the closest commands.</summary>
public sealed record UnknownCommand(string OriginalText) : Command
{
    /// <summary>The kinds of command the text resembles most (their command types), best first; empty when it resembles none.</summary>
    public IReadOnlyList<Type> Closest { get; init; } = [];
}

/// <summary>A command whose date could not be used (unreadable, or on the wrong side of today); the app asks back.</summary>
public sealed record InvalidDateCommand(DateParseResult Date) : Command;

/// <summary>
/// The bot is not sure what was meant: no rule reads the message exactly, and these are the likeliest meanings, best first.
/// Nothing is changed; the app offers them as buttons and one press makes that one.
/// </summary>
public sealed record WhichMeaningCommand(IReadOnlyList<Command> Choices) : Command;
