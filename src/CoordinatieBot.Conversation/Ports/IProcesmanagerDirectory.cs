namespace CoordinatieBot.Conversation.Ports;

/// <summary>Who guards the process for a team, as set in chat by an authorised person.</summary>
public interface IProcesmanagerDirectory
{
    Task<Procesmanager?> GetForTeamAsync(string tenantId, string teamKey, CancellationToken ct);

    Task SetForTeamAsync(string tenantId, string teamKey, Procesmanager procesmanager, CancellationToken ct);
}

/// <summary>A procesmanager: known by their Entra object id (they are not a member of family threads).</summary>
public sealed record Procesmanager(string AadObjectId, string Name, string? UserId = null);
