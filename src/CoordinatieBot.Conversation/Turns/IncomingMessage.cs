using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Turns;

/// <summary>A chat message as the conversation layer sees it: the bot's own mention removed, other mentions listed.</summary>
public sealed record IncomingMessage(
    ConversationKey Conversation,
    Actor From,
    string Text,
    IReadOnlyList<MentionedPerson> Mentions,
    string? Locale);
