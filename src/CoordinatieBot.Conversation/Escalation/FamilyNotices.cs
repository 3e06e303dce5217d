using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Escalation;

/// <summary>
/// What a sweep decided for one family: the notices due at <see cref="Now"/>, on the state it read. The sender
/// claims, sends and records them; an empty list only moves the family to its next check.
/// </summary>
public sealed class FamilyNotices(VersionedFamily loaded, IReadOnlyList<DueNotice> notices, DateTimeOffset now)
{
    private readonly TaskCompletionSource<FamilyDelivery> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string FamilyId => Loaded.Family.Id;
    public VersionedFamily Loaded { get; } = loaded;
    public IReadOnlyList<DueNotice> Notices { get; } = notices;
    public DateTimeOffset Now { get; } = now;

    /// <summary>Completes when the sender has finished with this family (never faults: a failure is in the result).</summary>
    public Task<FamilyDelivery> Done => _done.Task;

    internal void Complete(FamilyDelivery result) => _done.TrySetResult(result);
}

/// <summary>What the sender did for one family. Ids only, no names.</summary>
public sealed record FamilyDelivery(string FamilyId, IReadOnlyList<SentNotice> Sent, int AlreadySent, int HeldElsewhere, int Unreachable, bool Failed)
{
    public static FamilyDelivery Failure(string familyId) => new(familyId, [], 0, 0, 0, true);
}
