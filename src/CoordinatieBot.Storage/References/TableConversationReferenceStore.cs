using Azure.Data.Tables;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Storage.Tables;

namespace CoordinatieBot.Storage.References;

/// <summary>
/// Conversation references, partitioned by tenant: one row per conversation ("c-") and one per user ("u-", and "e-"
/// by Entra id) holding the user's latest service URL and, once known, their 1:1 conversation. Rows this process read
/// or wrote are kept for a few minutes: a sweep sending a thousand notices should not read a thousand references.
/// </summary>
public sealed class TableConversationReferenceStore(TableSet tables) : IConversationReferenceStore
{
    private static readonly long TtlMs = (long)TimeSpan.FromMinutes(5).TotalMilliseconds;
    private const int MaxEntries = 100_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (ConversationReference? Address, long At)> _known = new();

    private TableClient Table => tables[TableNames.ConversationReferences];

    /// <summary>The conversation row and the user's rows, in one transaction (they share the tenant's partition).</summary>
    public Task SaveAsync(ConversationReference address, CancellationToken ct) =>
        StorageErrors.Guard(async () =>
        {
            var tenant = Keys.Hash(address.TenantId);
            var rows = new List<(string Row, ConversationReference Address)> { ("c-" + Keys.Hash(address.ConversationId), address) };
            if (address.UserId is { } userId)
            {
                var userRow = "u-" + Keys.Hash(userId);
                // A group message tells us the user's service URL; only a 1:1 message tells us their personal chat.
                var isPersonal = address.Kind == ConversationKind.Personal;
                var existing = isPersonal ? null : await ReadAsync(tenant, userRow, ct);
                var toStore = isPersonal || existing is null || existing.Kind != ConversationKind.Personal
                    ? address with { PersonalChatRefusedAt = isPersonal ? null : existing?.PersonalChatRefusedAt ?? address.PersonalChatRefusedAt }
                    : existing with { ServiceUrl = address.ServiceUrl, LastSeenAt = address.LastSeenAt };
                rows.Add((userRow, toStore));
                if (address.AadObjectId is { } aad) rows.Add(("e-" + Keys.Hash(aad), toStore));
            }
            await Table.SubmitTransactionAsync(rows.Select(r =>
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(tenant, r.Row, r.Address))), ct);
            foreach (var (row, stored) in rows) Remember(tenant, row, stored);
        }, "save conversation reference");

    public Task<ConversationReference?> GetConversationAsync(string tenantId, string conversationId, CancellationToken ct) =>
        StorageErrors.Guard(() => ReadAsync(Keys.Hash(tenantId), "c-" + Keys.Hash(conversationId), ct), "get conversation reference");

    public Task<ConversationReference?> GetUserAsync(string tenantId, string userId, CancellationToken ct) =>
        StorageErrors.Guard(() => ReadAsync(Keys.Hash(tenantId), "u-" + Keys.Hash(userId), ct), "get user reference");

    public Task<ConversationReference?> GetByAadObjectIdAsync(string tenantId, string aadObjectId, CancellationToken ct) =>
        StorageErrors.Guard(() => ReadAsync(Keys.Hash(tenantId), "e-" + Keys.Hash(aadObjectId), ct), "get user reference by Entra id");

    public Task SetPersonalChatRefusedAsync(string tenantId, string userId, string? aadObjectId, DateTimeOffset? at, CancellationToken ct) =>
        StorageErrors.Guard(async () =>
        {
            var tenant = Keys.Hash(tenantId);
            var userRow = "u-" + Keys.Hash(userId);
            var existing = await ReadAsync(tenant, userRow, ct);
            if (existing?.PersonalChatRefusedAt == at) return;
            if (existing is null && at is null) return;
            // Someone only ever mentioned has no row yet: the refusal is all there is to know about them.
            var known = existing ?? new ConversationReference
            {
                TenantId = tenantId,
                ConversationId = "",
                ConversationType = "",
                ServiceUrl = "",
                UserId = userId,
                AadObjectId = aadObjectId,
            };
            var stored = known with { PersonalChatRefusedAt = at };
            var rows = new List<string> { userRow };
            if (stored.AadObjectId is { } aad) rows.Add("e-" + Keys.Hash(aad));
            await Table.SubmitTransactionAsync(rows.Select(r =>
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(tenant, r, stored))), ct);
            foreach (var row in rows) Remember(tenant, row, stored);
        }, "save personal chat refusal");

    /// <summary>Any address in the tenant: its service URL is where a first 1:1 chat with someone new is created.</summary>
    public Task<ConversationReference?> AnyInTenantAsync(string tenantId, CancellationToken ct) =>
        StorageErrors.Guard(async () =>
        {
            await foreach (var row in Table.QueryAsync<TableEntity>(e => e.PartitionKey == Keys.Hash(tenantId), maxPerPage: 1, cancellationToken: ct))
            {
                // A row that only notes a refused 1:1 chat has no service URL to offer.
                if (await ReadAsync(row.PartitionKey, row.RowKey, ct) is { ServiceUrl.Length: > 0 } address) return address;
            }
            return null;
        }, "get any reference in tenant");

    private void Remember(string partition, string row, ConversationReference? address)
    {
        if (_known.Count >= MaxEntries) _known.Clear();
        _known[partition + "|" + row] = (address, Environment.TickCount64);
    }

    private async Task<ConversationReference?> ReadAsync(string partition, string row, CancellationToken ct)
    {
        if (_known.TryGetValue(partition + "|" + row, out var known) && Environment.TickCount64 - known.At < TtlMs) return known.Address;
        var address = await ReadStoredAsync(partition, row, ct);
        Remember(partition, row, address);
        return address;
    }

    private async Task<ConversationReference?> ReadStoredAsync(string partition, string row, CancellationToken ct)
    {
        var result = await Table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: ct);
        if (!result.HasValue) return null;
        var e = result.Value!;
        return new ConversationReference
        {
            TenantId = e.GetString("TenantId") ?? "",
            ConversationId = e.GetString("ConversationId") ?? "",
            ConversationType = e.GetString("ConversationType") ?? "",
            Kind = Enum.TryParse<ConversationKind>(e.GetString("Kind"), out var kind) ? kind : null,
            ServiceUrl = e.GetString("ServiceUrl") ?? "",
            BotId = e.GetString("BotId"),
            UserId = e.GetString("UserId"),
            AadObjectId = e.GetString("AadObjectId"),
            TeamId = e.GetString("TeamId"),
            ChannelId = e.GetString("ChannelId"),
            LastSeenAt = e.GetDateTimeOffset("LastSeenAt") ?? default,
            PersonalChatRefusedAt = e.GetDateTimeOffset("PersonalChatRefusedAt"),
        };
    }

    private static TableEntity ToEntity(string partition, string row, ConversationReference a) => new(partition, row)
    {
        ["TenantId"] = a.TenantId,
        ["ConversationId"] = a.ConversationId,
        ["ConversationType"] = a.ConversationType,
        ["Kind"] = a.Kind?.ToString(),
        ["ServiceUrl"] = a.ServiceUrl,
        ["BotId"] = a.BotId,
        ["UserId"] = a.UserId,
        ["AadObjectId"] = a.AadObjectId,
        ["TeamId"] = a.TeamId,
        ["ChannelId"] = a.ChannelId,
        ["LastSeenAt"] = a.LastSeenAt,
        ["PersonalChatRefusedAt"] = a.PersonalChatRefusedAt,
    };
}
