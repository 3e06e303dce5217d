using System.Collections.Concurrent;
using System.Diagnostics;

namespace CoordinatieBot.Teams.Bot;

/// <summary>
/// Keeps proactive sending under Teams' published limits, so notices are paced instead of answered with 429:
/// per tenant a steady rate (default 48 per second, just under the 50 RPS per app per tenant), and per conversation
/// 7 per second, 8 per 2 s, 60 per 30 s and 1800 per hour. Waits are real time: the limits are on the wire.
/// </summary>
public sealed class ProactivePacer(double ratePerSecondPerTenant = ProactivePacer.DefaultRatePerSecond)
{
    public const double DefaultRatePerSecond = 48;

    private static readonly (TimeSpan Window, int Max)[] ConversationLimits =
    [
        (TimeSpan.FromSeconds(1), 7),
        (TimeSpan.FromSeconds(2), 8),
        (TimeSpan.FromSeconds(30), 60),
        (TimeSpan.FromHours(1), 1800),
    ];

    private readonly ConcurrentDictionary<string, TenantSlot> _tenants = new();
    private readonly ConcurrentDictionary<string, Queue<long>> _conversations = new();
    private readonly long _spacingTicks = (long)(Stopwatch.Frequency / ratePerSecondPerTenant);
    private long _calls;

    /// <summary>Waits until one more call to this conversation in this tenant stays within the limits, and books it.</summary>
    public async Task WaitAsync(string tenantId, string conversationId, CancellationToken ct)
    {
        await WaitForConversationAsync(conversationId, ct);
        var slot = _tenants.GetOrAdd(tenantId, _ => new TenantSlot());
        long at;
        lock (slot)
        {
            var now = Stopwatch.GetTimestamp();
            at = Math.Max(now, slot.Next);
            slot.Next = at + _spacingTicks;
        }
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), at);
        if (wait > TimeSpan.Zero) await Task.Delay(wait, ct);
    }

    private async Task WaitForConversationAsync(string conversationId, CancellationToken ct)
    {
        if (Interlocked.Increment(ref _calls) % 1000 == 0) ForgetQuietConversations();
        var log = _conversations.GetOrAdd(conversationId, _ => new Queue<long>());
        while (true)
        {
            TimeSpan wait;
            lock (log)
            {
                var now = Stopwatch.GetTimestamp();
                while (log.Count > 0 && Stopwatch.GetElapsedTime(log.Peek(), now) > ConversationLimits[^1].Window) log.Dequeue();
                wait = TimeSpan.Zero;
                foreach (var (window, max) in ConversationLimits)
                {
                    var inWindow = log.Where(t => Stopwatch.GetElapsedTime(t, now) < window).ToList();
                    if (inWindow.Count >= max)
                    {
                        var oldestInWindow = inWindow[inWindow.Count - max];
                        var until = window - Stopwatch.GetElapsedTime(oldestInWindow, now);
                        if (until > wait) wait = until;
                    }
                }
                if (wait <= TimeSpan.Zero)
                {
                    log.Enqueue(now);
                    return;
                }
            }
            await Task.Delay(wait + TimeSpan.FromMilliseconds(1), ct);
        }
    }

    /// <summary>Conversations with nothing in the last hour no longer need a log.</summary>
    private void ForgetQuietConversations()
    {
        var now = Stopwatch.GetTimestamp();
        foreach (var (id, log) in _conversations)
            lock (log)
                if (log.Count == 0 || Stopwatch.GetElapsedTime(log.Last(), now) > ConversationLimits[^1].Window)
                    _conversations.TryRemove(id, out _);
    }

    private sealed class TenantSlot
    {
        public long Next;
    }
}
