using System.Text.Json.Serialization;

namespace CoordinatieBot.Conversation.Escalation;

/// <summary>
/// What one sweep found and, once <see cref="WithSent"/> filled it in, what the worker decided and sent: for the
/// dev endpoint, the logs and the benchmarks. Ids only, no names.
/// </summary>
public sealed record SweepSummary
{
    public DateTimeOffset At { get; init; }
    public bool OutsideWorkingHours { get; init; }
    public int DueEntries { get; init; }
    public int FamiliesQueued { get; init; }

    /// <summary>Due families still queued or being sent after an earlier sweep of this host: not queued twice.</summary>
    public int FamiliesAlreadyQueued { get; init; }

    /// <summary>From the start of the sweep until every due family was queued: the sweep's own time.</summary>
    public double SweepMilliseconds { get; init; }

    [JsonIgnore]
    public Task<FamilySendResult[]> Sending { get; init; } = Task.FromResult(Array.Empty<FamilySendResult>());

    [JsonIgnore]
    public Task<ReportsSent> Reports { get; init; } = Task.FromResult(new ReportsSent(0, 0));

    // Filled in by WithSent.
    public bool Delivered { get; init; }
    public int FamiliesRead { get; init; }
    public int StaleEntries { get; init; }
    public int NoticesDue { get; init; }
    public int Sent { get; init; }
    public int AlreadySent { get; init; }
    public int HeldElsewhere { get; init; }
    public int Unreachable { get; init; }
    /// <summary>Of <see cref="Sent"/>: notices that reached someone only by a mention in the family's thread (no 1:1 chat possible).</summary>
    public int ViaThread { get; init; }
    public int FamiliesFailed { get; init; }
    public int DigestsSent { get; init; }
    public int OverviewsSent { get; init; }

    /// <summary>From the start of the sweep until the worker was done with everything it found.</summary>
    public double DeliveredMilliseconds { get; init; }

    public List<SentNotice> Notices { get; init; } = [];

    /// <summary>Index entries plus family rows: what deciding read from storage (the sweep the index, the worker the families).</summary>
    public int EntitiesRead => DueEntries + FamiliesRead;

    public SweepSummary WithSent(IReadOnlyCollection<FamilySendResult> families, ReportsSent reports, TimeSpan elapsed) => this with
    {
        Delivered = true,
        DigestsSent = reports.Digests,
        OverviewsSent = reports.WeeklyOverviews,
        FamiliesRead = families.Count(f => f.Read),
        StaleEntries = families.Sum(f => f.StaleEntries),
        NoticesDue = families.Sum(f => f.NoticesDue),
        Sent = families.Sum(f => f.Sent.Count),
        AlreadySent = families.Sum(f => f.AlreadySent),
        HeldElsewhere = families.Sum(f => f.HeldElsewhere),
        Unreachable = families.Sum(f => f.Unreachable),
        ViaThread = families.Sum(f => f.ViaThread),
        FamiliesFailed = families.Count(f => f.Failed),
        DeliveredMilliseconds = Math.Round(elapsed.TotalMilliseconds, 1),
        Notices = [.. families.SelectMany(f => f.Sent).OrderBy(s => s.FamilyId).ThenBy(s => s.Key)],
    };
}

/// <summary>Daily overviews (opt-in) and weekly procesmanager overviews a sweep sent.</summary>
public sealed record ReportsSent(int Digests, int WeeklyOverviews);

public sealed record SentNotice(string FamilyId, string Key, string Kind, string? Step, int? Action);
