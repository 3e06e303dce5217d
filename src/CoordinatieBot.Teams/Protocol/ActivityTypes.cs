namespace CoordinatieBot.Teams.Protocol;

public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    /// <summary>A message was edited (channelData.eventType editMessage) or undeleted (undeleteMessage); id: that message's.</summary>
    public const string MessageUpdate = "messageUpdate";
    /// <summary>A message was deleted (channelData.eventType softDeleteMessage); id: that message's.</summary>
    public const string MessageDelete = "messageDelete";
    public const string MessageReaction = "messageReaction";
    public const string Event = "event";
    public const string Typing = "typing";
}

/// <summary>channelData.eventType of the activities the bot acts on.</summary>
public static class TeamsEventTypes
{
    public const string EditMessage = "editMessage";
    public const string SoftDeleteMessage = "softDeleteMessage";
}

/// <summary>installationUpdate.action: the app (and so the bot) added to or removed from a conversation, also as part of an upgrade.</summary>
public static class InstallationActions
{
    public const string Add = "add", AddUpgrade = "add-upgrade", Remove = "remove", RemoveUpgrade = "remove-upgrade";
}
