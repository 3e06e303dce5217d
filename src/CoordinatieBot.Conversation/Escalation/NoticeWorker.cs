using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Domain;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Conversation.Escalation;

/// <summary>
/// Drains the <see cref="NoticeQueue"/>. For each due family: read it, decide on that fresh state what the ladder
/// calls for, send every notice once (claim → send), record what was told and move the family to its next check.
/// Many families are in flight at once, so the proactive pacer, not storage round trips, sets the pace; deciding
/// just before sending means a task done a minute ago is not reminded.
/// </summary>
public sealed class NoticeWorker(
    NoticeQueue queue,
    IDueIndex index,
    IFamilyRepository families,
    INoticeClaims claims,
    NoticeRouter router,
    FamilyTurns turns,
    EscalationPolicy policy,
    ILogger<NoticeWorker> log)
{
    /// <summary>
    /// Families handled at once: enough that one is always waiting at the pacer while the others read, claim and
    /// record (≈ 7 storage calls each). They spend that time waiting, not on the CPU.
    /// </summary>
    public const int Parallelism = 64;

    private readonly string _host = ClaimOwner.New();

    public Task RunAsync(CancellationToken ct) =>
        Parallel.ForEachAsync(queue.ReadAllAsync(ct), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct },
            async (item, token) =>
            {
                var result = new FamilySendResult(item.FamilyId) { Failed = true };
                try
                {
                    result = await SendFamilyAsync(item, token);
                }
                finally
                {
                    queue.Finish(item, result); // also on shutdown, so nobody waits for it forever
                }
            });

    private async Task<FamilySendResult> SendFamilyAsync(DueFamily item, CancellationToken ct)
    {
        try
        {
            return await SendAsync(item, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // One family's trouble must not stop the others; its index entry stays due, so the next sweep tries again.
            log.LogError(e, "Sending notices failed for family {FamilyId}", item.FamilyId);
            return new FamilySendResult(item.FamilyId) { Failed = true };
        }
    }

    private async Task<FamilySendResult> SendAsync(DueFamily item, CancellationToken ct)
    {
        var loaded = await families.GetAsync(item.FamilyId, ct);
        var scheduled = loaded?.Family.State.ScheduledCheckAt;
        var stale = item.Entries.Where(e => scheduled is null || e.At != scheduled).ToList();
        foreach (var entry in stale) await index.RemoveAsync(entry, ct);
        var result = new FamilySendResult(item.FamilyId) { Read = loaded is not null, StaleEntries = stale.Count };
        if (loaded is null || stale.Count == item.Entries.Count) return result;

        var state = loaded.Family.State;
        var notices = policy.Evaluate(state, item.Now);
        var today = DutchTime.DateOf(item.Now);
        var told = new List<DueNotice>();
        var sent = new List<SentNotice>();
        int already = 0, held = 0, unreachable = 0, viaThread = 0;
        foreach (var notice in notices)
        {
            var claim = await claims.TryClaimAsync(item.FamilyId, notice.Key, _host, item.Now, policy.Options.ClaimLease, ct);
            switch (claim.Outcome)
            {
                case ClaimOutcome.HeldElsewhere:
                    held++;
                    continue;
                case ClaimOutcome.AlreadySent: // a claim marked sent by an earlier version of the bot
                    already++;
                    told.Add(notice);
                    continue;
            }

            using var reach = ReachTally.Begin();
            if (await router.DeliverAsync(state, notice, today, ct))
            {
                sent.Add(new SentNotice(item.FamilyId, notice.Key, notice.Kind.ToString(), notice.Step?.ToString(), notice.ActionNumber));
                if (reach.Tally.ViaThread > 0) viaThread++;
            }
            else
            {
                unreachable++;
            }
            // Told even when nobody could be reached: retrying every few minutes would not reach them either. The claim
            // is not marked sent: recording the notice in the family below is what keeps it from being decided again
            // (one storage write less per notice); only a host dying between the send and that record sends it twice.
            told.Add(notice);
        }

        // Record what was told (idempotent) and move the family to its next check; a family with nothing told
        // (everything held elsewhere) keeps its entry for the host that holds it.
        if (told.Count > 0 || notices.Count == 0)
            await turns.RecordNoticesAsync(loaded, told, ct);
        return result with { NoticesDue = notices.Count, Sent = sent, AlreadySent = already, HeldElsewhere = held, Unreachable = unreachable, ViaThread = viaThread };
    }
}
