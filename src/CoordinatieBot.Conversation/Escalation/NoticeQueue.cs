using System.Collections.Concurrent;
using System.Threading.Channels;

namespace CoordinatieBot.Conversation.Escalation;

/// <summary>
/// The in-process queue between the sweep, which finds the families that are due, and the <see cref="NoticeWorker"/>,
/// which decides and sends at the rate Teams allows. Nothing here needs to survive a crash: until a notice is recorded in its
/// family, the family's due-index entry stays due, so the next sweep (of any host) decides it again, and the
/// notice claims keep that from sending anything twice.
/// </summary>
/// <param name="capacity">Families waiting at most (an id and its index entries each); a sweep that finds more waits for room.</param>
public sealed class NoticeQueue(int capacity = NoticeQueue.DefaultCapacity)
{
    public const int DefaultCapacity = 100_000;

    private readonly Channel<DueFamily> _queue = Channel.CreateBounded<DueFamily>(
        new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.Wait, SingleWriter = false, SingleReader = false });

    private readonly ConcurrentDictionary<string, DueFamily> _pending = new();

    /// <summary>Families queued or being sent now.</summary>
    public int Pending => _pending.Count;

    /// <summary>
    /// Queues a family unless it is queued or being sent already (a sweep that overlaps a slow earlier one);
    /// either way returns the item whose <see cref="DueFamily.Done"/> tells when it is finished.
    /// </summary>
    public async ValueTask<(DueFamily Item, bool Queued)> EnqueueAsync(DueFamily item, CancellationToken ct)
    {
        var current = _pending.GetOrAdd(item.FamilyId, item);
        if (!ReferenceEquals(current, item)) return (current, false);
        try
        {
            await _queue.Writer.WriteAsync(item, ct);
        }
        catch
        {
            _pending.TryRemove(new KeyValuePair<string, DueFamily>(item.FamilyId, item));
            throw;
        }
        return (item, true);
    }

    public IAsyncEnumerable<DueFamily> ReadAllAsync(CancellationToken ct) => _queue.Reader.ReadAllAsync(ct);

    /// <summary>Called by the worker when it is done with a family: a later sweep may queue it again.</summary>
    public void Finish(DueFamily item, FamilySendResult result)
    {
        _pending.TryRemove(new KeyValuePair<string, DueFamily>(item.FamilyId, item));
        item.Complete(result);
    }
}
