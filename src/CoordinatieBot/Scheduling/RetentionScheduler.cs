using CoordinatieBot.Conversation.Privacy;
using CoordinatieBot.Domain;
using Microsoft.Extensions.Options;

namespace CoordinatieBot.Scheduling;

/// <summary>
/// Once a day (at <see cref="PrivacyOptions.RetentionRunsAt"/>, Dutch time) on the host's <see cref="TimeProvider"/>:
/// erases families closed more than Privacy:RetentionDays ago. Erasing is idempotent, so several hosts may run it.
/// </summary>
public sealed class RetentionScheduler(FamilyErasure erasure, TimeProvider time, IOptions<PrivacyOptions> options, ILogger<RetentionScheduler> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(UntilNextRun(time.GetUtcNow()), time, stoppingToken);
                try
                {
                    await erasure.ApplyRetentionAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "Retention run failed; the next one will try again");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Time until the next run moment (today's if still ahead, else tomorrow's), in Dutch local time.</summary>
    public TimeSpan UntilNextRun(DateTimeOffset now)
    {
        var local = DutchTime.Local(now);
        var next = local.Date + options.Value.RetentionRunsAt;
        if (next <= local.DateTime) next = next.AddDays(1);
        var wait = next - local.DateTime;
        return wait < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : wait;
    }
}
