using System.Collections.Concurrent;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Domain;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Conversation.Escalation;

/// <summary>
/// One sweep: read the due part of the index, and for each family send what is due exactly once
/// (claim → send → mark sent → record in the family). Safe to run on several hosts at once, and after a
/// host died halfway: an unfinished claim is taken over when its lease runs out.
/// </summary>
public sealed class EscalationSweeper(
    IDueIndex index,
    IFamilyRepository families,
    INoticeClaims claims,
    NoticeDelivery delivery,
    FamilyTurns turns,
    PeriodicReports reports,
    EscalationPolicy policy,
    TimeProvider time,
    ILogger<EscalationSweeper> log)
{
    private const int Parallelism = 8;
    private readonly string _host = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public async Task<SweepSummary> SweepAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (!policy.Calendar.IsWorkingTime(now)) return new SweepSummary { At = now, OutsideWorkingHours = true };

        var due = await index.ReadDueAsync(now, ct);
        var counters = new ConcurrentDictionary<string, int>();
        var sent = new ConcurrentBag<SentNotice>();
        await Parallel.ForEachAsync(due.GroupBy(e => e.FamilyId), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct },
            async (entries, token) =>
            {
                try
                {
                    await SweepFamilyAsync(entries.Key, entries.ToList(), now, counters, sent, token);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One family's trouble must not stop the others; its entry stays and is tried next sweep.
                    log.LogError(e, "Sweep failed for family {FamilyId}", entries.Key);
                }
            });

        var digestsSent = await reports.SendDigestsAsync(now, _host, ct);
        var overviewsSent = await reports.SendWeeklyOverviewsAsync(now, _host, ct);

        var summary = new SweepSummary
        {
            DigestsSent = digestsSent,
            OverviewsSent = overviewsSent,
            At = now,
            DueEntries = due.Count,
            FamiliesRead = counters.GetValueOrDefault("read"),
            StaleEntries = counters.GetValueOrDefault("stale"),
            Sent = counters.GetValueOrDefault("sent"),
            AlreadySent = counters.GetValueOrDefault("already"),
            HeldElsewhere = counters.GetValueOrDefault("held"),
            Unreachable = counters.GetValueOrDefault("unreachable"),
            Notices = [.. sent.OrderBy(s => s.FamilyId).ThenBy(s => s.Key)],
        };
        log.LogInformation("Sweep: {Due} due, {Sent} sent, {Already} already sent, {Held} held elsewhere, {Stale} stale",
            summary.DueEntries, summary.Sent, summary.AlreadySent, summary.HeldElsewhere, summary.StaleEntries);
        return summary;
    }

    private async Task SweepFamilyAsync(string familyId, List<DueEntry> entries, DateTimeOffset now,
        ConcurrentDictionary<string, int> counters, ConcurrentBag<SentNotice> sent, CancellationToken ct)
    {
        var loaded = await families.GetAsync(familyId, ct);
        counters.AddOrUpdate("read", 1, (_, v) => v + 1);
        var scheduled = loaded?.Family.State.ScheduledCheckAt;
        foreach (var stale in entries.Where(e => scheduled is null || e.At != scheduled))
        {
            await index.RemoveAsync(stale, ct);
            counters.AddOrUpdate("stale", 1, (_, v) => v + 1);
        }
        if (loaded is null || scheduled is null || entries.All(e => e.At != scheduled)) return;

        var state = loaded.Family.State;
        var today = DutchTime.DateOf(now);
        var told = new List<DueNotice>();
        foreach (var notice in policy.Evaluate(state, now))
        {
            var claim = await claims.TryClaimAsync(familyId, notice.Key, _host, now, policy.Options.ClaimLease, ct);
            switch (claim.Outcome)
            {
                case ClaimOutcome.HeldElsewhere:
                    counters.AddOrUpdate("held", 1, (_, v) => v + 1);
                    continue;
                case ClaimOutcome.AlreadySent:
                    counters.AddOrUpdate("already", 1, (_, v) => v + 1);
                    told.Add(notice);
                    continue;
            }

            if (await delivery.DeliverAsync(state, notice, today, ct))
            {
                counters.AddOrUpdate("sent", 1, (_, v) => v + 1);
                sent.Add(new SentNotice(familyId, notice.Key, notice.Kind.ToString(), notice.Step?.ToString(), notice.ActionNumber));
            }
            else
            {
                counters.AddOrUpdate("unreachable", 1, (_, v) => v + 1);
            }
            // Marked even when nobody could be reached: retrying every few minutes would not reach them either.
            await claims.MarkSentAsync(claim, now, ct);
            told.Add(notice);
        }

        // Record what was told (idempotent) and move the family to its next check; a sweep with nothing
        // to tell (everything held elsewhere) leaves the entry for the host that holds it.
        if (told.Count > 0 || policy.Evaluate(state, now).Count == 0)
            await turns.RecordNoticesAsync(familyId, told, ct);
    }
}
