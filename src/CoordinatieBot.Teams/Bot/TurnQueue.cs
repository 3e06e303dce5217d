using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoordinatieBot.Teams.Bot;

/// <summary>
/// Work accepted by <c>/api/messages</c> and answered later through the connector, so the Connector gets
/// its 200 at once (it gives up after 10–15 s). Bounded by time, not only by count: a turn is refused (the
/// endpoint answers 503 and the Connector retries) when the oldest waiting turn has waited
/// <see cref="MaxWait"/>, or when the queue already holds more than the turns finished in the last
/// <see cref="MaxWait"/> — a few seconds of work (<see cref="MinCapacity"/> to <see cref="MaxCapacity"/>). So an overload is signalled while a retry still helps, and
/// the memory held by waiting turns stays small.
/// </summary>
public sealed class TurnQueue
{
    public static readonly TimeSpan DefaultMaxWait = TimeSpan.FromSeconds(5);

    /// <summary>Accepted whatever the recent throughput (a fresh or stalled process measured nothing yet).</summary>
    public const int MinCapacity = 256;

    /// <summary>
    /// Past throughput says little when the mix changes (a flood of reads, then of changes ten times slower), so the
    /// backlog is also capped by count: 2,000 turns is a few seconds of changes.
    /// </summary>
    public const int MaxCapacity = 2_000;

    private readonly Channel<QueuedTurn> _channel =
        Channel.CreateBounded<QueuedTurn>(new BoundedChannelOptions(MaxCapacity) { FullMode = BoundedChannelFullMode.Wait });

    // The monotonic clock of the process, never the bot's (movable) DevClock: only elapsed time counts here.
    private readonly TimeProvider _clock;
    private readonly FinishedPerSecond _finished;
    private int _pending;
    private int _waiting;
    private volatile bool _closed;

    public TurnQueue() : this(TimeProvider.System, DefaultMaxWait)
    {
    }

    public TurnQueue(TimeProvider clock, TimeSpan maxWait)
    {
        _clock = clock;
        MaxWait = maxWait;
        _finished = new FinishedPerSecond(clock, maxWait);
    }

    public TimeSpan MaxWait { get; }

    /// <summary>Turns accepted and not yet finished; tests and shutdown wait for zero.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>How many turns may wait now: what the workers finished in the last <see cref="MaxWait"/>.</summary>
    public int Capacity => Math.Clamp(_finished.Count(), MinCapacity, MaxCapacity);

    /// <summary>False once the host is stopping: nothing new is promised then.</summary>
    public bool IsOpen => !_closed;

    /// <summary>Whether a turn would be taken now; asked before anything is promised (the endpoint answers 503 otherwise).</summary>
    public bool HasRoom =>
        !_closed && Volatile.Read(ref _waiting) < Capacity &&
        !(_channel.Reader.TryPeek(out var oldest) && _clock.GetElapsedTime(oldest.AcceptedAt) >= MaxWait);

    /// <param name="work">The turn.</param>
    /// <param name="handBack">Called instead of the work when the host stops before the turn could start.</param>
    public bool TryEnqueue(Func<CancellationToken, Task> work, Func<Task>? handBack = null)
    {
        if (!HasRoom) return false;

        Interlocked.Increment(ref _pending);
        Interlocked.Increment(ref _waiting);
        if (_channel.Writer.TryWrite(new QueuedTurn(Telemetry.TeamsTelemetry.TracedTurn(work), handBack, _clock.GetTimestamp()))) return true;
        Interlocked.Decrement(ref _waiting);
        Interlocked.Decrement(ref _pending);
        return false;
    }

    /// <summary>The host is stopping: refuse new turns from now on; the waiting ones still run (or are handed back).</summary>
    public void Close() => _closed = true;

    /// <summary>
    /// Takes every turn that is still waiting out of the queue and hands it back (its work will run on whichever host
    /// takes it next). Called when the host must stop before it could finish them.
    /// </summary>
    public async Task<int> HandBackWaitingAsync()
    {
        var handed = 0;
        while (_channel.Reader.TryRead(out var turn))
        {
            Interlocked.Decrement(ref _waiting);
            try
            {
                if (turn.HandBack is not null) await turn.HandBack();
                handed++;
            }
            finally
            {
                Interlocked.Decrement(ref _pending);
            }
        }
        return handed;
    }

