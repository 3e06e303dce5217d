namespace CoordinatieBot.Conversation.Ports;

/// <summary>Who is a team's coördinator risicogezinnen, as set in chat ("coördinator is @…") by an authorised person.</summary>
public interface ICoordinatorDirectory
{
    /// <summary><paramref name="teamId"/> null: the families outside a team (group chats) of the tenant.</summary>
    Task<Procesmanager?> GetForTeamAsync(string tenantId, string? teamId, CancellationToken ct);

    Task SetForTeamAsync(string tenantId, string? teamId, Procesmanager coordinator, CancellationToken ct);
}
