using Azure.Data.Tables;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Storage.Tables;

namespace CoordinatieBot.Storage.Escalation;

/// <summary>Digest choices as rows "digest-…" in the Settings table, partitioned by tenant.</summary>
public sealed class TableDigestPreferences(TableSet tables) : IDigestPreferences
{
    private const string Prefix = "digest-";
    // Few people opt in and a sweep asks about every notice: the whole set is read at most once a minute.
    private static readonly long TtlMs = 60_000;
    private (HashSet<string> Keys, long At)? _subscribers;

    private TableClient Table => tables[TableNames.Settings];

    public Task SetAsync(string tenantId, string userId, bool on, CancellationToken ct) =>
        StorageErrors.Guard(async () =>
        {
            if (on)
                await Table.UpsertEntityAsync(new TableEntity(Keys.Hash(tenantId), Prefix + Keys.Hash(userId))
                {
                    ["TenantId"] = tenantId,
                    ["UserId"] = userId,
                }, TableUpdateMode.Replace, ct);
            else
                await Table.DeleteEntityAsync(Keys.Hash(tenantId), Prefix + Keys.Hash(userId), cancellationToken: ct);
            _subscribers = null;
        }, "set digest preference");

    public async Task<bool> IsOnAsync(string tenantId, string userId, CancellationToken ct)
    {
        if (_subscribers is not { } known || Environment.TickCount64 - known.At >= TtlMs)
        {
            var all = await SubscribersAsync(ct);
            known = (all.Select(s => s.TenantId + "\n" + s.UserId).ToHashSet(StringComparer.Ordinal), Environment.TickCount64);
            _subscribers = known;
        }
        return known.Keys.Contains(tenantId + "\n" + userId);
    }

    public Task<IReadOnlyList<(string TenantId, string UserId)>> SubscribersAsync(CancellationToken ct) =>
        StorageErrors.Guard<IReadOnlyList<(string, string)>>(async () =>
        {
            var result = new List<(string, string)>();
            await foreach (var row in Table.QueryAsync<TableEntity>(e => e.RowKey.CompareTo(Prefix) >= 0 && e.RowKey.CompareTo("digest.") < 0,
                               select: ["TenantId", "UserId"], cancellationToken: ct))
                if (row.GetString("TenantId") is { } tenant && row.GetString("UserId") is { } user) result.Add((tenant, user));
            return result;
        }, "list digest subscribers");
}
