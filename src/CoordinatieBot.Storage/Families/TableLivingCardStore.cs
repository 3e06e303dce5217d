using Azure.Data.Tables;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Storage.Tables;

namespace CoordinatieBot.Storage.Families;

/// <summary>
/// The living plan card's place, as a row in the family's own partition (erased with the family). Read each time it is
/// needed, never from memory: another host may have posted a newer plan card a moment ago, and the card must be updated
/// once, in one place.
/// </summary>
public sealed class TableLivingCardStore(TableSet tables) : ILivingCardStore
{
    private TableClient Families => tables[TableNames.Families];

    public Task<LivingCard?> GetAsync(string familyId, CancellationToken ct) =>
        StorageErrors.Guard(async () =>
        {
            var row = await Families.GetEntityIfExistsAsync<TableEntity>(familyId, FamilyRows.LivingCardRowKey, cancellationToken: ct);
            var card = row.HasValue && row.Value!.GetString("ConversationId") is { } conversation && row.Value.GetString("ActivityId") is { } activity
                ? new LivingCard(conversation, activity)
                : null;
            return card;
        }, "get living card");

    public Task SetAsync(string familyId, LivingCard card, CancellationToken ct) =>
        StorageErrors.Guard(async () =>
        {
            await Families.UpsertEntityAsync(new TableEntity(familyId, FamilyRows.LivingCardRowKey)
            {
                ["ConversationId"] = card.ConversationId,
                ["ActivityId"] = card.ActivityId,
            }, TableUpdateMode.Replace, ct);
        }, "set living card");
}
