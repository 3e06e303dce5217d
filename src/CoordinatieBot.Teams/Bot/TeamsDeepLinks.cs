namespace CoordinatieBot.Teams.Bot;

/// <summary>
/// Links that open a conversation in Teams (Microsoft's deep-link formats): a group or meeting chat by its chat id, a
/// channel thread by its channel and root message. Null for what has no link (a 1:1 chat with the bot, an unknown id).
/// </summary>
public static class TeamsDeepLinks
{
    private const string MessageIdMarker = ";messageid=";

    public static string? ToConversation(string tenantId, string? conversationId)
    {
        if (string.IsNullOrWhiteSpace(conversationId) || !conversationId.StartsWith("19:", StringComparison.Ordinal)) return null;
        var tenant = Uri.EscapeDataString(tenantId);
        var marker = conversationId.IndexOf(MessageIdMarker, StringComparison.OrdinalIgnoreCase);
        if (marker < 0) return $"https://teams.microsoft.com/l/chat/{Uri.EscapeDataString(conversationId)}/conversations?tenantId={tenant}";

        var channelId = conversationId[..marker];
        var messageId = conversationId[(marker + MessageIdMarker.Length)..];
        if (channelId.Length <= 3 || messageId.Length == 0 || !messageId.All(char.IsAsciiDigit)) return null;
        return $"https://teams.microsoft.com/l/message/{Uri.EscapeDataString(channelId)}/{messageId}?tenantId={tenant}&parentMessageId={messageId}";
    }
}
