using CoordinatieBot.Conversation.Turns;

namespace CoordinatieBot.Conversation.Ports;

/// <summary>Proactive messages: to one person in a 1:1 chat, or into a family's thread.</summary>
public interface INoticeSender
{
    /// <summary>False when the person cannot be reached (no known address, blocked, uninstalled).</summary>
    Task<bool> ToPersonAsync(string tenantId, Recipient to, Reply message, CancellationToken ct);

    /// <summary>A 1:1 message that tells why it did not arrive: refused (no 1:1 chat possible for this person) or failed.</summary>
    Task<SendResult> SendToPersonAsync(string tenantId, Recipient to, Reply message, CancellationToken ct);

    Task<bool> ToThreadAsync(string tenantId, string conversationId, Reply message, CancellationToken ct);

    /// <summary>Replaces a card the bot posted earlier (e.g. the living plan card once the family is erased).</summary>
    Task<bool> ReplaceCardAsync(string tenantId, string conversationId, string activityId, Views.CardView card, CancellationToken ct);
}

/// <summary>A person to reach: a member by their Teams user id, or a procesmanager by Entra object id.</summary>
public sealed record Recipient(string? UserId, string? AadObjectId, string Name);

public enum SendResult
{
    Sent,
    /// <summary>Teams will not open or deliver a 1:1 chat for this person (e.g. the app is not installed for a guest).</summary>
    Refused,
    /// <summary>Not delivered for another reason (no address known, the connector failing): trying again later may work.</summary>
    Failed,
}
