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

    public static TableEntity State(Family family, AppliedTurns applied)
    {
        var s = family.State;
        var entity = new TableEntity(s.Id, StateRowKey)
        {
            ["TenantId"] = s.TenantId,
            ["Phase"] = s.Phase.ToString(),
            ["UpdatedAt"] = s.UpdatedAt,
            ["ClosedAt"] = s.ClosedAt,
        };
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
