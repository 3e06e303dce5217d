using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Views;

public enum TaskCardReason
{
    /// <summary>The due date is today.</summary>
    Due,
    /// <summary>Some working days late: a second, still friendly reminder.</summary>
    Late,
    /// <summary>The waiting time is over: what happens in the meantime?</summary>
    WaitingEnded,
    /// <summary>A referral without feedback, to its receiver: is there terugkoppeling?</summary>
    ReferralSilent,
    /// <summary>A referral without feedback, to its referrer: did it arrive?</summary>
    ReferralSilentToReferrer,
    /// <summary>Waiting without a date, for weeks: still waiting (e.g. still on the waiting list)?</summary>
    StillWaiting,
    /// <summary>Waiting without a date was just said: when is it expected?</summary>
    AskWaitingDate,
    /// <summary>Bezig without a date was just said: when is it expected done?</summary>
    AskExpectedDate,
    /// <summary>Put in the chat by someone (the message extension's search): the task as it stands, with its buttons.</summary>
    Shared,
    /// <summary>The family's own action reached its date: to the professional who supports them, to support, not chase.</summary>
    FamilyDue,
    /// <summary>The family's own action, some working days later: does the family need more support?</summary>
    FamilyLate,
    /// <summary>An action without a due date for a while: when is it expected done?</summary>
    AskDueDate,
}

/// <summary>A 1:1 reminder to the owner of an action, with buttons that act on it. Nothing else from the plan.</summary>
public sealed record TaskCardView(string FamilyId, string FamilyAlias, PlanAction Action, TaskCardReason Reason, DateOnly Today,
    Language Language, string? Outcome = null) : CardView(Language);
