namespace CoordinatieBot.Domain;

/// <summary>How a goal ended: behaald, deels behaald or niet behaald.</summary>
public enum GoalResult
{
    Achieved,
    Partly,
    NotAchieved,
}

/// <summary>The outcome of one goal at closing, with a word about it.</summary>
public sealed record GoalOutcome
{
    public required GoalResult Result { get; init; }
    public required string Words { get; init; }
    public required DateTimeOffset At { get; init; }
    public required string By { get; init; }
}

/// <summary>One extension of the support: three months more, with a reason.</summary>
public sealed record Extension
{
    public required DateOnly Until { get; init; }
    public required string Reason { get; init; }
    public required DateTimeOffset At { get; init; }
    public required string By { get; init; }
}
