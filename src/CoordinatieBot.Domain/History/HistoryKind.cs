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
}
