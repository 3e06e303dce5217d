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
    FamilyClosed,
}
