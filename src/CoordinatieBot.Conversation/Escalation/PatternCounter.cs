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
        var lines = new List<string>();
        if (regieIndex is not null)
        {
            var above = new List<int>();
            foreach (var regisseur in _regisseurs)
                if (await regieIndex.FamiliesLedByAsync(tenantId, regisseur, ct) is var count && count > caseloadLimit)
                    above.Add(count);
            if (above.Count > 0) lines.Add(Messages.WeeklyOverviewCaseloads(caseloadLimit, above));
        }
        foreach (var (organisation, count) in _escalationsPerOrganisation.Where(p => p.Value >= options.PatternEscalations)
                     .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
            lines.Add(Messages.WeeklyOverviewPattern(organisation, count, options.PatternMonths));
        return lines;
    }
}
