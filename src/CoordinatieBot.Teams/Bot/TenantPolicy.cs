namespace CoordinatieBot.Teams.Bot;

/// <summary>Bot:AllowedTenants: when set, activities from any other tenant are refused.</summary>
public sealed class TenantPolicy(IReadOnlyCollection<string> allowedTenants)
{
    public bool IsAllowed(string? tenantId) =>
        allowedTenants.Count == 0 || (tenantId is { Length: > 0 } && allowedTenants.Contains(tenantId, StringComparer.OrdinalIgnoreCase));

    /// <summary>An activity whose conversation and channelData name different tenants is forged or broken: refused.</summary>
    public static bool HasConflictingTenants(string? conversationTenant, string? channelDataTenant) =>
        conversationTenant is { Length: > 0 } && channelDataTenant is { Length: > 0 } &&
        !string.Equals(conversationTenant, channelDataTenant, StringComparison.OrdinalIgnoreCase);
}
