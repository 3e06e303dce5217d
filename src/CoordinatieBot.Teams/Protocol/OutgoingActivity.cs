namespace CoordinatieBot.Teams.Protocol;

/// <summary>Builds outbound message activities.</summary>
public static class OutgoingActivity
{
    /// <summary>
    /// A text message. With mentions the text is sent as xml, because Teams only renders a mention when the
    /// text contains the entity's exact &lt;at&gt;Name&lt;/at&gt; string; otherwise markdown.
    /// </summary>
    /// <summary>"…is typing" in the conversation, while an answer takes a moment.</summary>
    public static Activity Typing() => new() { Type = ActivityTypes.Typing };

    public static Activity Message(string text, string? replyToId = null, IReadOnlyCollection<Mention>? mentions = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hasMentions = mentions is { Count: > 0 };
        if (hasMentions)
        {
            foreach (var mention in mentions!)
            {
                if (!text.Contains(mention.Text, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"Message text does not contain the mention text of '{mention.MentionedId}'.", nameof(mentions));
                }
            }
        }

        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            TextFormat = hasMentions ? TextFormats.Xml : TextFormats.Markdown,
            ReplyToId = replyToId,
            Entities = hasMentions ? mentions!.Select(Entity.FromMention).ToList() : null,
        };
    }

    /// <summary>A message carrying one attachment (e.g. an Adaptive Card) and no text, so Teams keeps it as one activity.</summary>
    public static Activity Message(Attachment attachment, string? replyToId = null)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return new Activity
        {
            Type = ActivityTypes.Message,
            ReplyToId = replyToId,
            Attachments = [attachment],
        };
    }

    /// <summary>Builds the mention of a user; the returned Text must appear in the message text.</summary>
    public static Mention MentionOf(string userId, string name) => new(userId, name, $"<at>{System.Net.WebUtility.HtmlEncode(name)}</at>");
}
