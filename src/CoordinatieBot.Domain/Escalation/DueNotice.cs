namespace CoordinatieBot.Domain;

/// <summary>
/// Something due for a family. <see cref="Key"/> identifies it for exactly-once sending: the same action,
/// step and due date always give the same key; a new due date gives new keys.
/// </summary>
public sealed record DueNotice(NoticeKind Kind, string Key, int? ActionNumber = null, LadderStep? Step = null, int DaysLate = 0);
