namespace CoordinatieBot.Domain;

/// <summary>An agreed action: what, who, by when, and where it stands.</summary>
public sealed record PlanAction
{
    /// <summary>Short number, unique within the family, for "klaar met 3".</summary>
    public required int Number { get; init; }
    public required string Description { get; init; }
    public required string OwnerUserId { get; init; }
    public DateOnly? Due { get; init; }
    /// <summary>The leefgebied the action serves, when its maker said so (the task form asks); null otherwise.</summary>
    public string? Leefgebied { get; init; }
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
    /// <summary>Waiting without a date: when the owner was last asked whether it is still waiting.</summary>
    public DateTimeOffset? WaitingAskedAt { get; init; }
    /// <summary>Bezig: when the owner expects it done; the ladder pauses until then.</summary>
    public DateOnly? ExpectedOn { get; init; }
    /// <summary>
    /// The ladder was restarted on this day (de-escalated or reassigned): lateness counts from here, not from an
    /// older due date, so the step that was just handled is not reached again at once.
    /// </summary>
    public DateOnly? ClockRestartedOn { get; init; }
    /// <summary>Set for a referral (verwijzing): who referred, so silence can be noticed and asked about.</summary>
    public string? ReferrerUserId { get; init; }
    /// <summary>Legacy: the first silence check was sent (before <see cref="ReferralAskedAt"/> existed).</summary>
    public bool ReferralCheckSent { get; init; }
    /// <summary>When the referrer and receiver were last asked for terugkoppeling.</summary>
    public DateTimeOffset? ReferralAskedAt { get; init; }
    /// <summary>
    /// The typed message that made the task, as the family records applied activities (a hash, never the chat's own id):
    /// an edit of that message can offer to update the task. Null for a task made on a card or from a choice.
    /// </summary>
    public string? SourceMessageId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    /// <summary>
    /// The family's own action ("huiswerk"): the family does it, <see cref="OwnerUserId"/> is the professional who supports
    /// them and hears its nudges, in a supporting tone. Its ladder stops at the regisseur (see <see cref="EscalationPolicy"/>).
    /// </summary>
    public bool ForFamily { get; init; }
    /// <summary>An action without a due date: when its owner was last asked for one.</summary>
    public DateTimeOffset? DateAskedAt { get; init; }

    public bool IsClosed => Status is ActionStatus.Done or ActionStatus.NotPossible;

    /// <summary>Waiting on an outside party without an expected date: nobody's overdue task.</summary>
    public bool IsWaitingWithoutDate => Status == ActionStatus.Waiting && WaitingUntil is null;

    /// <summary>
    /// The date lateness counts from, or null when it cannot be late: the due date, moved later by an expected date
    /// (waiting or bezig) and by a restart of the ladder. Waiting without a date is never late.
    /// </summary>
    public DateOnly? LatenessCountsFrom()
    {
        if (IsClosed || IsWaitingWithoutDate) return null;
        var from = Due;
        if (Status == ActionStatus.Waiting) from = Later(from, WaitingUntil);
        if (Status == ActionStatus.InProgress) from = Later(from, ExpectedOn);
        return from is null ? null : Later(from, ClockRestartedOn);
    }

    /// <summary>Overdue: past the date lateness counts from, and not closed.</summary>
    public bool IsOverdueOn(DateOnly today) => LatenessCountsFrom() is { } from && from < today;

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null || a >= b ? a : b;
}
