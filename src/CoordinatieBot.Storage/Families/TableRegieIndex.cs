using Azure;
using Azure.Data.Tables;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Domain;
using CoordinatieBot.Storage.Tables;

namespace CoordinatieBot.Storage.Families;

/// <summary>
/// The regie index: partition = hash of tenant and regisseur, row key = family id. Kept in step by the family
/// repository after each save in which the regisseur (or whether the family is closed) changed; a hint like the
/// member index, written after the family, so a crash in between leaves the count one off until the next change.
/// </summary>
public sealed class TableRegieIndex(TableSet tables) : IRegieIndex
{
    private TableClient Table => tables[TableNames.RegieFamilies];

    public Task<int> FamiliesLedByAsync(string tenantId, string userId, CancellationToken ct) =>
        StorageErrors.Guard(async () =>
        {
            var count = 0;
            await foreach (var _ in Table.QueryAsync<TableEntity>(e => e.PartitionKey == Keys.Hash(tenantId, userId), select: ["RowKey"], cancellationToken: ct))
                count++;
            return count;
        }, "count regie families");

    /// <summary>After a save: the family moves from its old regisseur's partition to its new one's (none when closed).</summary>
    public async Task UpdateAsync(Family family, bool created, CancellationToken ct)
    {
        var before = created ? null : Leader(family.Loaded);
        var after = Leader(family.State);
        if (before == after) return;
        var tenant = family.State.TenantId;
        if (before is not null) await RemoveAsync(tenant, before, family.Id, ct);
        if (after is not null) await Table.UpsertEntityAsync(new TableEntity(Keys.Hash(tenant, after), family.Id), TableUpdateMode.Replace, ct);
    }

    public async Task RemoveAsync(string tenantId, string userId, string familyId, CancellationToken ct)
    {
        try
        {
            await Table.DeleteEntityAsync(Keys.Hash(tenantId, userId), familyId, ETag.All, ct);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // already gone
        }
    }

    /// <summary>A caseload counts the families still in support (aangemeld, actief, evaluatie); afgesloten and nazorg are light.</summary>
    private static string? Leader(FamilyState s) => s.Phase.IsRunning() ? s.Regisseur?.UserId : null;
}
