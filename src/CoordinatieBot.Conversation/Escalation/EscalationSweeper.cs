using System.Diagnostics;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Domain;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Conversation.Escalation;

/// <summary>
/// One sweep finds what is due: it reads the due part of the index and queues each due family in the
/// <see cref="NoticeQueue"/>. The <see cref="NoticeWorker"/> reads each family, decides and sends: Teams allows
/// ≈ 50 calls a second per tenant, so a sweep that did that itself would take as long as its slowest send, and
/// would decide on state that is minutes old by the time it is sent. Safe to run on several hosts at once (the
/// claims decide who sends).
/// </summary>
public sealed class EscalationSweeper(
    IDueIndex index,
    NoticeQueue queue,
    PeriodicReports reports,
    EscalationPolicy policy,
    TimeProvider time,
    ILogger<EscalationSweeper> log)
{
    private readonly string _host = ClaimOwner.New();

    /// <summary>Finds and queues; <see cref="SweepSummary.Sending"/> completes when the worker is done with all of it.</summary>
    public async Task<SweepSummary> SweepAsync(CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var now = time.GetUtcNow();
        if (!policy.Calendar.IsWorkingTime(now)) return new SweepSummary { At = now, OutsideWorkingHours = true };

        var due = await index.ReadDueAsync(now, ct);
        var items = new List<DueFamily>();
        var queued = 0;
        foreach (var entries in due.GroupBy(e => e.FamilyId))
        {
            var (item, isNew) = await queue.EnqueueAsync(new DueFamily(entries.Key, [.. entries], now), ct);
            items.Add(item);
            if (isNew) queued++;
        }
        var swept = Stopwatch.GetElapsedTime(started);

        var summary = new SweepSummary
        {
            At = now,
            DueEntries = due.Count,
            FamiliesQueued = queued,
            FamiliesAlreadyQueued = items.Count - queued,
            SweepMilliseconds = Math.Round(swept.TotalMilliseconds, 1),
            Sending = Task.WhenAll(items.Select(i => i.Done)),
            Reports = SendReportsAsync(now, ct), // like notices, sent at Teams' pace after the sweep returns
        };
        log.LogInformation("Sweep: {Due} due entries, {Queued} families queued ({InFlight} still in flight), in {Ms} ms",
            summary.DueEntries, summary.FamiliesQueued, summary.FamiliesAlreadyQueued, summary.SweepMilliseconds);
        return summary;
    }

    /// <summary>A sweep that waits until the worker is done with what it found: for the dev endpoint, tests and benchmarks.</summary>
    public async Task<SweepSummary> SweepAndDeliverAsync(CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var summary = await SweepAsync(ct);
        return summary.WithSent(await summary.Sending, await summary.Reports, Stopwatch.GetElapsedTime(started));
    }

    private async Task<ReportsSent> SendReportsAsync(DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            return new ReportsSent(await reports.SendDigestsAsync(now, _host, ct), await reports.SendWeeklyOverviewsAsync(now, _host, ct));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Claimed reports that were not marked sent are taken over by a later sweep when their lease runs out.
            log.LogError(e, "Sending the daily or weekly overviews failed");
            return new ReportsSent(0, 0);
        }
    }
}
