namespace CoordinatieBot.Domain;

/// <summary>A goal on one leefgebied (life domain), optionally with the family's own words.</summary>
public sealed record Goal
{
    public required int Number { get; init; }
    public required string Leefgebied { get; init; }
    public required string Text { get; init; }
    public string? FamilyWords { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
    /// <summary>How the goal ended, given at closing.</summary>
    public GoalOutcome? Outcome { get; init; }
}
