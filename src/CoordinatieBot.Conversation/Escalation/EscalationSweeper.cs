using System.Collections.Concurrent;
using System.Diagnostics;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Domain;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Conversation.Escalation;

/// <summary>
/// One sweep decides what is due: it reads the due part of the index and the families in it, evaluates the
/// ladder and hands each family's notices to the <see cref="NoticeOutbox"/>. Sending is the
/// <see cref="NoticeSender"/>'s: Teams allows ≈ 50 calls a second per tenant, so a sweep that sent itself would
/// take as long as its slowest send. Safe to run on several hosts at once (the claims decide who sends).
/// </summary>
public sealed class EscalationSweeper(
    IDueIndex index,
    IFamilyRepository families,
    NoticeOutbox outbox,
    PeriodicReports reports,
    EscalationPolicy policy,
    TimeProvider time,
    ILogger<EscalationSweeper> log)
{
    /// <summary>Family reads in flight at once: the sweep waits on storage, not on the CPU.</summary>
    private const int Parallelism = 16;

    private readonly string _host = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Decides and queues; <see cref="SweepSummary.Delivery"/> completes when everything queued was sent.</summary>
    public async Task<SweepSummary> SweepAsync(CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var now = time.GetUtcNow();
        if (!policy.Calendar.IsWorkingTime(now)) return new SweepSummary { At = now, OutsideWorkingHours = true };

        var due = await index.ReadDueAsync(now, ct);
        var counters = new ConcurrentDictionary<string, int>();
        var queued = new ConcurrentBag<FamilyNotices>();
        await Parallel.ForEachAsync(due.GroupBy(e => e.FamilyId), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct },
            async (entries, token) =>
            {
                try
                {
                    if (await DecideAsync(entries.Key, entries.ToList(), now, counters, token) is { } item) queued.Add(item);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One family's trouble must not stop the others; its entry stays and is tried next sweep.
                    log.LogError(e, "Sweep failed for family {FamilyId}", entries.Key);
                }
            });
        var decided = Stopwatch.GetElapsedTime(started);

        var digestsSent = await reports.SendDigestsAsync(now, _host, ct);
        var overviewsSent = await reports.SendWeeklyOverviewsAsync(now, _host, ct);

        var summary = new SweepSummary
        {
            At = now,
            DueEntries = due.Count,
            FamiliesRead = counters.GetValueOrDefault("read"),
            StaleEntries = counters.GetValueOrDefault("stale"),
            FamiliesQueued = counters.GetValueOrDefault("queued"),
            FamiliesAlreadyQueued = counters.GetValueOrDefault("inFlight"),
            NoticesDue = queued.Sum(q => q.Notices.Count),
            DecideMilliseconds = Math.Round(decided.TotalMilliseconds, 1),
            DigestsSent = digestsSent,
            OverviewsSent = overviewsSent,
            Delivery = Task.WhenAll(queued.Select(q => q.Done)),
        };
        log.LogInformation("Sweep: {Due} due, {Notices} notices in {Queued} families queued ({InFlight} still in flight), {Stale} stale, decided in {Ms} ms",
            summary.DueEntries, summary.NoticesDue, summary.FamiliesQueued, summary.FamiliesAlreadyQueued, summary.StaleEntries, summary.DecideMilliseconds);
        return summary;
    }

    /// <summary>A sweep that waits until what it queued was sent: for the dev endpoint, tests and benchmarks.</summary>
    public async Task<SweepSummary> SweepAndDeliverAsync(CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var summary = await SweepAsync(ct);
        return summary.WithDelivery(await summary.Delivery, Stopwatch.GetElapsedTime(started));
    }

    private async Task<FamilyNotices?> DecideAsync(string familyId, List<DueEntry> entries, DateTimeOffset now,
        ConcurrentDictionary<string, int> counters, CancellationToken ct)
    {
        var loaded = await families.GetAsync(familyId, ct);
        counters.AddOrUpdate("read", 1, (_, v) => v + 1);
        var scheduled = loaded?.Family.State.ScheduledCheckAt;
        foreach (var stale in entries.Where(e => scheduled is null || e.At != scheduled))
        {
            await index.RemoveAsync(stale, ct);
            counters.AddOrUpdate("stale", 1, (_, v) => v + 1);
        }
        if (loaded is null || scheduled is null || entries.All(e => e.At != scheduled)) return null;

        var (item, isNew) = await outbox.EnqueueAsync(new FamilyNotices(loaded, policy.Evaluate(loaded.Family.State, now), now), ct);
        counters.AddOrUpdate(isNew ? "queued" : "inFlight", 1, (_, v) => v + 1);
        return item;
    }
}
