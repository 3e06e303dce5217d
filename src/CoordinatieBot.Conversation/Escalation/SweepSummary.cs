namespace CoordinatieBot.Conversation.Escalation;

/// <summary>What one sweep did: for the dev endpoint, the logs and the benchmarks. Ids only, no names.</summary>
public sealed record SweepSummary
{
    public DateTimeOffset At { get; init; }
    public bool OutsideWorkingHours { get; init; }
    public int DueEntries { get; init; }
    public int FamiliesRead { get; init; }
    public int StaleEntries { get; init; }
    public int Sent { get; init; }
    public int AlreadySent { get; init; }
    public int HeldElsewhere { get; init; }
    public int Unreachable { get; init; }
    public int DigestsSent { get; init; }
    public int OverviewsSent { get; init; }
    public List<SentNotice> Notices { get; init; } = [];

    /// <summary>Index entries plus family rows: what the sweep read from storage.</summary>
    public int EntitiesRead => DueEntries + FamiliesRead;
}

public sealed record SentNotice(string FamilyId, string Key, string Kind, string? Step, int? Action);
