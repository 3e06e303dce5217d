using Azure;
using Azure.Data.Tables;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Domain;
using CoordinatieBot.Storage.Escalation;
using CoordinatieBot.Storage.Families;
using CoordinatieBot.Storage.Tables;

namespace CoordinatieBot.Storage.Privacy;

/// <summary>
/// Erasure in Table Storage. The log row is written first (so an erasure is never unrecorded), then everything that
/// points at the family, and the family's own partition last with its state row at the very end: an erasure that
/// stops half-way leaves a family that is still found (by retention, or by asking again) and erased on the next try.
/// This is the only code that deletes rows of the Families table; history rows are otherwise only ever added.
/// </summary>
public sealed class TableFamilyEraser(TableSet tables, FamilyCache cache) : IFamilyEraser
{
    private const string LogPartition = "erasures";

    private TableClient Families => tables[TableNames.Families];

    public Task<ErasureLogEntry> EraseAsync(FamilyState family, ErasureRequest request, CancellationToken ct) =>
        StorageErrors.Guard(async () =>
        {
            var id = family.Id;
            var entry = new ErasureLogEntry(Keys.Hash(id), request.At, request.Trigger, request.ByUserId);
            await tables[TableNames.ErasureLog].AddEntityAsync(new TableEntity(LogPartition, $"{Keys.InvertedTicks(request.At)}-{entry.FamilyHash}")
            {
                ["FamilyHash"] = entry.FamilyHash,
                ["At"] = request.At,
                ["Trigger"] = request.Trigger.ToString(),
                ["ByUserId"] = request.ByUserId,
            }, ct);

            // Everyone who ever appeared in the family: members, and the actors and subjects of its history.
            var users = family.Members.Select(m => m.UserId).ToHashSet(StringComparer.Ordinal);
            var rows = new List<TableEntity>();
            await foreach (var row in Families.QueryAsync<TableEntity>(e => e.PartitionKey == id, cancellationToken: ct))
            {
                rows.Add(row);
                if (row.GetString("Actor") is { Length: > 0 } actor) users.Add(actor);
                if (row.GetString("Subject") is { Length: > 0 } subject) users.Add(subject);
            }

            var link = tables[TableNames.FamilyByConversation];
            var linked = await link.GetEntityIfExistsAsync<TableEntity>(Keys.Hash(family.TenantId), Keys.Hash(family.ConversationId), cancellationToken: ct);
            if (linked.HasValue && linked.Value!.GetString("FamilyId") == id)
                await DeleteQuietlyAsync(link, linked.Value.PartitionKey, linked.Value.RowKey, ct);

            foreach (var user in users)
                await DeleteQuietlyAsync(tables[TableNames.MemberFamilies], Keys.Hash(family.TenantId, user), id, ct);
            foreach (var aad in family.Members.Select(m => m.AadObjectId).OfType<string>().Distinct(StringComparer.Ordinal))
                await DeleteQuietlyAsync(tables[TableNames.MemberFamilies], TableFamilyRepository.EntraPartition(family.TenantId, aad), id, ct);

            await DeleteWhereAsync(tables[TableNames.TeamFamilies], e => e.RowKey == id, _ => true, ct);
            if (family.Regisseur is { } regisseur)
                await DeleteQuietlyAsync(tables[TableNames.RegieFamilies], Keys.Hash(family.TenantId, regisseur.UserId), id, ct);
            var due = TableDueIndex.PartitionOf(id);
            await DeleteWhereAsync(tables[TableNames.DueIndex], e => e.PartitionKey == due, r => r.RowKey.EndsWith("|" + id, StringComparison.Ordinal), ct);
            await DeleteWhereAsync(tables[TableNames.NoticeClaims], e => e.PartitionKey == id, _ => true, ct);

            // The family's partition: history and living card in batches, the state row last.
            var others = rows.Where(r => r.RowKey != FamilyRows.StateRowKey).ToList();
            foreach (var batch in others.Chunk(100))
                await Families.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)), ct);
            await DeleteQuietlyAsync(Families, id, FamilyRows.StateRowKey, ct);
            cache.Evict(id);
            cache.EvictCard(id);
            cache.EvictLink(family.TenantId, family.ConversationId);
            return entry;
        }, "erase family");

    public Task<IReadOnlyList<string>> ClosedBeforeAsync(DateTimeOffset closedBefore, CancellationToken ct) =>
        StorageErrors.Guard<IReadOnlyList<string>>(async () =>
        {
            var ids = new List<string>();
            var closed = FamilyPhase.Closed.ToString();
            await foreach (var row in Families.QueryAsync<TableEntity>(
                               e => e.RowKey == FamilyRows.StateRowKey && e.GetString("Phase") == closed,
                               select: ["PartitionKey", "ClosedAt"], cancellationToken: ct))
            {
                if (row.GetDateTimeOffset("ClosedAt") is { } at && at < closedBefore) ids.Add(row.PartitionKey);
            }
            return ids;
        }, "find closed families");

    public Task<IReadOnlyList<ErasureLogEntry>> LogAsync(int count, CancellationToken ct) =>
        StorageErrors.Guard<IReadOnlyList<ErasureLogEntry>>(async () =>
        {
            var entries = new List<ErasureLogEntry>();
            await foreach (var row in tables[TableNames.ErasureLog].QueryAsync<TableEntity>(e => e.PartitionKey == LogPartition, maxPerPage: count, cancellationToken: ct))
            {
                entries.Add(new ErasureLogEntry(row.GetString("FamilyHash") ?? "", row.GetDateTimeOffset("At") ?? default,
                    Enum.TryParse<ErasureTrigger>(row.GetString("Trigger"), out var t) ? t : ErasureTrigger.Request, row.GetString("ByUserId")));
                if (entries.Count >= count) break;
            }
            return entries;
        }, "read erasure log");

    private static async Task DeleteWhereAsync(TableClient table, System.Linq.Expressions.Expression<Func<TableEntity, bool>> filter,
        Func<TableEntity, bool> also, CancellationToken ct)
    {
        var found = new List<TableEntity>();
        await foreach (var row in table.QueryAsync(filter, select: ["PartitionKey", "RowKey"], cancellationToken: ct))
            if (also(row)) found.Add(row);
        foreach (var row in found) await DeleteQuietlyAsync(table, row.PartitionKey, row.RowKey, ct);
    }

    private static async Task DeleteQuietlyAsync(TableClient table, string partition, string row, CancellationToken ct)
    {
        try
        {
            await table.DeleteEntityAsync(partition, row, ETag.All, ct);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // already gone
        }
    }
}
