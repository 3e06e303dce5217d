namespace CoordinatieBot.Conversation.Ports;

/// <summary>Stored conversation references: one per conversation, and the latest one per user for 1:1 messages.</summary>
public interface IConversationReferenceStore
{
    Task SaveAsync(ConversationReference address, CancellationToken ct);

    Task<ConversationReference?> GetConversationAsync(string tenantId, string conversationId, CancellationToken ct);

    /// <summary>The last address seen for this user: their service URL, and their 1:1 chat if there is one.</summary>
    Task<ConversationReference?> GetUserAsync(string tenantId, string userId, CancellationToken ct);

    /// <summary>The same, found by the person's Entra object id (how a procesmanager is configured).</summary>
    Task<ConversationReference?> GetByAadObjectIdAsync(string tenantId, string aadObjectId, CancellationToken ct);

    /// <summary>Notes that a 1:1 chat with the user was refused (<paramref name="at"/>) or delivered again (null).</summary>
    Task SetPersonalChatRefusedAsync(string tenantId, string userId, string? aadObjectId, DateTimeOffset? at, CancellationToken ct);

    /// <summary>Any address seen in the tenant: its service URL serves a first 1:1 chat with someone new.</summary>
    Task<ConversationReference?> AnyInTenantAsync(string tenantId, CancellationToken ct);
}
