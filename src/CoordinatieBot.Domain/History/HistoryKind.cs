namespace CoordinatieBot.Domain;

public enum HistoryKind
{
    FamilyStarted,
    LevelChanged,
    MemberJoined,
    MemberLeft,
    MemberUpdated,
    RegieTaken,
    RegieHandoverProposed,
    RegieHandoverAccepted,
    RegieHandoverDeclined,
    GoalAdded,
    FamilyWordsAdded,
    StrengthAdded,
    WorryAdded,
    AgreementRecorded,
    ActionAdded,
    ActionStatusChanged,
    ActionRescheduled,
    ActionReassigned,
    ConsentRecorded,
    ConsentExceptionRecorded,
    Escalation,
    EscalationHandled,
    SafetyConcern,
    NoticeSent,
    FamilyClosed,
    /// <summary>The regisseur left the thread: the regie is open again.</summary>
    RegieReleased,
    ActionAccepted,
    ActionDeclined,
    /// <summary>The procesmanager appointed a regisseur after the regie had been open for a while.</summary>
    RegieAppointed,
}