    /// <summary>The next turn, for a worker; it calls <see cref="Done"/> when the turn has finished.</summary>
    internal async ValueTask<Func<CancellationToken, Task>?> NextAsync(CancellationToken ct)
    {
        while (await _channel.Reader.WaitToReadAsync(ct).ConfigureAwait(false))
        {
            if (_channel.Reader.TryRead(out var turn))
            {
                Interlocked.Decrement(ref _waiting);
                return turn.Work;
            }
        }
        return null;
    }

    internal void Done()
    {
        _finished.Add();
        Interlocked.Decrement(ref _pending);
    }

    /// <summary>Waits until every accepted turn has finished (for tests and graceful shutdown).</summary>
    /// <returns>False when turns were still running after <paramref name="timeout"/>.</returns>
    public async Task<bool> DrainAsync(TimeSpan timeout, CancellationToken ct = default)
    {
        var until = DateTime.UtcNow + timeout;
        while (Pending > 0 && DateTime.UtcNow < until && !ct.IsCancellationRequested) await Task.Delay(10, CancellationToken.None);
        return Pending == 0;
    }

    private readonly record struct QueuedTurn(Func<CancellationToken, Task> Work, Func<Task>? HandBack, long AcceptedAt);

    /// <summary>Turns finished in the current second and the whole seconds before it, <c>window</c> in all; one slot a second.</summary>
    private sealed class FinishedPerSecond(TimeProvider clock, TimeSpan window)
    {
        private readonly int _seconds = WholeSeconds(window);
        private readonly long[] _second = new long[WholeSeconds(window) + 1];
        private readonly int[] _count = new int[WholeSeconds(window) + 1];
        private readonly long _start = clock.GetTimestamp();
        private readonly Lock _lock = new();

        private long Now => (long)clock.GetElapsedTime(_start).TotalSeconds;

        public void Add()
        {
            var now = Now;
            lock (_lock)
            {
                var slot = (int)(now % _count.Length);
                if (_second[slot] != now) (_second[slot], _count[slot]) = (now, 0);
                _count[slot]++;
            }
        }

        public int Count()
        {
            var now = Now;
            var total = 0;
            lock (_lock)
            {
                for (var i = 0; i < _count.Length; i++)
                    if (now - _second[i] < _seconds) total += _count[i];
            }
            return total;
        }

        private static int WholeSeconds(TimeSpan window) => Math.Max(1, (int)Math.Ceiling(window.TotalSeconds));
    }
}

/// <summary>
/// Runs queued turns with bounded parallelism. When the host stops it closes the queue (new activities get 503), lets
/// the waiting and running turns finish while the shutdown timeout allows, and hands back whatever could not start.
/// </summary>
public sealed class TurnQueueWorker(TurnQueue queue, IOptions<HostOptions> host, ILogger<TurnQueueWorker> log) : BackgroundService
{
    private const int Parallelism = 32;

    /// <summary>Kept from the shutdown timeout for handing back and for the rest of the host to stop.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(3);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Parallelism).Select(_ => RunAsync(stoppingToken)));

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Close();
        var budget = host.Value.ShutdownTimeout - Margin;
        var drained = budget > TimeSpan.Zero && await queue.DrainAsync(budget, cancellationToken);
        if (!drained)
        {
            var handed = await queue.HandBackWaitingAsync();
            log.LogWarning("Stopping with turns unfinished: {HandedBack} handed back, {Running} still running", handed, queue.Pending);
        }
        await base.StopAsync(cancellationToken);
    }

    private async Task RunAsync(CancellationToken ct)
    {
        try
        {
            while (await queue.NextAsync(ct) is { } work)
            {
                try
                {
                    // A turn that has started is finished even while the host stops: StopAsync waits for it.
                    await work(CancellationToken.None);
                }
                catch (Exception e)
                {
                    log.LogError(e, "A queued turn failed");
                }
                finally
                {
                    queue.Done();
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }
}
