using System.Text;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Coordination;

/// <summary>
/// "Mijn taken": a person's own open actions over the families they are an active member of, in this tenant.
/// Also the body of the opt-in daily overview.
/// </summary>
public sealed class MyTasksReader(IFamilyRepository families)
{
    public async Task<IReadOnlyList<(FamilyState Family, PlanAction Action)>> ReadAsync(string tenantId, string userId, CancellationToken ct)
    {
        var lines = new List<(FamilyState, PlanAction)>();
        foreach (var familyId in await families.FamilyIdsOfMemberAsync(tenantId, userId, ct))
        {
            var loaded = await families.GetAsync(familyId, ct);
            if (loaded?.Family.State is not { } state) continue;
            if (state.TenantId != tenantId || state.Phase != FamilyPhase.Active || !state.IsActiveMember(userId)) continue;
            lines.AddRange(state.Actions.Where(a => a.OwnerUserId == userId && !a.IsClosed).Select(a => (state, a)));
        }
        return lines;
    }

    public static string Render(IReadOnlyList<(FamilyState Family, PlanAction Action)> lines, DateOnly today, Language l, string heading)
    {
        var sb = new StringBuilder(heading);
        foreach (var (family, action) in lines.OrderBy(x => x.Action.Due ?? DateOnly.MaxValue).ThenBy(x => x.Family.Alias))
        {
            sb.Append($"\n- **{UserText.Escape(family.Alias)}** · {action.Number}: {UserText.Escape(action.Description)}");
            if (action.Due is { } due) sb.Append(" · ").Append(DutchDates.Short(due, today, l));
            sb.Append(" · ").Append(UserText.Escape(Messages.StatusName(l, action)));
            if (action.IsOverdueOn(today)) sb.Append(l == Language.English ? " · **overdue**" : " · **te laat**");
        }
        return sb.ToString();
    }
}
