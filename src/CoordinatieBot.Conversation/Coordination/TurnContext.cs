using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Coordination;

/// <summary>
/// Who asks what, where, in which language: the same for every way in (typed text, a card button, and the forms,
/// message extension and tab API to come). Every operation takes one.
/// </summary>
public sealed record TurnContext(ConversationKey Where, Actor Actor, Language Language)
{
    /// <summary>The people mentioned in a typed message.</summary>
    public IReadOnlyList<MentionedPerson> Mentions { get; init; } = [];

    /// <summary>The family the turn is about when it came with one (a card carries it); otherwise the conversation's.</summary>
    public string? FamilyId { get; init; }

    /// <summary>Set for a card button: which button, about which action.</summary>
    public CardOrigin? Card { get; init; }

    /// <summary>In whose name the family is changed; a member unless the caller checked otherwise.</summary>
    public ActingAs ActingAs { get; init; } = ActingAs.Member;

    /// <summary>For a typed message: its recorded key (<see cref="IncomingMessage.Key"/>), so a task remembers the message that made it.</summary>
    public string? MessageKey { get; init; }

    public bool IsPersonal => Where.Kind == ConversationKind.Personal;

    /// <summary>The family is found by <see cref="FamilyId"/>: a 1:1 card, the procesmanager, or the bot itself.</summary>
    public bool FindsFamilyById => FamilyId is not null && (IsPersonal || ActingAs != ActingAs.Member);

    public static TurnContext Of(IncomingMessage message, Language language) =>
        new(message.Conversation, message.From, language) { Mentions = message.Mentions, MessageKey = message.Key };
}

/// <summary>A card button: its verb, the action it is about (0 when none), and whether the thread hears of it from a 1:1 card.</summary>
public sealed record CardOrigin(string Verb, int ActionNumber, ThreadNote ThreadNote = ThreadNote.WhenChanged);

/// <summary>Whether a change made on a 1:1 card is told in the family's thread (in working hours).</summary>
public enum ThreadNote
{
    /// <summary>The operation tells the thread itself, or there is nothing to tell.</summary>
    None,
    WhenChanged,
    /// <summary>Also when nothing changed (e.g. the regisseur proposes a casusoverleg).</summary>
    Always,
}

public enum ActingAs
{
    /// <summary>A member of the family's thread (checked when the family is found by id).</summary>
    Member,
    /// <summary>The family's procesmanager, checked by the caller; not a member.</summary>
    Procesmanager,
    /// <summary>The bot itself, for what nobody typed (someone joined or left the chat).</summary>
    Bot,
}
