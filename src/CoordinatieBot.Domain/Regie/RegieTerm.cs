namespace CoordinatieBot.Domain;

/// <summary>A period in which one professional was the family's regisseur.</summary>
public sealed record RegieTerm
{
    public required string UserId { get; init; }
    public required DateTimeOffset Since { get; init; }
    public DateTimeOffset? Until { get; init; }
    /// <summary>Why regie moved to this person (free text of the professionals).</summary>
    public string? Reason { get; init; }
}
