namespace CoordinatieBot.Conversation.Coordination;

/// <summary>What <see cref="FamilyTurns.PeekStateAsync{T}"/> read: the value, or no family here, or the words of a refusal.</summary>
public sealed record FamilyRead<T>(T? Value, string? Refusal, bool OutsideFamily)
    where T : class;
