using System.Text;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Coordination;

public sealed partial class CoordinationService
{
    /// <summary>"Mijn taken": the asker's own open actions, over the families they are an active member of.</summary>
    private async Task<TurnResult> MyTasksAsync(string tenantId, Actor actor, Language l, CancellationToken ct)
    {
        var today = turns.Now().Today;
        var lines = new List<(FamilyState Family, PlanAction Action)>();
        foreach (var familyId in await families.FamilyIdsOfMemberAsync(tenantId, actor.UserId, ct))
        {
            var loaded = await families.GetAsync(familyId, ct);
            if (loaded?.Family.State is not { } state) continue;
            if (state.TenantId != tenantId || state.Phase != FamilyPhase.Active || !state.IsActiveMember(actor.UserId)) continue;
            lines.AddRange(state.Actions.Where(a => a.OwnerUserId == actor.UserId && !a.IsClosed).Select(a => (state, a)));
        }

        if (lines.Count == 0) return TurnResult.Say(Messages.NoTasks(l));
        var sb = new StringBuilder(l == Language.English ? "Your open tasks:" : "Jouw open taken:");
        foreach (var (family, action) in lines.OrderBy(x => x.Action.Due ?? DateOnly.MaxValue).ThenBy(x => x.Family.Alias))
        {
            sb.Append($"\n- **{UserText.Escape(family.Alias)}** · {action.Number}: {UserText.Escape(action.Description)}");
            if (action.Due is { } due) sb.Append(" · ").Append(DutchDates.Short(due, today, l));
            sb.Append(" · ").Append(UserText.Escape(Messages.StatusName(l, action)));
            if (action.IsOverdueOn(today)) sb.Append(l == Language.English ? " · **overdue**" : " · **te laat**");
        }
        return TurnResult.Say(sb.ToString());
    }
}
