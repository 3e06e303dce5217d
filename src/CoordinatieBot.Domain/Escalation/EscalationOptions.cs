namespace CoordinatieBot.Domain;

/// <summary>The ladder's numbers. The defaults come from the Amsterdam model; every one is configurable.</summary>
public sealed class EscalationOptions
{
    public const string Section = "Escalation";

    /// <summary>Working days late before the owner is reminded again and the regisseur is informed.</summary>
    public int ReminderAfterWorkingDays { get; set; } = 2;

    /// <summary>Working days late before the regisseur gets a card with options.</summary>
    public int RegisseurOptionsAfterWorkingDays { get; set; } = 5;

    /// <summary>Working days late before the procesmanager gets an escalation.</summary>
    public int ProcesmanagerAfterWorkingDays { get; set; } = 10;

    /// <summary>No plan change, no action done and no message for this long prompts the regisseur.</summary>
    public int StallAfterDays { get; set; } = 21;

    /// <summary>A referral without feedback for this long asks the referrer and the receiver.</summary>
    public int ReferralFeedbackAfterDays { get; set; } = 10;

    /// <summary>Waiting without an expected date: the owner is asked this often whether it is still waiting.</summary>
    public int WaitingCheckAfterDays { get; set; } = 28;

    /// <summary>An action without a due date: its owner is asked for one this long after it was made or last had news.</summary>
    public int DatelessAskAfterDays { get; set; } = 14;

    /// <summary>The family could not be reached for this many working days: the regisseur is asked what to do.</summary>
    public int UnreachableAskAfterWorkingDays { get; set; } = 10;

    /// <summary>This many escalations of one organisation's actions to the procesmanager ...</summary>
    public int PatternEscalations { get; set; } = 3;

    /// <summary>... within this many months show as a pattern in the procesmanager's weekly overview.</summary>
    public int PatternMonths { get; set; } = 3;

    public TimeOnly WorkStart { get; set; } = new(8, 0);
    public TimeOnly WorkEnd { get; set; } = new(18, 0);
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>How often the scheduler sweeps.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A claimed notice whose send did not finish within this time is taken over by the next sweep.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The time norms of a family's life (<c>Escalation:Lifecycle:*</c>).</summary>
    public LifecycleOptions Lifecycle { get; set; } = new();

    public WorkCalendar Calendar() => new(WorkStart, WorkEnd, Holidays);
}
