using System.Collections.Immutable;

namespace CoordinatieBot.Domain;

/// <summary>The family's consent (toestemming) to share information between named organisations.</summary>
public sealed record ConsentRecord
{
    /// <summary>A role, never a full name: "moeder", "vader", "jongere (16)".</summary>
    public required string GivenBy { get; init; }
    /// <summary>"schriftelijk" or "mondeling" (written or verbal).</summary>
    public required string How { get; init; }
    public required ImmutableList<string> Organisations { get; init; }
    public string? Purpose { get; init; }
    public DateOnly? Until { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }
    public required string RecordedBy { get; init; }

    public bool IsValidOn(DateOnly day) => Until is not { } until || until >= day;

    public bool Covers(string organisation) =>
        Organisations.Any(o => string.Equals(o.Trim(), organisation.Trim(), StringComparison.OrdinalIgnoreCase));
}
