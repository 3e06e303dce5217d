namespace CoordinatieBot.Teams.Protocol;

public static class MentionText
{
    /// <summary>The message text with every mention of the recipient (the bot) removed and trimmed.</summary>
    public static string RemoveRecipientMentions(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(botId))
        {
            return text.Trim();
        }

        foreach (var mention in activity.GetMentions())
        {
            if (string.Equals(mention.MentionedId, botId, StringComparison.Ordinal) && mention.Text.Length > 0)
            {
                text = text.Replace(mention.Text, string.Empty, StringComparison.Ordinal);
            }
        }

        return text.Trim();
    }
}
