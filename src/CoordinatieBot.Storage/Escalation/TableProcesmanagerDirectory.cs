using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Storage.Tables;

namespace CoordinatieBot.Storage.Escalation;

/// <summary>The team's procesmanager in the settings table (set in chat with "procesmanager is @…").</summary>
public sealed class TableProcesmanagerDirectory(TableSet tables) : IProcesmanagerDirectory
{
    private readonly GuardRows _rows = new(tables, "pm-", GuardRole.Procesmanager, "procesmanager");

    public Task<Procesmanager?> GetForTeamAsync(string tenantId, string? teamId, CancellationToken ct) => _rows.GetAsync(tenantId, teamId, ct);

    public Task SetForTeamAsync(string tenantId, string? teamId, Procesmanager procesmanager, CancellationToken ct) =>
        _rows.SetAsync(tenantId, teamId, procesmanager, ct);
}
