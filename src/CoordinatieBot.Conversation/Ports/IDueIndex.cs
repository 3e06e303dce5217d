namespace CoordinatieBot.Conversation.Ports;

/// <summary>
/// Families by the moment the timers next look at them. A sweep reads only what is due, so its cost grows
/// with what is due, not with the number of families. Entries are hints: the family's own state decides.
/// </summary>
public interface IDueIndex
{
    /// <summary>Entries due at or before <paramref name="upTo"/>.</summary>
    Task<IReadOnlyList<DueEntry>> ReadDueAsync(DateTimeOffset upTo, CancellationToken ct);

    /// <summary>Removes the entry; removing one that is already gone is not an error.</summary>
    Task RemoveAsync(DueEntry entry, CancellationToken ct);
}

/// <summary>The family <see cref="FamilyId"/> is to be looked at from <see cref="At"/> on.</summary>
public sealed record DueEntry(string FamilyId, DateTimeOffset At);
