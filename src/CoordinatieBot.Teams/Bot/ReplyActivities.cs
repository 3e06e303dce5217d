using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Teams.Cards;
using CoordinatieBot.Teams.Protocol;

namespace CoordinatieBot.Teams.Bot;

/// <summary>The conversation layer's replies as message activities: cards rendered, mentioned people as mention entities.</summary>
public static class ReplyActivities
{
    public static Activity ToActivity(Reply reply, string? replyToId = null) => reply switch
    {
        TextReply text => Text(text, replyToId),
        CardReply card => OutgoingActivity.Message(Attachment.AdaptiveCard(CardRenderer.Render(card.Card)), replyToId),
        _ => throw new NotSupportedException(reply.GetType().Name),
    };

    /// <summary>The offered next steps as imBack buttons (at most three: Teams shows no more), or null when there are none.</summary>
    public static SuggestedActions? Suggested(IReadOnlyList<Suggestion> suggestions) =>
        suggestions.Count == 0
            ? null
            : new SuggestedActions { Actions = suggestions.Take(3).Select(s => new CardAction { Title = s.Title, Value = s.Text }).ToList() };

    /// <summary>
    /// Each placeholder becomes the exact &lt;at&gt;Name&lt;/at&gt; of a mention entity (one entity per person). The rest
    /// stays Markdown, which Teams renders together with mentions (its own samples send mentions without a text format).
    /// </summary>
    public static Activity Text(TextReply reply, string? replyToId = null)
    {
        if (reply.Mentions.Count == 0) return OutgoingActivity.Message(reply.Text, replyToId);
        var people = reply.Mentions.Where(m => reply.Text.Contains(m.Placeholder, StringComparison.Ordinal))
            .DistinctBy(m => m.UserId).ToList();
        var mentions = people.ToDictionary(m => m.UserId, m => OutgoingActivity.MentionOf(m.UserId, m.Name));
        var text = PersonMention.Render(reply.Text, people, m => mentions[m.UserId].Text);
        if (mentions.Count == 0) return OutgoingActivity.Message(text, replyToId);
        var activity = OutgoingActivity.Message(text, replyToId, mentions.Values);
        activity.TextFormat = TextFormats.Markdown;
        return activity;
    }
}
