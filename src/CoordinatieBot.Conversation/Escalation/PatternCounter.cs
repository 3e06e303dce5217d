using System.Collections.Concurrent;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Escalation;

/// <summary>
/// The patterns in the procesmanager's weekly overview, process facts only: regisseurs who lead more families than the
/// caseload limit (their counts, no names), and organisations whose actions reached the procesmanager repeatedly
/// ("wanneer noodzakelijke expertise meermalen niet of verkeerd wordt geleverd", 004, l. 1662): name and count only.
/// </summary>
internal sealed class PatternCounter(EscalationOptions options, DateTimeOffset now)
{
    private readonly Dictionary<string, int> _escalationsPerOrganisation = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _regisseurs = new(StringComparer.Ordinal);

    /// <summary>
    /// Counts one family: its escalations about an organisation's action (overdue up the ladder, or escalated by the
    /// regisseur) within the window, and its regisseur when it is active. Closed families' escalations count too.
    /// </summary>
    public void Count(FamilyState f)
    {
        var since = now.AddMonths(-options.PatternMonths);
        foreach (var e in f.Escalations.Where(e => e.Kind is EscalationKind.Overdue or EscalationKind.RegisseurEscalated && e.RaisedAt >= since))
            if (e.Organisation is { Length: > 0 } organisation)
                _escalationsPerOrganisation[organisation.Trim()] = _escalationsPerOrganisation.GetValueOrDefault(organisation.Trim()) + 1;
        if (f.Phase.IsRunning() && f.Regisseur is { } r) _regisseurs.Add(r.UserId); // as the regie index counts them
    }

    /// <summary>The overview's pattern lines: the caseloads above the limit, then the organisations, most first.</summary>
    public async Task<IReadOnlyList<string>> LinesAsync(string tenantId, IRegieIndex? regieIndex, int caseloadLimit, CancellationToken ct)
    {
        var facts = await FactsAsync(tenantId, regieIndex, caseloadLimit, ct);
        var lines = new List<string>();
        if (facts.CaseloadsAbove.Count > 0) lines.Add(Messages.WeeklyOverviewCaseloads(caseloadLimit, facts.CaseloadsAbove));
        foreach (var (organisation, count) in facts.Organisations)
            lines.Add(Messages.WeeklyOverviewPattern(organisation, count, facts.Months));
        return lines;
    }

    /// <summary>The patterns as counts, for who words them in another language (the overview tab).</summary>
    public async Task<PatternFacts> FactsAsync(string tenantId, IRegieIndex? regieIndex, int caseloadLimit, CancellationToken ct)
    {
        var above = new ConcurrentBag<int>();
        if (regieIndex is not null)
            await Parallel.ForEachAsync(_regisseurs, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct }, async (regisseur, token) =>
            {
                if (await regieIndex.FamiliesLedByAsync(tenantId, regisseur, token) is var count && count > caseloadLimit) above.Add(count);
            });
        var organisations = _escalationsPerOrganisation.Where(p => p.Value >= options.PatternEscalations)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => (p.Key, p.Value)).ToList();
        return new PatternFacts(above.OrderByDescending(c => c).ToList(), organisations, options.PatternMonths);
    }
}

/// <summary>What <see cref="PatternCounter"/> found: the caseloads above the limit (most first, no names) and the organisations with their escalations.</summary>
internal sealed record PatternFacts(IReadOnlyList<int> CaseloadsAbove, IReadOnlyList<(string Organisation, int Escalations)> Organisations, int Months);
