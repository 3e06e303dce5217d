namespace CoordinatieBot.Conversation.Ports;

/// <summary>
/// Work the bot has acknowledged but not finished: what makes a 200 a promise. A delivery is accepted before the
/// bot answers, hidden from other hosts while this one works on it (its lease), and completed once its effect is
/// saved. A delivery whose host died or handed it back becomes visible again and is taken by any host.
/// </summary>
public interface IInbox
{
    /// <summary>Stores the payload durably and leases it to this host. Throws <see cref="StorageUnavailableException"/> when it cannot.</summary>
    Task<InboxDelivery> AcceptAsync(ReadOnlyMemory<byte> payload, CancellationToken ct);

    /// <summary>Deliveries that nobody holds any more (a host died, or handed them back), leased to this host.</summary>
    Task<IReadOnlyList<InboxDelivery>> TakeAsync(int max, CancellationToken ct);

    /// <summary>Keeps the lease of a delivery that is still being worked on.</summary>
    Task RenewAsync(InboxDelivery delivery, CancellationToken ct);

    /// <summary>The delivery's effect is saved: it is gone for good.</summary>
    Task CompleteAsync(InboxDelivery delivery, CancellationToken ct);

    /// <summary>Gives the delivery back, to be taken again after <paramref name="delay"/> (by this host or another).</summary>
    Task ReleaseAsync(InboxDelivery delivery, TimeSpan delay, CancellationToken ct);

    /// <summary>How long a lease lasts before another host may take the delivery.</summary>
    TimeSpan Lease { get; }

    /// <summary>How long a delivery that failed for a passing reason (storage out of reach) waits before it is tried again.</summary>
    TimeSpan RetryDelay { get; }
}

/// <summary>
/// One delivery of an accepted payload. <see cref="Id"/> stays the same each time the delivery comes back;
/// <see cref="Attempt"/> counts how often it was taken (1 the first time). The receipt changes with every lease.
/// </summary>
public sealed class InboxDelivery(string id, string receipt, ReadOnlyMemory<byte> payload, long attempt)
{
    private readonly Lock _lock = new();
    private string _receipt = receipt;

    public string Id { get; } = id;
    public ReadOnlyMemory<byte> Payload { get; } = payload;
    public long Attempt { get; } = attempt;
    public bool IsRedelivery => Attempt > 1;

    public string Receipt
    {
        get { lock (_lock) return _receipt; }
        set { lock (_lock) _receipt = value; }
    }
}
