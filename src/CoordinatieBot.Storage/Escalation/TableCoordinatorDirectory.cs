using Azure.Data.Tables;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Storage.Tables;

namespace CoordinatieBot.Storage.Escalation;

/// <summary>The team's coördinator risicogezinnen, next to its procesmanager in the settings table.</summary>
public sealed class TableCoordinatorDirectory(TableSet tables) : ICoordinatorDirectory
{
    private TableClient Table => tables[TableNames.Settings];

    public Task<Procesmanager?> GetForTeamAsync(string tenantId, string? teamId, CancellationToken ct) =>
        StorageErrors.Guard(async () =>
        {
            var row = await Table.GetEntityIfExistsAsync<TableEntity>(Keys.Hash(tenantId), "coord-" + Keys.Hash(Keys.Team(teamId)), cancellationToken: ct);
            return row.HasValue && row.Value!.GetString("AadObjectId") is { } aad
                ? new Procesmanager(aad, row.Value.GetString("Name") ?? "", row.Value.GetString("UserId"), GuardRole.CoordinatorRisicogezinnen)
                : null;
        }, "get coordinator");

    public Task SetForTeamAsync(string tenantId, string? teamId, Procesmanager coordinator, CancellationToken ct) =>
        StorageErrors.Guard(() => Table.UpsertEntityAsync(new TableEntity(Keys.Hash(tenantId), "coord-" + Keys.Hash(Keys.Team(teamId)))
        {
            ["AadObjectId"] = coordinator.AadObjectId,
            ["Name"] = coordinator.Name,
            ["UserId"] = coordinator.UserId,
        }, TableUpdateMode.Replace, ct), "set coordinator");
}
