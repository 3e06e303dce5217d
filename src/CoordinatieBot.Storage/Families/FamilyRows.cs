using Azure.Data.Tables;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Domain;
using CoordinatieBot.Storage.Tables;

namespace CoordinatieBot.Storage.Families;

/// <summary>
/// The rows of one family's partition in the Families table: the state row (with the activities applied to it), the living card row and the
/// history rows (newest first). One partition, so a change and its history commit in one transaction.
/// </summary>
internal static class FamilyRows
{
    public const string StateRowKey = "state";
    public const string LivingCardRowKey = "card";
    public const string HistoryPrefix = "h-";

    private const string CardInState = "CardInState";
    private const string CardConversation = "CardConversation";
    private const string CardActivity = "CardActivity";

    public static TableEntity State(Family family, AppliedTurns applied, LivingCard? card)
    {
        var s = family.State;
        var entity = new TableEntity(s.Id, StateRowKey)
        {
            ["TenantId"] = s.TenantId,
            ["Phase"] = s.Phase.ToString(),
            ["UpdatedAt"] = s.UpdatedAt,
            ["ClosedAt"] = s.ClosedAt,
        };
        SetCard(entity, card);
        var chunks = FamilyStateSerializer.Serialize(s);
        for (var i = 0; i < chunks.Count; i++) entity[$"Data{i}"] = chunks[i];
        entity["Chunks"] = chunks.Count;
        if (applied.NewestFirst.Count > 0) entity["Turns"] = AppliedTurnsSerializer.Serialize(applied);
        return entity;
    }

    public static FamilyState ReadState(TableEntity entity)
    {
        var count = entity.GetInt32("Chunks") ?? 0;
        return FamilyStateSerializer.Deserialize(Enumerable.Range(0, count).Select(i => entity.GetBinary($"Data{i}")));
    }

    /// <summary>The living card's place on the state row: read with the state and saved with it, so no change reads it apart.</summary>
    public static TableEntity Card(string familyId, LivingCard card) => SetCard(new TableEntity(familyId, StateRowKey), card);

    private static TableEntity SetCard(TableEntity entity, LivingCard? card)
    {
        entity[CardInState] = true;
        entity[CardConversation] = card?.ConversationId;
        entity[CardActivity] = card?.ActivityId;
        return entity;
    }

    /// <summary>The card's place, or whether the row is older than the card's place on it (then it is in the card row).</summary>
    public static (bool OnRow, LivingCard? Card) ReadCard(TableEntity entity) =>
        (entity.GetBoolean(CardInState) == true,
            entity.GetString(CardConversation) is { } conversation && entity.GetString(CardActivity) is { } activity ? new LivingCard(conversation, activity) : null);

    /// <summary>The card row of before (a family saved before the card's place moved to the state row).</summary>
    public static LivingCard? ReadLegacyCard(TableEntity entity) =>
        entity.GetString("ConversationId") is { } conversation && entity.GetString("ActivityId") is { } activity ? new LivingCard(conversation, activity) : null;

    public static AppliedTurns ReadApplied(TableEntity entity) => AppliedTurnsSerializer.Deserialize(entity.GetString("Turns"));

    public static TableEntity History(string familyId, HistoryEntry entry, int sequence) =>
        new(familyId, $"{HistoryPrefix}{Keys.InvertedTicks(entry.At)}-{999 - sequence % 1000:D3}-{Guid.NewGuid():N}")
        {
            ["At"] = entry.At,
            ["Actor"] = entry.ActorUserId,
            ["Kind"] = entry.Kind.ToString(),
            ["Action"] = entry.ActionNumber,
            ["Subject"] = entry.SubjectUserId,
            ["Detail"] = entry.Detail,
        };

    public static HistoryEntry ReadHistory(TableEntity e) => new(
        e.GetDateTimeOffset("At") ?? default,
        e.GetString("Actor") ?? "",
        Enum.TryParse<HistoryKind>(e.GetString("Kind"), out var kind) ? kind : HistoryKind.MemberUpdated,
        e.GetInt32("Action"),
        e.GetString("Subject"),
        e.GetString("Detail"));
}
