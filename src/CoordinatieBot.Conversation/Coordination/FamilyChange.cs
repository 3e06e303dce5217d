using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Coordination;

/// <summary>The outcome of applying one command to a family: the domain's verdict and what to say when it holds.</summary>
public sealed record FamilyChange(DomainResult Result, Func<FamilyState, TurnResult> OnSuccess, bool ChangesPlan = true)
{
    /// <summary>Nothing but what the turn itself notes (membership, last message).</summary>
    public static readonly FamilyChange None = new(DomainResult.Ok, _ => TurnResult.Nothing, false);

    /// <summary>Set when the command is not applied but answered, e.g. a question back about a date.</summary>
    public string? Answer { get; init; }

    public static FamilyChange Refuse(DomainError error) => new(error, _ => TurnResult.Nothing, false);

    /// <summary>Set when the command is not applied but answered with more than words: the choices to pick from.</summary>
    public TurnResult? Offer { get; init; }

    public static FamilyChange Ask(string question) => new(DomainError.Unchanged, _ => TurnResult.Nothing, false) { Answer = question };

    public static FamilyChange AskToChoose(TurnResult choices) => new(DomainError.Unchanged, _ => TurnResult.Nothing, false) { Offer = choices };
}
