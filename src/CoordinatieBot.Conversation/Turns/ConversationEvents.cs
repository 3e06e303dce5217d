using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Turns;

/// <summary>Someone edited a message in the chat (Teams: messageUpdate, editMessage): its new words, read like a message.</summary>
/// <param name="Message">The message with its new text; its <see cref="IncomingMessage.Key"/> is the edited message's.</param>
public sealed record MessageEdited(IncomingMessage Message);

/// <summary>Someone deleted a message in the chat (Teams: messageDelete, softDeleteMessage).</summary>
/// <param name="MessageKey">The deleted message as the family records applied activities (<see cref="IncomingMessage.Key"/>).</param>
public sealed record MessageDeleted(ConversationKey Conversation, Actor? By, string MessageKey);

/// <summary>The bot was removed from the conversation (<paramref name="Present"/> false) or added to it again.</summary>
/// <param name="By">Who did it, when Teams says.</param>
public sealed record BotPresenceChanged(ConversationKey Conversation, Actor? By, bool Present);
