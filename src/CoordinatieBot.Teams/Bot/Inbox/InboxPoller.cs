using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Teams.Protocol;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Teams.Bot.Inbox;

/// <summary>
/// Takes the deliveries nobody holds any more (their host crashed, or stopped and handed them back) and runs them on
/// this host. Every host runs one; the inbox's leases make sure each delivery is worked on by one host at a time.
/// </summary>
public sealed class InboxPoller(IInbox inbox, InboxTurns turns, TurnQueue queue, IHostApplicationLifetime lifetime, ILogger<InboxPoller> log)
    : BackgroundService
{
    /// <summary>How long to wait when the inbox had nothing; with something found it looks again at once.</summary>
    public static readonly TimeSpan IdleInterval = TimeSpan.FromSeconds(1);

    private const int Batch = 16;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
        var ct = stopping.Token;
        while (!ct.IsCancellationRequested)
        {
            var took = 0;
            try
            {
                if (queue.HasRoom) took = await TakeAsync(ct);
            }
            catch (StorageUnavailableException)
            {
                log.LogWarning("Inbox not reachable; looking again shortly");
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            if (took == 0)
            {
                try
                {
                    await turns.RetryDueAsync(IdleInterval, ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task<int> TakeAsync(CancellationToken ct)
    {
        var deliveries = await inbox.TakeAsync(Batch, ct);
        foreach (var delivery in deliveries)
        {
            var read = ActivityReader.Read(delivery.Payload.Span);
            if (!read.Succeeded)
            {
                log.LogError("An inbox delivery is not an activity ({Reason}); removed", read.Error);
                await inbox.CompleteAsync(delivery, CancellationToken.None);
                continue;
            }
            log.LogInformation("Taking over an accepted activity (try {Attempt})", delivery.Attempt);
            if (!turns.TryStart(read.Activity!, delivery)) await inbox.ReleaseAsync(delivery, TimeSpan.FromSeconds(1), CancellationToken.None);
        }
        return deliveries.Count;
    }
}
