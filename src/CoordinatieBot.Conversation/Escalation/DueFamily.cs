using CoordinatieBot.Conversation.Ports;

namespace CoordinatieBot.Conversation.Escalation;

/// <summary>
/// A family the sweep found due at <see cref="Now"/>, with its index entries. The worker reads the family, decides
/// what is due on that fresh state, sends it and records it.
/// </summary>
public sealed class DueFamily(string familyId, IReadOnlyList<DueEntry> entries, DateTimeOffset now)
{
    private readonly TaskCompletionSource<FamilySendResult> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string FamilyId { get; } = familyId;
    public IReadOnlyList<DueEntry> Entries { get; } = entries;
    public DateTimeOffset Now { get; } = now;

    /// <summary>Completes when the worker has finished with this family (never faults: a failure is in the result).</summary>
    public Task<FamilySendResult> Done => _done.Task;

    internal void Complete(FamilySendResult result) => _done.TrySetResult(result);
}

/// <summary>What the worker did for one family. Ids only, no names.</summary>
public sealed record FamilySendResult(string FamilyId)
{
    public bool Read { get; init; }
    public int StaleEntries { get; init; }
    public int NoticesDue { get; init; }
    public IReadOnlyList<SentNotice> Sent { get; init; } = [];
    public int AlreadySent { get; init; }
    public int HeldElsewhere { get; init; }
    public int Unreachable { get; init; }
    /// <summary>Of the sent notices, those that reached someone only by a mention in the family's thread.</summary>
    public int ViaThread { get; init; }
    public bool Failed { get; init; }
}
