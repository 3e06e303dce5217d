using Azure.Data.Tables;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Storage.Tables;

namespace CoordinatieBot.Storage.Escalation;

public sealed class TableProcesmanagerDirectory(TableSet tables) : IProcesmanagerDirectory
{
    private TableClient Table => tables[TableNames.Settings];

    public Task<Procesmanager?> GetForTeamAsync(string tenantId, string? teamId, CancellationToken ct) =>
        StorageErrors.Guard(async () =>
        {
            var row = await Table.GetEntityIfExistsAsync<TableEntity>(Keys.Hash(tenantId), "pm-" + Keys.Hash(Keys.Team(teamId)), cancellationToken: ct);
            return row.HasValue && row.Value!.GetString("AadObjectId") is { } aad
                ? new Procesmanager(aad, row.Value.GetString("Name") ?? "", row.Value.GetString("UserId"))
                : null;
        }, "get procesmanager");

    public Task SetForTeamAsync(string tenantId, string? teamId, Procesmanager procesmanager, CancellationToken ct) =>
        StorageErrors.Guard(() => Table.UpsertEntityAsync(new TableEntity(Keys.Hash(tenantId), "pm-" + Keys.Hash(Keys.Team(teamId)))
        {
            ["AadObjectId"] = procesmanager.AadObjectId,
            ["Name"] = procesmanager.Name,
            ["UserId"] = procesmanager.UserId,
        }, TableUpdateMode.Replace, ct), "set procesmanager");
}
