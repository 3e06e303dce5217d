using CoordinatieBot.Conversation.Views;

namespace CoordinatieBot.Conversation.Turns;

/// <summary>What the bot says back in the conversation. The Teams layer turns each into an activity.</summary>
public abstract record Reply;

/// <summary>Plain text (Markdown as Teams renders it). User text inside is already escaped.</summary>
public sealed record TextReply(string Text) : Reply;

/// <summary>A card, e.g. a handover proposal. Posting a <see cref="PlanCardView"/> makes it the thread's living plan card.</summary>
public sealed record CardReply(CardView Card) : Reply;
