using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Turns;

/// <summary>A button pressed on one of the bot's cards: a verb and its data, with any input values.</summary>
public sealed record IncomingCardAction(
    ConversationKey Conversation,
    Actor From,
    string Verb,
    IReadOnlyDictionary<string, string> Data,
    string? CardActivityId)
{
    /// <summary>
    /// Teams asked for the card by itself (a Universal Actions refresh as the card is shown, value.trigger "automatic"),
    /// not a person pressing a button: it may only read.
    /// </summary>
    public bool Automatic { get; init; }
}
