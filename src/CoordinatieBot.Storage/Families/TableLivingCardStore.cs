using Azure;
using Azure.Data.Tables;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Storage.Tables;

namespace CoordinatieBot.Storage.Families;

/// <summary>
/// The living plan card's place, on the family's state row (erased with the family). Read with the state and saved
/// with it, so a change that updates the card reads nothing apart: the place this process knows is the one of the
/// family's version it last read or wrote, and a save at an older version fails. A family saved before the place moved
/// to the state row still has it in its own card row, read until the next save writes it on.
/// </summary>
public sealed class TableLivingCardStore(TableSet tables, FamilyCache cache) : ILivingCardStore
{
    private TableClient Families => tables[TableNames.Families];

    public Task<LivingCard?> GetAsync(string familyId, CancellationToken ct) =>
        StorageErrors.Guard(async () =>
            cache.TryGetCard(familyId, out var place) ? place.Card : await ReadAsync(Families, cache, familyId, ct), "get living card");

    public Task SetAsync(string familyId, LivingCard card, CancellationToken ct) =>
        StorageErrors.Guard(async () =>
        {
            try
            {
                // Whatever version the row is at: a save on the version before this fails and is made again on this one.
                var response = await Families.UpdateEntityAsync(FamilyRows.Card(familyId, card), ETag.All, TableUpdateMode.Merge, ct);
                cache.Evict(familyId);
                cache.PutCard(familyId, response.Headers.ETag?.ToString() ?? "", card);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                cache.EvictCard(familyId); // erased meanwhile: no card to keep
            }
        }, "set living card");

    /// <summary>The place as storage has it now (one read of the state row), remembered for that version.</summary>
    /// <remarks>The whole row: selecting columns a row of before does not have fails in the SDK; and this read is rare.</remarks>
    internal static async Task<LivingCard?> ReadAsync(TableClient families, FamilyCache cache, string familyId, CancellationToken ct)
    {
        var row = await families.GetEntityIfExistsAsync<TableEntity>(familyId, FamilyRows.StateRowKey, cancellationToken: ct);
        if (!row.HasValue) return null;
        var card = await OfRowAsync(families, row.Value!, ct);
        cache.PutCard(familyId, row.Value!.ETag.ToString(), card);
        return card;
    }

    /// <summary>The place a state row gives, from the card row of before when the row does not hold it yet.</summary>
    internal static async Task<LivingCard?> OfRowAsync(TableClient families, TableEntity stateRow, CancellationToken ct)
    {
        var (onRow, card) = FamilyRows.ReadCard(stateRow);
        if (onRow) return card;
        var legacy = await families.GetEntityIfExistsAsync<TableEntity>(stateRow.PartitionKey, FamilyRows.LivingCardRowKey, cancellationToken: ct);
        return legacy.HasValue ? FamilyRows.ReadLegacyCard(legacy.Value!) : null;
    }
}
