using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Domain;
using Microsoft.Extensions.Options;

namespace CoordinatieBot.Conversation.Escalation;

/// <summary>
/// Who guards a family's process, from its level (Amsterdam model): regulier, risicogezin and MPG1 the coördinator
/// risicogezinnen, MPG2 and up the procesmanager. Without a coördinator (for the team or as default) the procesmanager
/// guards every level. The one place that decides; <see cref="Procesmanager.Role"/> says which part they play.
/// </summary>
public sealed class GuardResolver(ProcesmanagerResolver procesmanagers, ICoordinatorDirectory coordinators, IOptions<ProcesmanagerOptions> options)
{
    public Task<Procesmanager?> ForFamilyAsync(FamilyState family, CancellationToken ct) =>
        ForLevelAsync(family.TenantId, family.TeamId, family.Level, ct);

    public async Task<Procesmanager?> ForLevelAsync(string tenantId, string? teamId, FamilyLevel level, CancellationToken ct)
    {
        var (coordinator, procesmanager) = await ForTeamAsync(tenantId, teamId, ct);
        return Pick(coordinator, procesmanager, level);
    }

    /// <summary>The team's coördinator (null: none) and procesmanager, for callers that sort families by level.</summary>
    public async Task<(Procesmanager? Coordinator, Procesmanager? Procesmanager)> ForTeamAsync(string tenantId, string? teamId, CancellationToken ct) =>
        (await CoordinatorForTeamAsync(tenantId, teamId, ct), await procesmanagers.ForTeamAsync(tenantId, teamId, ct));

    /// <summary>Who of the two guards a family at this level.</summary>
    public static Procesmanager? Pick(Procesmanager? coordinator, Procesmanager? procesmanager, FamilyLevel level) =>
        coordinator is not null && Family.GuardedByCoordinator(level) ? coordinator : procesmanager;

    public async Task<Procesmanager?> CoordinatorForTeamAsync(string tenantId, string? teamId, CancellationToken ct)
    {
        if (await coordinators.GetForTeamAsync(tenantId, teamId, ct) is { } set) return set;
        return options.Value.DefaultCoordinatorRisicogezinnen is { AadObjectId.Length: > 0 } d
            ? new Procesmanager(d.AadObjectId, d.Name, null, GuardRole.CoordinatorRisicogezinnen)
            : null;
    }

    /// <summary>Who may set the coördinator: whoever may set the procesmanager, and the coördinator themselves.</summary>
    public async Task<bool> MaySetCoordinatorAsync(string tenantId, string? teamId, string? actorAadObjectId, CancellationToken ct)
    {
        if (await procesmanagers.MaySetAsync(tenantId, teamId, actorAadObjectId, ct)) return true;
        return !string.IsNullOrEmpty(actorAadObjectId) && (await CoordinatorForTeamAsync(tenantId, teamId, ct))?.AadObjectId == actorAadObjectId;
    }

    public Task SetCoordinatorAsync(string tenantId, string? teamId, Procesmanager coordinator, CancellationToken ct) =>
        coordinators.SetForTeamAsync(tenantId, teamId, coordinator with { Role = GuardRole.CoordinatorRisicogezinnen }, ct);
}
