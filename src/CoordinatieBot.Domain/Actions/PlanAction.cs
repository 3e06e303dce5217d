namespace CoordinatieBot.Domain;

/// <summary>An agreed action: what, who, by when, and where it stands.</summary>
public sealed record PlanAction
{
    /// <summary>Short number, unique within the family, for "klaar met 3".</summary>
    public required int Number { get; init; }
    public required string Description { get; init; }
    public required string OwnerUserId { get; init; }
    public DateOnly? Due { get; init; }
    public bool Urgent { get; init; }
    public ActionStatus Status { get; init; } = ActionStatus.Open;
    /// <summary>Wacht op: the outside party, e.g. IND.</summary>
    public string? WaitingOn { get; init; }
    public DateOnly? WaitingUntil { get; init; }
    /// <summary>Lukt niet, a new date or a reassignment: the last reason given.</summary>
    public string? Reason { get; init; }
    /// <summary>The highest ladder step already told for the current due date; back to null when the action moves.</summary>
    public LadderStep? Step { get; init; }
    /// <summary>The owner was asked what happens now that the waiting time is over.</summary>
    public bool WaitingCheckSent { get; init; }
    /// <summary>Set for a referral (verwijzing): who referred, so silence can be noticed and asked about.</summary>
    public string? ReferrerUserId { get; init; }
    public bool ReferralCheckSent { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    public bool IsClosed => Status is ActionStatus.Done or ActionStatus.NotPossible;

    /// <summary>Overdue: past its due date and not closed. A waiting action is not overdue before its expected date.</summary>
    public bool IsOverdueOn(DateOnly today) =>
        !IsClosed && Due is { } due && due < today &&
        !(Status == ActionStatus.Waiting && WaitingUntil is { } until && until >= today);
}
