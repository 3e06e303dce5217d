namespace CoordinatieBot.Domain;

/// <summary>What the timers found that someone should hear about.</summary>
public enum NoticeKind
{
    /// <summary>An action reached a step of the ladder.</summary>
    Ladder,
    /// <summary>A waiting action reached its expected date: "wat doen we in de tussentijd?".</summary>
    WaitingEnded,
    /// <summary>No progress and no message in the family for weeks.</summary>
    Stall,
    /// <summary>A referral without feedback.</summary>
    ReferralSilent,
    /// <summary>Waiting without a date, for weeks: is it still waiting (e.g. still on the waiting list)?</summary>
    StillWaiting,
    /// <summary>A <see cref="PendingNotice"/> a change called for; <see cref="DueNotice.Key"/> is its key.</summary>
    Pending,
    /// <summary>The morning of a casusoverleg: its agenda to the thread; <see cref="DueNotice.Key"/> names the meeting (see <see cref="MeetingAgenda"/>).</summary>
    MeetingAgenda,
    /// <summary>An action without a due date for a while: its owner is asked for one.</summary>
    DatelessAsked,
    /// <summary>The family could not be reached for some working days: the regisseur is asked what to do.</summary>
    Unreachable,
    /// <summary>Weeks after the start and still no plan discussed with the family (see <see cref="LifecycleNorms"/>).</summary>
    PlanNotAgreed,
    /// <summary>The evaluation is due (six months after the start).</summary>
    EvaluationDue,
    /// <summary>An extension ends: evaluate again, extend again or close.</summary>
    ExtensionEnded,
    /// <summary>The nazorg reached its end: the family is gesloten.</summary>
    AftercareEnded,
}
