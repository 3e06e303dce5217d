using Azure.Data.Tables;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Storage.Tables;

namespace CoordinatieBot.Storage.Families;

/// <summary>The living plan card's place, as a row in the family's own partition (erased with the family).</summary>
public sealed class TableLivingCardStore(TableSet tables) : ILivingCardStore
{
    private TableClient Families => tables[TableNames.Families];

    public Task<LivingCard?> GetAsync(string familyId, CancellationToken ct) =>
        StorageErrors.Guard(async () =>
        {
            var row = await Families.GetEntityIfExistsAsync<TableEntity>(familyId, FamilyRows.LivingCardRowKey, cancellationToken: ct);
            return row.HasValue && row.Value!.GetString("ConversationId") is { } conversation && row.Value.GetString("ActivityId") is { } activity
                ? new LivingCard(conversation, activity)
                : null;
        }, "get living card");

    public Task SetAsync(string familyId, LivingCard card, CancellationToken ct) =>
        StorageErrors.Guard(() => Families.UpsertEntityAsync(new TableEntity(familyId, FamilyRows.LivingCardRowKey)
        {
            ["ConversationId"] = card.ConversationId,
            ["ActivityId"] = card.ActivityId,
        }, TableUpdateMode.Replace, ct), "set living card");
}
