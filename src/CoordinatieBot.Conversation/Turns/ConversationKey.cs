namespace CoordinatieBot.Conversation.Turns;

/// <summary>Where a turn happens: a tenant and a conversation (a channel thread, group chat or 1:1 chat).</summary>
public sealed record ConversationKey(string TenantId, string ConversationId, ConversationKind Kind, string? TeamId = null);
