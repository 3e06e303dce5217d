using Azure.Data.Tables;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Storage.Tables;

namespace CoordinatieBot.Storage.Escalation;

/// <summary>
/// A team's guard (procesmanager or coördinator risicogezinnen) as one row of the settings table: keyed by tenant, and
/// by the role's prefix and the team. One shape for both roles, so neither can drift from the other.
/// </summary>
internal sealed class GuardRows(TableSet tables, string rowPrefix, GuardRole role, string what)
{
    private TableClient Table => tables[TableNames.Settings];

    public Task<Procesmanager?> GetAsync(string tenantId, string? teamId, CancellationToken ct) =>
        StorageErrors.Guard(async () =>
        {
            var row = await Table.GetEntityIfExistsAsync<TableEntity>(Keys.Hash(tenantId), RowKey(teamId), cancellationToken: ct);
            return row.HasValue && row.Value!.GetString("AadObjectId") is { } aad
                ? new Procesmanager(aad, row.Value.GetString("Name") ?? "", row.Value.GetString("UserId"), role)
                : null;
        }, "get " + what);

    public Task SetAsync(string tenantId, string? teamId, Procesmanager guard, CancellationToken ct) =>
        StorageErrors.Guard(() => Table.UpsertEntityAsync(new TableEntity(Keys.Hash(tenantId), RowKey(teamId))
        {
            ["AadObjectId"] = guard.AadObjectId,
            ["Name"] = guard.Name,
            ["UserId"] = guard.UserId,
        }, TableUpdateMode.Replace, ct), "set " + what);

    private string RowKey(string? teamId) => rowPrefix + Keys.Hash(Keys.Team(teamId));
}
