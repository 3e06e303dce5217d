using CoordinatieBot.Conversation.Views;

namespace CoordinatieBot.Conversation.Turns;

/// <summary>What the bot says back in the conversation. The Teams layer turns each into an activity.</summary>
public abstract record Reply;

/// <summary>Plain text (Markdown as Teams renders it). User text inside is already escaped.</summary>
public sealed record TextReply(string Text) : Reply
{
    /// <summary>People to notify: <see cref="Text"/> holds each one's <see cref="PersonMention.Placeholder"/>.</summary>
    public IReadOnlyList<PersonMention> Mentions { get; init; } = [];

    /// <summary>The text with mentioned names in bold, for places that cannot mention.</summary>
    public string PlainText => Mentions.Count == 0 ? Text : PersonMention.Plain(Text, Mentions);

    public static TextReply Mentioning(string text, params PersonMention[] mentions) => new(text) { Mentions = mentions };
}

/// <summary>A card, e.g. a handover proposal. Posting a <see cref="PlanCardView"/> makes it the thread's living plan card.</summary>
public sealed record CardReply(CardView Card) : Reply;
