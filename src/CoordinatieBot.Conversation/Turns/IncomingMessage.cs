using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Turns;

/// <summary>A chat message as the conversation layer sees it: the bot's own mention removed, other mentions listed.</summary>
public sealed record IncomingMessage(
    ConversationKey Conversation,
    Actor From,
    string Text,
    IReadOnlyList<MentionedPerson> Mentions,
    string? Locale)
{
    /// <summary>
    /// The message as the family records applied activities (a hash of tenant, conversation and message id; never the
    /// id itself), so a task can remember the message that made it. Null when the message has no id.
    /// </summary>
    public string? Key { get; init; }
}
