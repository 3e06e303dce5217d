using System.Collections.Concurrent;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Escalation;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Domain;
using Microsoft.Extensions.Options;

namespace CoordinatieBot.Conversation.Tabs;

/// <summary>
/// Reads the "regie op regie" overview for one person: the families whose guard (<see cref="GuardResolver.Pick"/>) they
/// are, in their tenant, with the patterns across the teams they guard, as the weekly overview counts them.
/// </summary>
public sealed class GuardOverviewReader(
    ITeamFamilies teams,
    IFamilyRepository families,
    GuardResolver guards,
    EscalationPolicy policy,
    TimeProvider time,
    IOptions<CoordinationOptions> coordination,
    IConversationReferenceStore references,
    IRegieIndex? regieIndex = null)
{
    /// <summary>Reads in flight at once: storage answers point reads side by side; more did not read faster on Azurite.</summary>
    public const int ReadConcurrency = 16;

    private readonly GuardOverviewRows _rows = new(policy);

    /// <summary>The overview, or null when the person guards nothing (no team's procesmanager or coördinator).</summary>
    /// <exception cref="StorageUnavailableException">Storage did not answer.</exception>
    public async Task<GuardOverview?> ReadAsync(string tenantId, string aadObjectId, Language l, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var today = DutchTime.DateOf(now);
        var tenantTeams = (await teams.AllAsync(ct)).Where(t => t.TenantId == tenantId).ToList();
        // The default guard of a tenant without families outside a team is asked about too: a guard with nothing to see yet.
        if (!tenantTeams.Any(t => t.TeamId is null)) tenantTeams.Add(new TeamFamilies(tenantId, null, []));
        var teamGuards = new (Procesmanager? Coordinator, Procesmanager? Procesmanager)[tenantTeams.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, tenantTeams.Count), Bounded(ct), async (i, token) =>
            teamGuards[i] = await guards.ForTeamAsync(tenantId, tenantTeams[i].TeamId, token));

        // A guard set by a mention before they ever wrote to the bot is known by Teams user id only: matched through the
        // address Teams gave when they did write (or installed the app), which carries both ids.
        var teamsUserId = teamGuards.Any(g => Unmatched(g.Coordinator) || Unmatched(g.Procesmanager))
            ? (await references.GetByAadObjectIdAsync(tenantId, aadObjectId, ct))?.UserId
            : null;

        var roles = new HashSet<GuardRole>();
        var guarded = new List<(TeamFamilies Team, Func<FamilyLevel, bool> Guards)>();
        foreach (var (team, (coordinator, procesmanager)) in tenantTeams.Zip(teamGuards))
        {
            if (Is(coordinator)) roles.Add(GuardRole.CoordinatorRisicogezinnen);
            if (Is(procesmanager)) roles.Add(GuardRole.Procesmanager);
            if (Is(coordinator) || Is(procesmanager)) guarded.Add((team, level => Is(GuardResolver.Pick(coordinator, procesmanager, level))));
        }
        if (roles.Count == 0) return null;

        var rows = new ConcurrentBag<GuardOverviewFamily>();
        var escalations = new ConcurrentBag<GuardOverviewEscalation>();
        var states = new ConcurrentBag<FamilyState>();
        var caseloads = regieIndex is null ? null : new GuardOverviewCaseloads(regieIndex, ct);
        var work = guarded.SelectMany(g => g.Team.FamilyIds.Select(id => (id, g.Guards))).DistinctBy(w => w.id, StringComparer.Ordinal);
        await Parallel.ForEachAsync(work, Bounded(ct), async (item, token) =>
        {
            if (await families.GetAsync(item.id, token) is not { } loaded || loaded.Family.State.TenantId != tenantId) return;
            var f = loaded.Family.State;
            states.Add(f);
            if (f.Phase.IsRunning() && f.Regisseur is { } r) caseloads?.Prefetch(tenantId, r.UserId); // as the pattern counts them
            if (!f.Phase.IsOpen() || !item.Guards(f.Level)) return;
            rows.Add(_rows.Family(f, today, l));
            foreach (var e in _rows.Escalations(f, today, l)) escalations.Add(e);
        });

        // Counted in one order, so the patterns do not depend on which read finished first.
        var patterns = new PatternCounter(policy.Options, now);
        foreach (var f in states.OrderBy(s => s.Id, StringComparer.Ordinal)) patterns.Count(f);
        var limit = coordination.Value.CaseloadLimit;
        var facts = await patterns.FactsAsync(tenantId, caseloads, limit, ct);
        var lines = new List<string>();
        if (facts.CaseloadsAbove.Count > 0) lines.Add(TabTexts.Overview.CaseloadsAbove(l, limit, facts.CaseloadsAbove));
        lines.AddRange(facts.Organisations.Select(o => TabTexts.Overview.OrganisationMissing(l, o.Organisation, o.Escalations, facts.Months)));

        return new GuardOverview(
            today,
            TabTexts.Overview.Role(l, roles),
            rows.OrderBy(r => r.Family, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.FamilyId, StringComparer.Ordinal).ToList(),
            escalations.OrderBy(e => e.Raised).ThenBy(e => e.Family, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Number).ToList(),
            lines);

        bool Is(Procesmanager? guard) => guard is not null &&
            (guard is { AadObjectId.Length: > 0 } ? string.Equals(guard.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase)
                : teamsUserId is { Length: > 0 } && guard.UserId == teamsUserId);
        static bool Unmatched(Procesmanager? guard) => guard is { AadObjectId.Length: 0, UserId.Length: > 0 };
    }

    private static ParallelOptions Bounded(CancellationToken ct) => new() { MaxDegreeOfParallelism = ReadConcurrency, CancellationToken = ct };
}
