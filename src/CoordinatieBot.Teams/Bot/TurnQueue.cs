using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Teams.Bot;

/// <summary>
/// Work accepted by <c>/api/messages</c> and answered later through the connector, so the Connector gets
/// its 200 at once (it gives up after 10–15 s). Bounded: when full, the endpoint answers 503 and the
/// Connector retries.
/// </summary>
public sealed class TurnQueue
{
    private readonly Channel<Func<CancellationToken, Task>> _channel =
        Channel.CreateBounded<Func<CancellationToken, Task>>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.Wait });

    private int _pending;

    /// <summary>Turns accepted and not yet finished; tests and shutdown wait for zero.</summary>
    public int Pending => Volatile.Read(ref _pending);

    public bool TryEnqueue(Func<CancellationToken, Task> work)
    {
        Interlocked.Increment(ref _pending);
        if (_channel.Writer.TryWrite(Telemetry.TeamsTelemetry.TracedTurn(work))) return true;
        Interlocked.Decrement(ref _pending);
        return false;
    }

    internal ChannelReader<Func<CancellationToken, Task>> Reader => _channel.Reader;

    internal void Done() => Interlocked.Decrement(ref _pending);

    /// <summary>Waits until every accepted turn has finished (for tests and graceful shutdown).</summary>
    /// <returns>False when turns were still running after <paramref name="timeout"/>.</returns>
    public async Task<bool> DrainAsync(TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (Pending > 0 && DateTime.UtcNow < until) await Task.Delay(10);
        return Pending == 0;
    }
}

/// <summary>Runs queued turns with bounded parallelism.</summary>
public sealed class TurnQueueWorker(TurnQueue queue, ILogger<TurnQueueWorker> log) : BackgroundService
{
    private const int Parallelism = 32;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Parallelism).Select(_ => RunAsync(stoppingToken)));

    private async Task RunAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var work in queue.Reader.ReadAllAsync(ct))
            {
                try
                {
                    await work(ct);
                }
                catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
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
