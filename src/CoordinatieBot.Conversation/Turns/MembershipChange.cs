using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Turns;

/// <summary>People joined or left the conversation (conversationUpdate), the bot itself excluded.</summary>
public sealed record MembershipChange(ConversationKey Conversation, IReadOnlyList<Actor> Added, IReadOnlyList<string> RemovedUserIds);
