namespace CoordinatieBot.Development;

/// <summary>The system clock with an offset that <c>POST /api/dev/clock</c> sets, so a person can try weeks of timers in minutes.</summary>
public sealed class DevClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _offsetTicks, (now - base.GetUtcNow()).Ticks);
}
