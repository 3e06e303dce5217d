using Azure;
using Azure.Data.Tables;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Domain;
using CoordinatieBot.Storage.Escalation;
using CoordinatieBot.Storage.Tables;

namespace CoordinatieBot.Storage.Families;

/// <summary>
/// Families in Table Storage. The state row's ETag is the version: a save is one entity-group transaction
/// (state replace with If-Match, plus the new history rows), so a change lands whole or not at all.
/// </summary>
public sealed class TableFamilyRepository(TableSet tables, TableDueIndex dueIndex, FamilyCache cache, TableRegieIndex? regieIndex = null) : IFamilyRepository
{
    private const int MaxTransactionSize = 100;

    private TableClient Families => tables[TableNames.Families];
    private TableClient ByConversation => tables[TableNames.FamilyByConversation];
    private TableClient MemberFamilies => tables[TableNames.MemberFamilies];

    public Task<VersionedFamily?> FindByConversationAsync(string tenantId, string conversationId, CancellationToken ct, Freshness freshness = Freshness.Checked) =>
        StorageErrors.Guard(async () =>
        {
            // A cached link may point at a family erased meanwhile (on any host), with a new one started here since.
            if (cache.TryGetLink(tenantId, conversationId, out var cachedId) && await LoadIfBoundAsync(cachedId, tenantId, conversationId, freshness, ct) is { } found)
                return found;
            cache.EvictLink(tenantId, conversationId);

            var link = await ByConversation.GetEntityIfExistsAsync<TableEntity>(
                Keys.Hash(tenantId), Keys.Hash(conversationId), ["FamilyId"], ct);
            if (!link.HasValue || link.Value!.GetString("FamilyId") is not { } familyId) return null;
            if (await LoadIfBoundAsync(familyId, tenantId, conversationId, freshness, ct) is not { } family) return null;
            cache.PutLink(tenantId, conversationId, familyId);
            return family;
        }, "find family by conversation");

    /// <summary>The link is only trusted when the family agrees it belongs to this tenant and conversation.</summary>
    private async Task<VersionedFamily?> LoadIfBoundAsync(string familyId, string tenantId, string conversationId, Freshness freshness, CancellationToken ct) =>
        await LoadAsync(familyId, freshness, ct) is { } f && f.Family.State.TenantId == tenantId && f.Family.State.ConversationId == conversationId ? f : null;

    public Task<VersionedFamily?> GetAsync(string familyId, CancellationToken ct, Freshness freshness = Freshness.Checked) =>
        StorageErrors.Guard(() => LoadAsync(familyId, freshness, ct), "get family");

    public Task<bool> CreateAsync(Family family, AppliedTurns applied, CancellationToken ct) =>
        StorageErrors.Guard(async () =>
        {
            var s = family.State;
            var link = new TableEntity(Keys.Hash(s.TenantId), Keys.Hash(s.ConversationId)) { ["FamilyId"] = s.Id };
            try
            {
                await ByConversation.AddEntityAsync(link, ct);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                // A link without its family is the trace of a create that failed half-way: take it over.
                if (await FindByConversationAsync(s.TenantId, s.ConversationId, ct) is not null) return false;
                await ByConversation.UpsertEntityAsync(link, TableUpdateMode.Replace, ct);
            }

            var actions = new List<TableTransactionAction> { new(TableTransactionActionType.Add, FamilyRows.State(family, applied, card: null)) };
            await FileBeforeSaveAsync(family, ct);
            var version = await CommitAsync(family, actions, ct);
            cache.Put(family.State, version, applied);
            cache.PutCard(s.Id, version, card: null);
            cache.PutLink(s.TenantId, s.ConversationId, s.Id);
            await IndexMembersAsync(family, ct);
            if (regieIndex is not null) await regieIndex.UpdateAsync(family, created: true, ct);
            return true;
        }, "create family");

