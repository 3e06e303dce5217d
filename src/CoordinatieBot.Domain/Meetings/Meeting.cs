using System.Collections.Immutable;

namespace CoordinatieBot.Domain;

public enum MeetingStatus
{
    Planned,
    Cancelled,
}

/// <summary>
/// A casusoverleg (case conference, MDO): when, who is invited, whether the family joins (null: not said). The morning
/// of its day the thread gets the agenda (<see cref="AgendaSent"/> once it did).
/// </summary>
public sealed record Meeting
{
    public required int Number { get; init; }
    public required DateOnly Date { get; init; }
    public required TimeOnly Time { get; init; }
    /// <summary>The members invited (user ids); everyone active when it was planned, unless people were named.</summary>
    public ImmutableList<string> InvitedUserIds { get; init; } = [];
    /// <summary>True: the family joins; false: it does not; null: not said (yet).</summary>
    public bool? FamilyJoins { get; init; }
    public required string PlannedBy { get; init; }
    public required DateTimeOffset PlannedAt { get; init; }
    public MeetingStatus Status { get; init; } = MeetingStatus.Planned;
    public bool AgendaSent { get; init; }

    public bool IsPlanned => Status == MeetingStatus.Planned;
}

/// <summary>A decision taken in (or after) a casusoverleg; with an owner and something to do it also made a task.</summary>
public sealed record MeetingDecision
{
    public required int Number { get; init; }
    /// <summary>The casusoverleg it belongs to: the last one held on or before the day it was recorded; null when there was none.</summary>
    public int? MeetingNumber { get; init; }
    public required string Text { get; init; }
    public string? OwnerUserId { get; init; }
    /// <summary>The task the decision became, if it did.</summary>
    public int? ActionNumber { get; init; }
    public required string DecidedBy { get; init; }
    public required DateTimeOffset DecidedAt { get; init; }
}

/// <summary>After a handover of the regie: has the family met the new regisseur (warme overdracht)?</summary>
public enum FamilyMetAnswer
{
    Yes,
    Planned,
    NotYet,
}
