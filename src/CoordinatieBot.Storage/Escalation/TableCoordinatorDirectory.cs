using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Storage.Tables;

namespace CoordinatieBot.Storage.Escalation;

/// <summary>The team's coördinator risicogezinnen, next to its procesmanager in the settings table.</summary>
public sealed class TableCoordinatorDirectory(TableSet tables) : ICoordinatorDirectory
{
    private readonly GuardRows _rows = new(tables, "coord-", GuardRole.CoordinatorRisicogezinnen, "coordinator");

    public Task<Procesmanager?> GetForTeamAsync(string tenantId, string? teamId, CancellationToken ct) => _rows.GetAsync(tenantId, teamId, ct);

    public Task SetForTeamAsync(string tenantId, string? teamId, Procesmanager coordinator, CancellationToken ct) =>
        _rows.SetAsync(tenantId, teamId, coordinator, ct);
}