    public Task<string> SaveAsync(Family family, string version, AppliedTurns applied, CancellationToken ct) =>
        StorageErrors.Guard(async () =>
        {
            // The card's place stays on the row: as known for this version, else as storage has it (a save at another version fails).
            var card = cache.TryGetCard(family.Id, out var place) && place.Version == version
                ? place.Card
                : await TableLivingCardStore.ReadAsync(Families, cache, family.Id, ct);
            var actions = new List<TableTransactionAction>
            {
                new(TableTransactionActionType.UpdateReplace, FamilyRows.State(family, applied, card), new ETag(version)),
            };
            await FileBeforeSaveAsync(family, ct);
            string etag;
            try
            {
                etag = await CommitAsync(family, actions, ct);
            }
            catch
            {
                cache.Evict(family.Id); // conflict or outage: the next read asks storage
                cache.EvictCard(family.Id);
                throw;
            }
            cache.Put(family.State, etag, applied);
            cache.PutCard(family.Id, etag, card);
            await UnfileAfterSaveAsync(family, ct);
            await IndexMembersAsync(family, ct);
            if (regieIndex is not null) await regieIndex.UpdateAsync(family, created: false, ct);
            return etag;
        }, "save family");

    public Task<IReadOnlyList<string>> FamilyIdsOfMemberAsync(string tenantId, string userId, CancellationToken ct) =>
        StorageErrors.Guard(() => FamilyIdsInAsync(Keys.Hash(tenantId, userId), ct), "families of member");

    public Task<IReadOnlyList<string>> FamilyIdsOfEntraUserAsync(string tenantId, string aadObjectId, CancellationToken ct) =>
        StorageErrors.Guard(() => FamilyIdsInAsync(EntraPartition(tenantId, aadObjectId), ct), "families of Entra user");

    /// <summary>The member index's partition for a person's Entra object id, next to the ones by Teams user id.</summary>
    public static string EntraPartition(string tenantId, string aadObjectId) => Keys.Hash(tenantId, "aad:" + aadObjectId);

    private async Task<IReadOnlyList<string>> FamilyIdsInAsync(string partition, CancellationToken ct)
    {
        var ids = new List<string>();
        await foreach (var row in MemberFamilies.QueryAsync<TableEntity>(e => e.PartitionKey == partition, select: ["RowKey"], cancellationToken: ct))
            ids.Add(row.RowKey);
        return ids;
    }

    public Task<IReadOnlyList<HistoryEntry>> RecentHistoryAsync(string familyId, int count, CancellationToken ct) =>
        StorageErrors.Guard<IReadOnlyList<HistoryEntry>>(async () =>
        {
            var entries = new List<HistoryEntry>();
            var from = FamilyRows.HistoryPrefix;
            var to = FamilyRows.HistoryPrefix[..^1] + (char)(FamilyRows.HistoryPrefix[^1] + 1);
            await foreach (var row in Families.QueryAsync<TableEntity>(
                               e => e.PartitionKey == familyId && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0,
                               maxPerPage: count, cancellationToken: ct))
            {
                entries.Add(FamilyRows.ReadHistory(row));
                if (entries.Count >= count) break;
            }
            return entries;
        }, "read history");

    /// <summary>
    /// The family as storage has it now. A cached copy is used only when the state row still has the cached version
    /// (a point read of its ETag alone), so a change or erasure by another host is seen at once; for a change, without
    /// that read (<see cref="Freshness.ForChange"/>: its save checks the version).
    /// </summary>
    private async Task<VersionedFamily?> LoadAsync(string familyId, Freshness freshness, CancellationToken ct)
    {
        if (cache.TryGet(familyId, out var cached))
        {
            if (freshness == Freshness.ForChange)
                return new VersionedFamily(new Family(cached.State), cached.Version) { Applied = cached.Applied, Unchecked = true };
            var head = await Families.GetEntityIfExistsAsync<TableEntity>(familyId, FamilyRows.StateRowKey, VersionOnly, ct);
            if (!head.HasValue)
            {
                cache.Evict(familyId);
                return null;
            }
            if (head.Value!.ETag.ToString() == cached.Version)
                return new VersionedFamily(new Family(cached.State), cached.Version) { Applied = cached.Applied };
        }
        var row = await Families.GetEntityIfExistsAsync<TableEntity>(familyId, FamilyRows.StateRowKey, cancellationToken: ct);
        if (!row.HasValue)
        {
            cache.Evict(familyId);
            return null;
        }
        var state = FamilyRows.ReadState(row.Value!);
        var applied = FamilyRows.ReadApplied(row.Value!);
        var version = row.Value!.ETag.ToString();
        cache.Put(state, version, applied);
        if (!cache.TryGetCard(familyId, out var place) || place.Version != version)
            cache.PutCard(familyId, version, await TableLivingCardStore.OfRowAsync(Families, row.Value!, ct));
        return new VersionedFamily(new Family(state), version) { Applied = applied };
    }

