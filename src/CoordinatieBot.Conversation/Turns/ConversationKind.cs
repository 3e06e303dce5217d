namespace CoordinatieBot.Conversation.Turns;

public enum ConversationKind
{
    Personal,
    GroupChat,
    Channel,
}
