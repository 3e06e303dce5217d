using System.Collections.Immutable;

namespace CoordinatieBot.Domain;

public enum EscalationKind
{
    /// <summary>An action stayed overdue up the whole ladder.</summary>
    Overdue,
    /// <summary>The regisseur escalated an action.</summary>
    RegisseurEscalated,
    /// <summary>"knelpunt": anyone raised a bottleneck.</summary>
    Knelpunt,
    /// <summary>"geen overeenstemming": organisations disagree; a decision is asked.</summary>
    Impasse,
}

public enum EscalationStatus
{
    Open,
    Acknowledged,
    Resolved,
}

public enum EscalationEventKind
{
    Acknowledged,
    DeadlineSet,
    Reassigned,
    CasusoverlegCalled,
    DecisionRecorded,
    EscalatedToBoard,
    Deescalated,
    /// <summary>Closed by itself: the action was done, closed, or moved again.</summary>
    Settled,
}

/// <summary>A matter put before the procesmanager, with everything they did about it.</summary>
public sealed record FamilyEscalation
{
    public required int Number { get; init; }
    public required EscalationKind Kind { get; init; }
    public int? ActionNumber { get; init; }
    public required string RaisedBy { get; init; }
    public required DateTimeOffset RaisedAt { get; init; }
    /// <summary>The raiser's own words for a knelpunt or impasse; never plan content copied by the bot.</summary>
    public string? Text { get; init; }
    public EscalationStatus Status { get; init; } = EscalationStatus.Open;
    public ImmutableList<EscalationEvent> Events { get; init; } = [];
    /// <summary>The organisation of the action's owner when it was escalated (for the procesmanager's pattern per organisation).</summary>
    public string? Organisation { get; init; }
}

public sealed record EscalationEvent(EscalationEventKind Kind, string ByAadObjectId, DateTimeOffset At, string? Detail = null);
