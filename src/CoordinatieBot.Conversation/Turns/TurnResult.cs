using CoordinatieBot.Conversation.Views;

namespace CoordinatieBot.Conversation.Turns;

/// <summary>The outcome of one turn: replies to post, whether the living plan card must be updated, and the card for an invoke response.</summary>
public sealed record TurnResult
{
    public static readonly TurnResult Nothing = new();

    public IReadOnlyList<Reply> Replies { get; init; } = [];
    /// <summary>Set when the plan changed: the thread's living plan card is updated in place with this view.</summary>
    public PlanCardView? PlanChanged { get; init; }
    /// <summary>For a card action: the refreshed card the clicker sees at once.</summary>
    public CardView? RefreshedCard { get; init; }
    /// <summary>For a card action that was refused: the message shown to the clicker.</summary>
    public string? ActionError { get; init; }
    /// <summary>The activity had been applied before (a second delivery): nothing was changed now.</summary>
    public bool AlreadyApplied { get; init; }
    /// <summary>Next steps offered under the last answer (Teams shows up to three).</summary>
    public IReadOnlyList<Suggestion> Suggestions { get; init; } = [];

    public static TurnResult Say(string text) => new() { Replies = [new TextReply(text)] };
}
