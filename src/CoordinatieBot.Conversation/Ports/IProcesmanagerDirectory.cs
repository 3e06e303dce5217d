namespace CoordinatieBot.Conversation.Ports;

/// <summary>Who guards the process for a team, as set in chat by an authorised person.</summary>
public interface IProcesmanagerDirectory
{
    /// <summary><paramref name="teamId"/> null: the families outside a team (group chats) of the tenant.</summary>
    Task<Procesmanager?> GetForTeamAsync(string tenantId, string? teamId, CancellationToken ct);

    Task SetForTeamAsync(string tenantId, string? teamId, Procesmanager procesmanager, CancellationToken ct);
}

/// <summary>
/// A procesmanager: known by their Entra object id (they are not a member of family threads). <see cref="Role"/>
/// says which part they play for a family: procesmanager, or coördinator risicogezinnen for the lighter levels.
/// </summary>
public sealed record Procesmanager(string AadObjectId, string Name, string? UserId = null, GuardRole Role = GuardRole.Procesmanager);

/// <summary>Who guards a family's process: the procesmanager (MPG2 and up) or the coördinator risicogezinnen (up to MPG1).</summary>
public enum GuardRole
{
    Procesmanager,
    CoordinatorRisicogezinnen,
}
