namespace CoordinatieBot.Conversation.Escalation;

/// <summary>
/// How the people a piece of work tried to reach were reached: in their 1:1 chat, only by a mention in the family's
/// thread, or not at all. The worker opens one around each notice (<see cref="Begin"/>), so what
/// <see cref="MemberReach"/> counts deep inside delivery ends up in the sweep's figures without every method in
/// between passing it on.
/// </summary>
public sealed class ReachTally
{
    private static readonly AsyncLocal<ReachTally?> Ambient = new();
    private int _direct, _viaThread, _unreachable;

    public static ReachTally? Current => Ambient.Value;

    public int Direct => _direct;
    public int ViaThread => _viaThread;
    public int Unreachable => _unreachable;

    /// <summary>Starts counting for the current async flow; disposing stops it.</summary>
    public static Scope Begin()
    {
        var tally = new ReachTally();
        var previous = Ambient.Value;
        Ambient.Value = tally;
        return new Scope(tally, previous);
    }

    internal void CountDirect() => Interlocked.Increment(ref _direct);
    internal void CountViaThread() => Interlocked.Increment(ref _viaThread);
    internal void CountUnreachable() => Interlocked.Increment(ref _unreachable);

    public readonly struct Scope(ReachTally tally, ReachTally? previous) : IDisposable
    {
        public ReachTally Tally => tally;

        public void Dispose() => Ambient.Value = previous;
    }
}
