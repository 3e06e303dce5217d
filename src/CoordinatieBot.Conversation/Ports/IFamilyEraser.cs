using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Ports;

/// <summary>
/// Erases a family completely: its state, history and living card, the link from its conversation, the member and
/// team indexes, its due-index entries and its notice claims. The erasure itself is recorded without content
/// (a hash of the family id, when, why, and by whom) in a separate log.
/// </summary>
public interface IFamilyEraser
{
    /// <summary>Idempotent: erasing what is already gone only adds nothing but the log row. Returns that log row.</summary>
    Task<ErasureLogEntry> EraseAsync(FamilyState family, ErasureRequest request, CancellationToken ct);

    /// <summary>Ids of families closed before <paramref name="closedBefore"/> (candidates for retention).</summary>
    Task<IReadOnlyList<string>> ClosedBeforeAsync(DateTimeOffset closedBefore, CancellationToken ct);

    /// <summary>The erasure log, newest first (for audits and tests).</summary>
    Task<IReadOnlyList<ErasureLogEntry>> LogAsync(int count, CancellationToken ct);
}

public enum ErasureTrigger
{
    /// <summary>The retention period after closing has passed.</summary>
    Retention,
    /// <summary>The regisseur asked for it in the family's chat and confirmed.</summary>
    Request,
}

/// <summary>Why and by whom. <see cref="ByUserId"/> is the Teams user id of the requester; null for retention.</summary>
public sealed record ErasureRequest(ErasureTrigger Trigger, string? ByUserId, DateTimeOffset At);

/// <summary>One erasure as logged: never the alias, the reason text or any plan content.</summary>
public sealed record ErasureLogEntry(string FamilyHash, DateTimeOffset At, ErasureTrigger Trigger, string? ByUserId);
