using System.Globalization;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Escalation;

/// <summary>
/// The opt-in daily overview per person, and the weekly "regie op regie" overview per procesmanager (process
/// facts only). Each is claimed like a nudge, so it goes out once a day or week however many hosts sweep.
/// </summary>
public sealed class PeriodicReports(
    IDigestPreferences digests,
    MyTasksReader myTasks,
    ITeamFamilies teams,
    IFamilyRepository families,
    GuardResolver procesmanagers,
    INoticeSender sender,
    INoticeClaims claims,
    EscalationPolicy policy,
    IRegieIndex? regieIndex = null,
    Microsoft.Extensions.Options.IOptions<CoordinationOptions>? coordination = null)
{
    /// <summary>The overview claim's name for the families outside a team (unchanged, so no week's overview goes twice).</summary>
    private const string OutsideTeams = "(tenant)";

    // Once a host has done today's digests or this week's overviews, later sweeps skip the claims altogether.
    private DateOnly _digestsDoneFor;
    private string? _overviewsDoneFor;

    public async Task<int> SendDigestsAsync(DateTimeOffset now, string host, CancellationToken ct)
    {
        var today = DutchTime.DateOf(now);
        if (_digestsDoneFor == today) return 0;
        var sent = 0;
        foreach (var (tenantId, userId) in await digests.SubscribersAsync(ct))
        {
            var claim = await claims.TryClaimAsync($"digest-{tenantId}", $"{userId}|{today:yyyyMMdd}", host, now, policy.Options.ClaimLease, ct);
            if (claim.Outcome != ClaimOutcome.Claimed) continue;
            var (lines, questions) = await myTasks.ReadDigestAsync(tenantId, userId, today, ct);
            if (lines.Count > 0 || questions.Count > 0)
            {
                var text = MyTasksReader.Render(lines, today, Language.Dutch, Messages.DigestHeading(Language.Dutch));
                if (questions.Count > 0) text += "\n\n" + MyTasksReader.RenderQuestions(questions, Language.Dutch);
                if (await sender.ToPersonAsync(tenantId, new Recipient(userId, null, ""), new TextReply(text), ct)) sent++;
            }
            await claims.MarkSentAsync(claim, now, ct);
        }
        _digestsDoneFor = today;
        return sent;
    }

    /// <summary>
    /// On the first working day of the week (Monday, or Tuesday after Easter Monday): each team's procesmanager gets
    /// its families with overdue, stalled and escalated work.
    /// </summary>
    public async Task<int> SendWeeklyOverviewsAsync(DateTimeOffset now, string host, CancellationToken ct)
    {
        var local = DutchTime.Local(now);
        if (!IsFirstWorkingDayOfWeek(DutchTime.DateOf(now))) return 0;
        var week = $"{ISOWeek.GetYear(local.DateTime)}W{ISOWeek.GetWeekOfYear(local.DateTime):D2}";
        if (_overviewsDoneFor == week) return 0;
        var sent = 0;
        foreach (var team in await teams.AllAsync(ct))
        {
            // Each guard gets the families they guard: the coördinator risicogezinnen up to MPG1, the procesmanager the rest
            // (every level when the team has no coördinator).
            var (coordinator, procesmanager) = await procesmanagers.ForTeamAsync(team.TenantId, team.TeamId, ct);
            foreach (var (pm, claimSuffix) in new[] { (procesmanager, ""), (coordinator, "|coordinator") })
            {
                if (pm is null) continue;
                var claim = await claims.TryClaimAsync($"overview-{team.TenantId}", $"{team.TeamId ?? OutsideTeams}{claimSuffix}|{week}", host, now, policy.Options.ClaimLease, ct);
                if (claim.Outcome != ClaimOutcome.Claimed) continue;

                var text = await OverviewAsync(team, DutchTime.DateOf(now), now, week, level => ReferenceEquals(GuardResolver.Pick(coordinator, procesmanager, level), pm), ct);
                if (await sender.ToPersonAsync(team.TenantId, new Recipient(pm.UserId, pm.AadObjectId, pm.Name), new TextReply(text), ct)) sent++;
                await claims.MarkSentAsync(claim, now, ct);
            }
        }
        _overviewsDoneFor = week;
        return sent;
    }

    private bool IsFirstWorkingDayOfWeek(DateOnly day)
    {
        if (!policy.Calendar.IsWorkingDay(day)) return false;
        for (var earlier = day.AddDays(-1); earlier.DayOfWeek != DayOfWeek.Sunday; earlier = earlier.AddDays(-1))
            if (policy.Calendar.IsWorkingDay(earlier)) return false;
        return true;
    }

    /// <summary>Process facts only: alias, level, counts and days; never goals, words, consent or task texts.</summary>
    private async Task<string> OverviewAsync(TeamFamilies team, DateOnly today, DateTimeOffset now, string week, Func<FamilyLevel, bool> guards, CancellationToken ct)
    {
        var lines = new List<string>();
        var active = 0;
        var patterns = new PatternCounter(policy.Options, now);
        foreach (var familyId in team.FamilyIds)
        {
            if (await families.GetAsync(familyId, ct) is not { } loaded) continue;
            var f = loaded.Family.State;
            if (f.TenantId == team.TenantId) patterns.Count(f);
            if (!f.Phase.IsOpen() || f.TenantId != team.TenantId || !guards(f.Level)) continue;
            active++;
            var overdue = f.Actions.Where(a => a.IsOverdueOn(today)).ToList();
            var mostLate = overdue.Count == 0 ? 0 : overdue.Max(a => policy.Calendar.WorkingDaysBetween(EscalationPolicy.EffectiveDue(a)!.Value, today));
            var stalled = now - EscalationPolicy.LastActivity(f) >= TimeSpan.FromDays(policy.Options.StallAfterDays);
            var escalations = f.Escalations.Count(e => e.Status != EscalationStatus.Resolved);
            if (overdue.Count == 0 && !stalled && escalations == 0) continue;

            lines.Add(Messages.WeeklyOverviewFamily(f, overdue.Count, mostLate, stalled ? EscalationPolicy.LastActivity(f) : null, escalations));
        }
        return Messages.WeeklyOverview(week[^2..], active, lines, await patterns.LinesAsync(team.TenantId, regieIndex, coordination?.Value.CaseloadLimit ?? new CoordinationOptions().CaseloadLimit, ct));
    }
}
