namespace CoordinatieBot.Domain;

/// <summary>Why the domain refused a change. The conversation layer explains each one to the user.</summary>
public enum DomainError
{
    None,
    FamilyClosed,
    NotAMember,
    UnknownPerson,
    AlreadyRegisseur,
    RegieHeldByOther,
    NoRegisseur,
    OnlyRegisseurCanHandOver,
    HandoverToSelf,
    NoPendingHandover,
    NotTheHandoverReceiver,
    NoSuchAction,
    NoSuchGoal,
    ActionClosed,
    DateInPast,
    ObserverCannotOwnAction,
    EmptyText,
    TextTooLong,
    ReasonRequired,
    OrganisationWithoutConsent,
    Unchanged,
    NoSuchEscalation,
    EscalationResolved,
    OnlyRegisseur,
    ObserverCannotLead,
    OpenActionsOnClose,
    NotTheOwner,
    /// <summary>The team still has time to agree on a regisseur themselves.</summary>
    RegieNotOpenLongEnough,
    /// <summary>The family's own action is supported, not escalated: the procesmanager's ladder is about organisations' delivery.</summary>
    FamilyActionNotEscalated,
    /// <summary>The vervanger named is the absent person themselves.</summary>
    CoverIsSelf,
    /// <summary>The vervanger named is no active member of the family's thread.</summary>
    CoverNotAMember,
    /// <summary>The family is closed with a reason already (afgesloten or nazorg): it cannot be closed or extended again.</summary>
    FamilyAlreadyConcluded,
    /// <summary>Ending nazorg while the family is not in nazorg.</summary>
    NotInAftercare,
}
