using CoordinatieBot.Conversation.Turns;

namespace CoordinatieBot.Conversation.Ports;

/// <summary>
/// How to reach a conversation later without being asked (a conversation reference). Taken only from
/// authenticated activities, so its service URL can be trusted for proactive messages.
/// </summary>
public sealed record ConversationReference
{
    public required string TenantId { get; init; }
    public required string ConversationId { get; init; }
    /// <summary>The protocol's conversation type, kept as the Teams layer gave it (opaque here and in storage).</summary>
    public required string ConversationType { get; init; }
    /// <summary>
    /// What kind of conversation this is, set by the Teams layer from the protocol's type; null where it is not known
    /// (a row that only notes a refused 1:1 chat, or one stored before the kind was).
    /// </summary>
    public ConversationKind? Kind { get; init; }
    public required string ServiceUrl { get; init; }
    public string? BotId { get; init; }
    /// <summary>For a 1:1 chat: the user's channel id (29:…) and Entra object id.</summary>
    public string? UserId { get; init; }
    public string? AadObjectId { get; init; }
    public string? TeamId { get; init; }
    public string? ChannelId { get; init; }
    public DateTimeOffset LastSeenAt { get; init; }
    /// <summary>For a user: when Teams last refused a 1:1 chat with them; null once one was delivered.</summary>
    public DateTimeOffset? PersonalChatRefusedAt { get; init; }
}
