using System.Collections.Concurrent;

namespace CoordinatieBot.Teams.Tests.Connector;

/// <summary>Records every delay asked for and lets it elapse at once, so retry waits are asserted without waiting.</summary>
public sealed class DelayRecordingTimeProvider : TimeProvider
{
    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Delays.Enqueue(dueTime);
        return System.CreateTimer(callback, state, TimeSpan.Zero, period);
    }
}
