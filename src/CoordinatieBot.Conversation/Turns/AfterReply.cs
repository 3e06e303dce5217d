using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Conversation.Turns;

/// <summary>
/// Work a turn leaves until its replies are out: what a saved change means for others (the new owner told 1:1, a
/// regisseur's caseload, the thread told what is pending) must not keep the one who asked waiting, for instance behind
/// the pacing of a busy 1:1 chat. The channel that sends the replies opens the scope (<see cref="Begin"/>) and runs the
/// work after them; where no scope is open the work runs at once. Ambient like <see cref="TurnIdentity"/>, because the
/// operations that save a family are many and none of them should pass it on.
/// </summary>
public sealed class AfterReply
{
    private static readonly AsyncLocal<AfterReply?> Ambient = new();
    private readonly List<Func<CancellationToken, Task>> _work = [];

    /// <summary>Work left so far (a test looks).</summary>
    public int Count => _work.Count;

    /// <summary>Opens the scope for the code that runs from here in this async flow; dispose to close it.</summary>
    public static Scope Begin()
    {
        var after = new AfterReply();
        var previous = Ambient.Value;
        Ambient.Value = after;
        return new Scope(after, previous);
    }

    /// <summary>Leaves <paramref name="work"/> for after the replies, or runs it now when no scope is open.</summary>
    public static Task RunOrLeaveAsync(Func<CancellationToken, Task> work, CancellationToken ct)
    {
        if (Ambient.Value is not { } after) return work(ct);
        after._work.Add(work);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Runs what was left, in order. The turn is answered and done by now, so a failure is logged and the rest still runs:
    /// what must not be lost is pending in the family, and the sweep tells it.
    /// </summary>
    public async Task RunAsync(ILogger log, CancellationToken ct)
    {
        var work = _work.ToArray();
        _work.Clear();
        foreach (var item in work)
        {
            try
            {
                await item(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Work after a reply failed ({Type})", e.GetType().Name);
            }
        }
    }

    public readonly struct Scope(AfterReply after, AfterReply? previous) : IDisposable
    {
        public AfterReply Work => after;

        public void Dispose() => Ambient.Value = previous;
    }
}
