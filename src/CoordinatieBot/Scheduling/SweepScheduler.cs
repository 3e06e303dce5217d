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
                    await sweeper.SweepAsync(stoppingToken);
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
}
