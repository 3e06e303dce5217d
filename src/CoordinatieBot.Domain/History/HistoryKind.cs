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
    /// <summary>A task's words, owner or date were updated after its message was edited.</summary>
    ActionUpdated,
    /// <summary>A message the bot had read was deleted in the chat; the detail holds no text.</summary>
    MessageDeleted,
    /// <summary>The bot was removed from the family's chat: nothing is posted there until it is back.</summary>
    ThreadLost,
    /// <summary>The bot was added to the family's chat again.</summary>
    ThreadRegained,
    /// <summary>A casusoverleg was planned; the detail is "number|date|time|family" (see <see cref="Family.PlanMeeting"/>).</summary>
    MeetingPlanned,
    MeetingMoved,
    MeetingCancelled,
    /// <summary>Whether the family joins a casusoverleg was said after it was planned.</summary>
    MeetingUpdated,
    /// <summary>A decision of a casusoverleg; the detail is "meeting|text" (meeting empty when there was none).</summary>
    DecisionRecorded,
    /// <summary>After a handover: whether the family has met the new regisseur (<see cref="FamilyMetAnswer"/> in the detail).</summary>
    FamilyMetNewRegisseur,
    /// <summary>The family could not be reached since a date (the detail: yyyy-MM-dd).</summary>
    FamilyUnreachable,
    /// <summary>The family was reached again.</summary>
    FamilyReached,
    /// <summary>A member is away until a date, with a vervanger (subject) or none.</summary>
    AbsenceRecorded,
    /// <summary>The member said they are back before the date.</summary>
    AbsenceEnded,
    /// <summary>A level change gave the family another guard: an open escalation went to them.</summary>
    EscalationMoved,
    /// <summary>The support was extended ("verlengen met 3 maanden: reden"); the detail holds the new end and the reason.</summary>
    FamilyExtended,
    /// <summary>A goal's outcome at closing (behaald, deels, niet behaald) with a word.</summary>
    GoalOutcomeRecorded,
    /// <summary>Every goal had an outcome after closing: the nazorg began.</summary>
    AftercareStarted,
    /// <summary>The nazorg ended (by itself or "nazorg afsluiten"): the family is gesloten and retention counts from here.</summary>
    AftercareEnded,
    /// <summary>
    /// The regisseur shared the family's own version of the plan with the family (printed or sent); the detail is the day
    /// (yyyy-MM-dd), never the content nor a name typed for the print.
    /// </summary>
    PlanSharedWithFamily,
    /// <summary>The family's language was set ("het gezin spreekt Engels"); the detail is "nl" or "en", nothing else.</summary>
    FamilyLanguageSet,
}
