using System.Collections.Concurrent;
using System.Threading.Channels;

namespace CoordinatieBot.Conversation.Escalation;

/// <summary>
/// The in-process queue between the sweep, which decides what is due, and the <see cref="NoticeSender"/>, which
/// sends it at the rate Teams allows. Nothing here needs to survive a crash: until a notice is recorded in its
/// family, the family's due-index entry stays due, so the next sweep (of any host) decides it again, and the
/// notice claims keep that from sending anything twice.
/// </summary>
public sealed class NoticeOutbox
{
    /// <summary>Families waiting at most; a sweep that finds more waits for room (each item holds a family's state).</summary>
    public const int Capacity = 2_000;

    private readonly Channel<FamilyNotices> _queue = Channel.CreateBounded<FamilyNotices>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleWriter = false, SingleReader = false });

    private readonly ConcurrentDictionary<string, FamilyNotices> _pending = new();

    /// <summary>Families queued or being sent now.</summary>
    public int Pending => _pending.Count;

    /// <summary>
    /// Queues a family unless it is queued or being sent already (a sweep that overlaps a slow earlier one);
    /// either way returns the item whose <see cref="FamilyNotices.Done"/> tells when it is finished.
    /// </summary>
    public async ValueTask<(FamilyNotices Item, bool Queued)> EnqueueAsync(FamilyNotices item, CancellationToken ct)
    {
        var current = _pending.GetOrAdd(item.FamilyId, item);
        if (!ReferenceEquals(current, item)) return (current, false);
        try
        {
            await _queue.Writer.WriteAsync(item, ct);
        }
        catch
        {
            _pending.TryRemove(new KeyValuePair<string, FamilyNotices>(item.FamilyId, item));
            throw;
        }
        return (item, true);
    }

    public IAsyncEnumerable<FamilyNotices> ReadAllAsync(CancellationToken ct) => _queue.Reader.ReadAllAsync(ct);

    /// <summary>Called by the sender when it is done with a family: a later sweep may queue it again.</summary>
    public void Finish(FamilyNotices item, FamilyDelivery result)
    {
        _pending.TryRemove(new KeyValuePair<string, FamilyNotices>(item.FamilyId, item));
        item.Complete(result);
    }
}
