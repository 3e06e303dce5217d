using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Coordination;

/// <summary>What one load-change-save did: what to say, and, when the change held, the family as saved and its events.</summary>
public sealed record ChangeOutcome(TurnResult Result)
{
    /// <summary>The family after the change; null when it was refused, answered with a question, or not found.</summary>
    public FamilyState? State { get; init; }

    /// <summary>What the change did that others must hear of (follow-ups have run from these already).</summary>
    public IReadOnlyList<FamilyEvent> Events { get; init; } = [];

    public bool Succeeded => State is not null;
}
