namespace CoordinatieBot.Domain;

/// <summary>
/// A member away for a while ("ik ben afwezig tot 1 april, vervanger @Sanne"): until <see cref="BackOn"/> what is
/// meant for them goes to the vervanger (or, without one, to the regisseur). It ends by itself on that day.
/// </summary>
public sealed record Absence
{
    public required string UserId { get; init; }
    /// <summary>The first day the person is back: from this day everything goes to them again.</summary>
    public required DateOnly BackOn { get; init; }
    /// <summary>The vervanger, an active member of the family other than the absent person; null: none named.</summary>
    public string? CoverUserId { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }

    public bool IsActiveOn(DateOnly today) => today < BackOn;
}
