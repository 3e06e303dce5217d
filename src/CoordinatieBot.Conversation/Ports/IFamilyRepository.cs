using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Ports;

/// <summary>Families, found by their conversation or id, saved with optimistic concurrency.</summary>
public interface IFamilyRepository
{
    Task<VersionedFamily?> FindByConversationAsync(string tenantId, string conversationId, CancellationToken ct, Freshness freshness = Freshness.Checked);

    Task<VersionedFamily?> GetAsync(string familyId, CancellationToken ct, Freshness freshness = Freshness.Checked);

    /// <summary>Creates the family and binds it to its conversation. False when that conversation already has a family.</summary>
    Task<bool> CreateAsync(Family family, AppliedTurns applied, CancellationToken ct);

    /// <summary>
    /// Saves the state, the activities applied to it and the history (<see cref="Family.Changes"/>), atomically.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">Someone else saved the family since <paramref name="version"/>.</exception>
    Task<string> SaveAsync(Family family, string version, AppliedTurns applied, CancellationToken ct);

    /// <summary>Ids of the families the user is (or was) a member of; callers check membership on the loaded family.</summary>
    Task<IReadOnlyList<string>> FamilyIdsOfMemberAsync(string tenantId, string userId, CancellationToken ct);

    /// <summary>
    /// The same, found by the member's Entra object id (how a tab knows the person); only families saved since members'
    /// Entra ids are indexed, so callers also look up by user id.
    /// </summary>
    Task<IReadOnlyList<string>> FamilyIdsOfEntraUserAsync(string tenantId, string aadObjectId, CancellationToken ct);

    Task<IReadOnlyList<HistoryEntry>> RecentHistoryAsync(string familyId, int count, CancellationToken ct);
}

/// <summary>A family as loaded: its state, the version (ETag) to save it with, and the activities it already holds.</summary>
public sealed record VersionedFamily(Family Family, string Version)
{
    public AppliedTurns Applied { get; init; } = AppliedTurns.None;

    /// <summary>
    /// This process's copy, not checked against storage (<see cref="Freshness.ForChange"/>): good to save on (a stale copy
    /// fails the save), not to answer from.
    /// </summary>
    public bool Unchecked { get; init; }
}

/// <summary>How sure a read must be that it has the family as storage has it now.</summary>
public enum Freshness
{
    /// <summary>As storage has it now: a cached copy only after a check of its version.</summary>
    Checked,

    /// <summary>
    /// For a change that saves with the version read: this process's cached copy is taken without a check, since the save
    /// fails when another host changed the family meanwhile, and the change is then made again on a fresh read.
    /// </summary>
    ForChange,
}
