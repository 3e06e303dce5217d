using Azure.Data.Tables;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Storage.Tables;

namespace CoordinatieBot.Storage.Addresses;

/// <summary>
/// Conversation references, partitioned by tenant: one row per conversation ("c-") and one per user ("u-")
/// holding the user's latest service URL and, once known, their 1:1 conversation.
/// </summary>
public sealed class TableChannelAddressStore(TableSet tables) : IChannelAddressStore
{
    private TableClient Table => tables[TableNames.ConversationReferences];

    public Task SaveAsync(ChannelAddress address, CancellationToken ct) =>
        StorageErrors.Guard(async () =>
        {
            var tenant = Keys.Hash(address.TenantId);
            await Table.UpsertEntityAsync(ToEntity(tenant, "c-" + Keys.Hash(address.ConversationId), address), TableUpdateMode.Replace, ct);
            if (address.UserId is { } userId)
            {
                var userRow = "u-" + Keys.Hash(userId);
                // A group message tells us the user's service URL; only a 1:1 message tells us their personal chat.
                var isPersonal = address.ConversationType == "personal";
                var existing = isPersonal ? null : await ReadAsync(tenant, userRow, ct);
                var toStore = isPersonal || existing is null || existing.ConversationType != "personal"
                    ? address
                    : existing with { ServiceUrl = address.ServiceUrl, LastSeenAt = address.LastSeenAt };
                await Table.UpsertEntityAsync(ToEntity(tenant, userRow, toStore), TableUpdateMode.Replace, ct);
                if (address.AadObjectId is { } aad)
                    await Table.UpsertEntityAsync(ToEntity(tenant, "e-" + Keys.Hash(aad), toStore), TableUpdateMode.Replace, ct);
            }
        }, "save conversation reference");

    public Task<ChannelAddress?> GetConversationAsync(string tenantId, string conversationId, CancellationToken ct) =>
        StorageErrors.Guard(() => ReadAsync(Keys.Hash(tenantId), "c-" + Keys.Hash(conversationId), ct), "get conversation reference");

    public Task<ChannelAddress?> GetUserAsync(string tenantId, string userId, CancellationToken ct) =>
        StorageErrors.Guard(() => ReadAsync(Keys.Hash(tenantId), "u-" + Keys.Hash(userId), ct), "get user reference");

    public Task<ChannelAddress?> GetByAadObjectIdAsync(string tenantId, string aadObjectId, CancellationToken ct) =>
        StorageErrors.Guard(() => ReadAsync(Keys.Hash(tenantId), "e-" + Keys.Hash(aadObjectId), ct), "get user reference by Entra id");

    /// <summary>Any address in the tenant: its service URL is where a first 1:1 chat with someone new is created.</summary>
    public Task<ChannelAddress?> AnyInTenantAsync(string tenantId, CancellationToken ct) =>
        StorageErrors.Guard(async () =>
        {
            await foreach (var row in Table.QueryAsync<TableEntity>(e => e.PartitionKey == Keys.Hash(tenantId), maxPerPage: 1, cancellationToken: ct))
                return await ReadAsync(row.PartitionKey, row.RowKey, ct);
            return null;
        }, "get any reference in tenant");

    private async Task<ChannelAddress?> ReadAsync(string partition, string row, CancellationToken ct)
    {
        var result = await Table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: ct);
        if (!result.HasValue) return null;
        var e = result.Value!;
        return new ChannelAddress
        {
            TenantId = e.GetString("TenantId") ?? "",
            ConversationId = e.GetString("ConversationId") ?? "",
            ConversationType = e.GetString("ConversationType") ?? "",
            ServiceUrl = e.GetString("ServiceUrl") ?? "",
            BotId = e.GetString("BotId"),
            UserId = e.GetString("UserId"),
            AadObjectId = e.GetString("AadObjectId"),
            TeamId = e.GetString("TeamId"),
            ChannelId = e.GetString("ChannelId"),
            LastSeenAt = e.GetDateTimeOffset("LastSeenAt") ?? default,
        };
    }

    private static TableEntity ToEntity(string partition, string row, ChannelAddress a) => new(partition, row)
    {
        ["TenantId"] = a.TenantId,
        ["ConversationId"] = a.ConversationId,
        ["ConversationType"] = a.ConversationType,
        ["ServiceUrl"] = a.ServiceUrl,
        ["BotId"] = a.BotId,
        ["UserId"] = a.UserId,
        ["AadObjectId"] = a.AadObjectId,
        ["TeamId"] = a.TeamId,
        ["ChannelId"] = a.ChannelId,
        ["LastSeenAt"] = a.LastSeenAt,
    };
}
