namespace CoordinatieBot.Conversation.Ports;

/// <summary>Which families belong to which team (the unit a procesmanager guards), for the weekly overview.</summary>
public interface ITeamFamilies
{
    /// <summary>Files the family under its team; <paramref name="teamId"/> null: a family outside a team (a group chat).</summary>
    Task AddAsync(string tenantId, string? teamId, string familyId, CancellationToken ct);

    /// <summary>Every team with its families. Ids only; a weekly job reads it.</summary>
    Task<IReadOnlyList<TeamFamilies>> AllAsync(CancellationToken ct);
}

/// <summary>A team's families; <see cref="TeamId"/> null: the tenant's families outside a team.</summary>
public sealed record TeamFamilies(string TenantId, string? TeamId, IReadOnlyList<string> FamilyIds);
