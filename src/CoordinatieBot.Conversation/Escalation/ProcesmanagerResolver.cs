using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Domain;
using Microsoft.Extensions.Options;

namespace CoordinatieBot.Conversation.Escalation;

/// <summary>Finds the procesmanager who guards a family: the one set for its team, else the tenant default.</summary>
public sealed class ProcesmanagerResolver(IProcesmanagerDirectory directory, IOptions<ProcesmanagerOptions> options)
{
    /// <summary>
    /// The value storage used to be given for a family outside a team. Storage now derives its keys from the team id
    /// itself (null: outside a team) and reads this value as null too, so old callers keep working.
    /// </summary>

    public async Task<Procesmanager?> ForFamilyAsync(FamilyState family, CancellationToken ct) =>
        await ForTeamAsync(family.TenantId, family.TeamId, ct);

    public async Task<Procesmanager?> ForTeamAsync(string tenantId, string? teamId, CancellationToken ct)
    {
        if (await directory.GetForTeamAsync(tenantId, teamId, ct) is { } set) return set;
        return options.Value.DefaultProcesmanager is { AadObjectId.Length: > 0 } d ? new Procesmanager(d.AadObjectId, d.Name) : null;
    }

    public async Task<bool> MaySetAsync(string tenantId, string? teamId, string? actorAadObjectId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(actorAadObjectId)) return false;
        if (options.Value.ProcesmanagerAdmins.Contains(actorAadObjectId, StringComparer.OrdinalIgnoreCase)) return true;
        if (options.Value.DefaultProcesmanager?.AadObjectId == actorAadObjectId) return true;
        return (await ForTeamAsync(tenantId, teamId, ct))?.AadObjectId == actorAadObjectId;
    }

    /// <summary>Is this person the procesmanager? Matched on Entra id, or on Teams user id where that is all we know.</summary>
    public static bool Is(Procesmanager pm, Actor actor) =>
        (!string.IsNullOrEmpty(pm.AadObjectId) && pm.AadObjectId == actor.AadObjectId) ||
        (!string.IsNullOrEmpty(pm.UserId) && pm.UserId == actor.UserId);

    public Task SetAsync(string tenantId, string? teamId, Procesmanager procesmanager, CancellationToken ct) =>
        directory.SetForTeamAsync(tenantId, teamId, procesmanager, ct);
}
