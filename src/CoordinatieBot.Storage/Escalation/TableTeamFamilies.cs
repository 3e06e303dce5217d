using Azure.Data.Tables;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Storage.Tables;

namespace CoordinatieBot.Storage.Escalation;

public sealed class TableTeamFamilies(TableSet tables) : ITeamFamilies
{
    private TableClient Table => tables[TableNames.TeamFamilies];

    public Task AddAsync(string tenantId, string? teamId, string familyId, CancellationToken ct) =>
        StorageErrors.Guard(() => Table.UpsertEntityAsync(new TableEntity(Keys.Hash(tenantId, Keys.Team(teamId)), familyId)
        {
            ["TenantId"] = tenantId,
            ["TeamKey"] = Keys.Team(teamId),
        }, TableUpdateMode.Replace, ct), "index team family");

    public Task<IReadOnlyList<TeamFamilies>> AllAsync(CancellationToken ct) =>
        StorageErrors.Guard<IReadOnlyList<TeamFamilies>>(async () =>
        {
            var rows = new List<TableEntity>();
            await foreach (var row in Table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey", "TenantId", "TeamKey"], cancellationToken: ct))
                rows.Add(row);
            return rows.GroupBy(r => r.PartitionKey)
                .Select(g => new TeamFamilies(g.First().GetString("TenantId") ?? "", Keys.TeamIdOf(g.First().GetString("TeamKey")), g.Select(r => r.RowKey).ToList()))
                .ToList();
        }, "read team families");
}