    private static readonly string[] VersionOnly = ["Chunks"];

    /// <summary>Commits the state change with its history rows; returns the new version.</summary>
    private async Task<string> CommitAsync(Family family, List<TableTransactionAction> actions, CancellationToken ct)
    {
        var history = family.Changes.Select((entry, i) => FamilyRows.History(family.Id, entry, i)).ToList();
        actions.AddRange(history.Take(MaxTransactionSize - actions.Count).Select(h => new TableTransactionAction(TableTransactionActionType.Add, h)));
        Response<IReadOnlyList<Response>> result;
        try
        {
            result = await Families.SubmitTransactionAsync(actions, ct);
        }
        catch (TableTransactionFailedException e) when (e.Status is 412 or 404)
        {
            // 404: erased meanwhile. Either way the caller loads again and sees what is there now.
            throw new ConcurrencyConflictException("family changed since it was loaded", e);
        }
        catch (TableTransactionFailedException e) when (e.Status == 409 && actions[0].ActionType == TableTransactionActionType.Add)
        {
            throw new ConcurrencyConflictException("family already exists", e);
        }

        // A change with more history than one transaction holds: the rest follows, still append-only.
        foreach (var rest in history.Skip(MaxTransactionSize - 1).Chunk(MaxTransactionSize))
            await Families.SubmitTransactionAsync(rest.Select(h => new TableTransactionAction(TableTransactionActionType.Add, h)), ct);

        return result.Value[0].Headers.ETag?.ToString() ?? "";
    }

    /// <summary>
    /// Keeps the due index in step with the family's next check: the new entry is filed before the family is
    /// saved, the old one removed after. A crash in between leaves an extra entry, which the sweep recognises
    /// as stale, never a missing one.
    /// </summary>
    private async Task FileBeforeSaveAsync(Family family, CancellationToken ct)
    {
        if (family.State.ScheduledCheckAt is { } next && next != family.Loaded.ScheduledCheckAt)
            await dueIndex.AddAsync(family.Id, next, ct);
    }

    private async Task UnfileAfterSaveAsync(Family family, CancellationToken ct)
    {
        if (family.Loaded.ScheduledCheckAt is { } old && old != family.State.ScheduledCheckAt)
            await dueIndex.RemoveQuietlyAsync(family.Id, old, ct);
    }

    /// <summary>
    /// Keeps the member → families index in step, by Teams user id and by Entra object id (for members joining with one,
    /// or whose Entra id became known); it is a hint, membership is checked on the family.
    /// </summary>
    private async Task IndexMembersAsync(Family family, CancellationToken ct)
    {
        var tenant = family.State.TenantId;
        foreach (var change in family.Changes.Where(c => c.Kind is HistoryKind.MemberJoined or HistoryKind.FamilyStarted))
        {
            var userId = change.SubjectUserId ?? change.ActorUserId;
            await MemberFamilies.UpsertEntityAsync(new TableEntity(Keys.Hash(tenant, userId), family.Id), TableUpdateMode.Replace, ct);
        }
        foreach (var member in family.State.Members)
        {
            if (member.AadObjectId is not { Length: > 0 } aad || family.Loaded.FindMember(member.UserId)?.AadObjectId == aad) continue;
            await MemberFamilies.UpsertEntityAsync(new TableEntity(EntraPartition(tenant, aad), family.Id), TableUpdateMode.Replace, ct);
        }
    }
}
