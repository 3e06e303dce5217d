namespace CoordinatieBot.Conversation.Ports;

/// <summary>Who chose one daily overview instead of separate reminders (opt-in).</summary>
public interface IDigestPreferences
{
    Task SetAsync(string tenantId, string userId, bool on, CancellationToken ct);

    Task<bool> IsOnAsync(string tenantId, string userId, CancellationToken ct);

    Task<IReadOnlyList<(string TenantId, string UserId)>> SubscribersAsync(CancellationToken ct);
}
