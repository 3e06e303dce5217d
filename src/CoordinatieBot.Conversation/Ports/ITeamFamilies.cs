namespace CoordinatieBot.Conversation.Ports;

/// <summary>Which families belong to which team (the unit a procesmanager guards), for the weekly overview.</summary>
public interface ITeamFamilies
{
    Task AddAsync(string tenantId, string teamKey, string familyId, CancellationToken ct);

    /// <summary>Every team with its families. Ids only; a weekly job reads it.</summary>
    Task<IReadOnlyList<TeamFamilies>> AllAsync(CancellationToken ct);
}

public sealed record TeamFamilies(string TenantId, string TeamKey, IReadOnlyList<string> FamilyIds);
