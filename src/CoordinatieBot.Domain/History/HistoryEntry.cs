namespace CoordinatieBot.Domain;

/// <summary>
/// One recorded change: who, when, what. Append-only. Structured, so that each reader renders it in
/// its own language and a procesmanager's view can leave the content out.
/// </summary>
public sealed record HistoryEntry(
    DateTimeOffset At,
    string ActorUserId,
    HistoryKind Kind,
    int? ActionNumber = null,
    string? SubjectUserId = null,
    string? Detail = null);
