namespace CoordinatieBot.Domain;

/// <summary>A proposal to hand regie over. Until the receiver accepts, the current regisseur stays.</summary>
public sealed record RegieHandover
{
    public required string FromUserId { get; init; }
    public required string ToUserId { get; init; }
    public required DateTimeOffset ProposedAt { get; init; }
    public string? Reason { get; init; }
}
