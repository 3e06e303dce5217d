namespace CoordinatieBot.Domain;

public enum ActionStatus
{
    Open,
    /// <summary>Bezig: the owner is working on it.</summary>
    InProgress,
    /// <summary>Wacht op: waiting on an outside party until an expected date; never overdue before that date.</summary>
    Waiting,
    /// <summary>Gedaan.</summary>
    Done,
    /// <summary>Lukt niet: cannot be done, with a reason.</summary>
    NotPossible,
}
