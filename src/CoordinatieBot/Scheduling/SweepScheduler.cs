using CoordinatieBot.Conversation.Escalation;
using CoordinatieBot.Domain;
using Microsoft.Extensions.Options;

namespace CoordinatieBot.Scheduling;

/// <summary>Runs a sweep every <see cref="EscalationOptions.SweepInterval"/> on the host's <see cref="TimeProvider"/>.</summary>
public sealed class SweepScheduler(EscalationSweeper sweeper, TimeProvider time, IOptions<EscalationOptions> options, ILogger<SweepScheduler> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    var summary = await sweeper.SweepAsync(stoppingToken);
                    _ = LogSentAsync(summary);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "Sweep failed; the next one will try again");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>The worker finishes a sweep's work in its own time; the next tick does not wait for it.</summary>
    private async Task LogSentAsync(SweepSummary summary)
    {
        SweepSummary delivered;
        try
        {
            delivered = summary.WithSent(await summary.Sending, await summary.Reports, TimeSpan.Zero);
        }
        catch (OperationCanceledException)
        {
            return; // shutting down
        }
        if (delivered.FamiliesQueued == 0 && delivered.DigestsSent == 0 && delivered.OverviewsSent == 0) return;
        log.LogInformation("Sweep of {At:o} delivered: {Sent} sent ({ViaThread} only via the thread), {Already} already sent, {Held} held elsewhere, {Unreachable} unreachable, {Failed} families failed, {Digests} daily and {Overviews} weekly overviews",
            summary.At, delivered.Sent, delivered.ViaThread, delivered.AlreadySent, delivered.HeldElsewhere, delivered.Unreachable, delivered.FamiliesFailed,
            delivered.DigestsSent, delivered.OverviewsSent);
    }
}
