namespace CoordinatieBot.Domain;

public enum PendingNoticeKind
{
    /// <summary>An action's ladder came down: whoever was told about it hears that it moves again.</summary>
    MovingAgain,
    /// <summary>The procesmanager did something about an escalation: the thread hears the outcome.</summary>
    EscalationHandled,
    /// <summary>A person put something before the procesmanager (knelpunt, impasse, escalate).</summary>
    EscalationRaised,
    /// <summary>An action was changed from a 1:1 card: the family's thread hears of it.</summary>
    ActionNews,
    /// <summary>A level change moved an open escalation to another guard; Detail: the level before.</summary>
    EscalationMoved,
}

/// <summary>
/// A proactive message a change calls for, kept in the family until it is told. It is recorded in the same save
/// as the change, so a message that has to wait for working hours survives a restart: the sweep tells it at the
/// next working moment; inside working hours it is told at once (a claim on <see cref="Key"/> keeps it single).
/// </summary>
public sealed record PendingNotice
{
    public required PendingNoticeKind Kind { get; init; }
    public required DateTimeOffset At { get; init; }
    /// <summary>Who made the change: they do not need to hear of it.</summary>
    public required string ActorUserId { get; init; }
    public int? ActionNumber { get; init; }
    /// <summary>MovingAgain: the highest step that had been told, which decides who hears it.</summary>
    public LadderStep? FromStep { get; init; }
    /// <summary>MovingAgain: the owner when it was escalated (a reassignment may have changed it since).</summary>
    public string? OwnerUserId { get; init; }
    public int? EscalationNumber { get; init; }
    public EscalationEventKind? Event { get; init; }
    /// <summary>EscalationHandled: the procesmanager's words, date or new owner, as they gave it; ActionNews: what was done.</summary>
    public string? Detail { get; init; }

    public string Key => $"p:{Kind}:{ActionNumber}:{EscalationNumber}:{At.UtcTicks}";
}
