namespace CoordinatieBot.Teams.Protocol;

/// <summary>
/// Buttons under a message that send a reply for the user (Bot Framework <c>suggestedActions</c>; Teams shows the first
/// three). Each is an <c>imBack</c>: a press posts its value as the user's own message.
/// </summary>
public sealed class SuggestedActions
{
    public List<CardAction> Actions { get; set; } = [];
}

/// <summary>A card action as the Bot Framework schema writes it: type, title, value.</summary>
public sealed class CardAction
{
    public const string ImBack = "imBack";

    public string Type { get; set; } = ImBack;
    public string? Title { get; set; }
    public string? Value { get; set; }
}
