namespace CoordinatieBot.Conversation.Ports;

/// <summary>
/// Which families each person is the active regisseur of, kept by storage as the regie changes (one row per regisseur
/// and family), so a caseload is counted from one partition instead of from every family.
/// </summary>
public interface IRegieIndex
{
    /// <summary>How many families (not closed) <paramref name="userId"/> is the regisseur of now.</summary>
    Task<int> FamiliesLedByAsync(string tenantId, string userId, CancellationToken ct);
}
