using System.Text.Json.Serialization;

namespace CoordinatieBot.Conversation.Escalation;

/// <summary>
/// What one sweep decided and, once <see cref="WithDelivery"/> filled it in, what was sent: for the dev endpoint,
/// the logs and the benchmarks. Ids only, no names.
/// </summary>
public sealed record SweepSummary
{
    public DateTimeOffset At { get; init; }
    public bool OutsideWorkingHours { get; init; }
    public int DueEntries { get; init; }
    public int FamiliesRead { get; init; }
    public int StaleEntries { get; init; }
    public int FamiliesQueued { get; init; }

    /// <summary>Due families still queued or being sent by an earlier sweep of this host: not queued twice.</summary>
    public int FamiliesAlreadyQueued { get; init; }

    public int NoticesDue { get; init; }

    /// <summary>From the start of the sweep until every due family was read and queued: the sweep's own time.</summary>
    public double DecideMilliseconds { get; init; }

    public int DigestsSent { get; init; }
    public int OverviewsSent { get; init; }

    /// <summary>Index entries plus family rows: what the sweep read from storage.</summary>
    public int EntitiesRead => DueEntries + FamiliesRead;

    [JsonIgnore]
    public Task<FamilyDelivery[]> Delivery { get; init; } = Task.FromResult(Array.Empty<FamilyDelivery>());

    public bool Delivered { get; init; }
    public int Sent { get; init; }
    public int AlreadySent { get; init; }
    public int HeldElsewhere { get; init; }
    public int Unreachable { get; init; }
    public int FamiliesFailed { get; init; }

    /// <summary>From the start of the sweep until the sender finished everything it queued.</summary>
    public double DeliveredMilliseconds { get; init; }

    public List<SentNotice> Notices { get; init; } = [];

    public SweepSummary WithDelivery(IReadOnlyCollection<FamilyDelivery> families, TimeSpan elapsed) => this with
    {
        Delivered = true,
        Sent = families.Sum(f => f.Sent.Count),
        AlreadySent = families.Sum(f => f.AlreadySent),
        HeldElsewhere = families.Sum(f => f.HeldElsewhere),
        Unreachable = families.Sum(f => f.Unreachable),
        FamiliesFailed = families.Count(f => f.Failed),
        DeliveredMilliseconds = Math.Round(elapsed.TotalMilliseconds, 1),
        Notices = [.. families.SelectMany(f => f.Sent).OrderBy(s => s.FamilyId).ThenBy(s => s.Key)],
    };
}

public sealed record SentNotice(string FamilyId, string Key, string Kind, string? Step, int? Action);
