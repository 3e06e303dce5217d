using System.Collections.Concurrent;

namespace CoordinatieBot.Teams.Bot.Inbox;

/// <summary>
/// Activities this host accepted in the last minutes, so a second delivery of one (Teams retries a slow answer)
/// gets the first one's answer without a second turn. A hint only: another host does not see it, and the family's
/// record of applied activities is what keeps a change to one effect.
/// Two generations, swapped every <see cref="Generation"/>: bounded memory, no per-entry clean-up.
/// </summary>
public sealed class RecentActivities
{
    public static readonly TimeSpan Generation = TimeSpan.FromMinutes(5);
    private const int MaxPerGeneration = 100_000;

    private readonly Lock _swap = new();
    private ConcurrentDictionary<string, Task<bool>> _current = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, Task<bool>> _previous = new(StringComparer.Ordinal);
    private long _swappedAt = Environment.TickCount64;

    /// <summary>
    /// Runs <paramref name="accept"/> for the first delivery of <paramref name="key"/>; a second delivery waits for the
    /// first one's outcome instead (true: accepted). A first delivery that was not accepted is forgotten, so a retry runs.
    /// </summary>
    public async Task<bool> AcceptOnceAsync(string key, Func<Task<bool>> accept)
    {
        SwapIfDue();
        if (_previous.TryGetValue(key, out var earlier)) return await earlier;
        var mine = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var current = _current;
        var winner = current.GetOrAdd(key, mine.Task);
        if (winner != mine.Task) return await winner;
        try
        {
            var accepted = await accept();
            mine.SetResult(accepted);
            if (!accepted) current.TryRemove(key, out _);
            return accepted;
        }
        catch (Exception e)
        {
            current.TryRemove(key, out _);
            mine.SetException(e);
            throw;
        }
    }

    private void SwapIfDue()
    {
        var now = Environment.TickCount64;
        if (now - Volatile.Read(ref _swappedAt) < Generation.TotalMilliseconds && _current.Count < MaxPerGeneration) return;
        lock (_swap)
        {
            if (now - _swappedAt < Generation.TotalMilliseconds && _current.Count < MaxPerGeneration) return;
            _previous = _current;
            _current = new ConcurrentDictionary<string, Task<bool>>(StringComparer.Ordinal);
            _swappedAt = now;
        }
    }
}
