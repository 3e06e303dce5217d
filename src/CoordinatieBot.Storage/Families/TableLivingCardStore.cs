using Azure.Data.Tables;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Storage.Tables;

namespace CoordinatieBot.Storage.Families;

/// <summary>The living plan card's place, as a row in the family's own partition (erased with the family).</summary>
public sealed class TableLivingCardStore(TableSet tables) : ILivingCardStore
{
    // Which message is the living card changes rarely; keep it (also "none") for a while instead of a GET per change.
    private static readonly long TtlMs = 30_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (LivingCard? Card, long At)> _known = new();

    private TableClient Families => tables[TableNames.Families];

    public Task<LivingCard?> GetAsync(string familyId, CancellationToken ct) =>
        _known.TryGetValue(familyId, out var known) && Environment.TickCount64 - known.At < TtlMs
            ? Task.FromResult(known.Card)
            : ReadAsync(familyId, ct);

    private Task<LivingCard?> ReadAsync(string familyId, CancellationToken ct) =>
        StorageErrors.Guard(async () =>
        {
            var row = await Families.GetEntityIfExistsAsync<TableEntity>(familyId, FamilyRows.LivingCardRowKey, cancellationToken: ct);
            var card = row.HasValue && row.Value!.GetString("ConversationId") is { } conversation && row.Value.GetString("ActivityId") is { } activity
                ? new LivingCard(conversation, activity)
                : null;
            _known[familyId] = (card, Environment.TickCount64);
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
            _known[familyId] = (card, Environment.TickCount64);
        }, "set living card");

    /// <summary>Forget what is known of a family's card (after it was erased).</summary>
    public void Forget(string familyId) => _known.TryRemove(familyId, out _);
}
