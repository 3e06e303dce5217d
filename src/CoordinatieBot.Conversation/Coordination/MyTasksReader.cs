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
    /// <summary>A person's own actions that are still chased in this family (none once it is closed): what "mijn taken" lists.</summary>
    public static IEnumerable<PlanAction> OwnOpenActions(FamilyState family, string userId) =>
        family.Actions.Where(a => a.OwnerUserId == userId && LifecycleNorms.Chases(family, a));

    public async Task<IReadOnlyList<(FamilyState Family, PlanAction Action)>> ReadAsync(string tenantId, string userId, CancellationToken ct)
    {
        var lines = new List<(FamilyState, PlanAction)>();
        foreach (var familyId in await families.FamilyIdsOfMemberAsync(tenantId, userId, ct))
        {
            var loaded = await families.GetAsync(familyId, ct);
            if (loaded?.Family.State is not { } state) continue;
            if (state.TenantId != tenantId || !state.Phase.IsOpen() || !state.IsActiveMember(userId)) continue;
            lines.AddRange(OwnOpenActions(state, userId).Select(a => (state, a)));
        }
        return lines;
    }

    /// <summary>The daily overview's body: one's open actions, and the questions of the method still open for one.</summary>
    public async Task<(IReadOnlyList<(FamilyState Family, PlanAction Action)> Tasks, IReadOnlyList<DigestQuestion> Questions)> ReadDigestAsync(
        string tenantId, string userId, DateOnly today, CancellationToken ct)
    {
        var tasks = new List<(FamilyState, PlanAction)>();
        var questions = new List<DigestQuestion>();
        foreach (var familyId in await families.FamilyIdsOfMemberAsync(tenantId, userId, ct))
        {
            var loaded = await families.GetAsync(familyId, ct);
            if (loaded?.Family.State is not { } state) continue;
            if (state.TenantId != tenantId || !state.Phase.IsOpen() || !state.IsActiveMember(userId)) continue;
            tasks.AddRange(OwnOpenActions(state, userId).Select(a => (state, a)));
            questions.AddRange(DigestQuestion.OpenFor(state, userId, today));
        }
        return (tasks, questions);
    }

    public static string Render(IReadOnlyList<(FamilyState Family, PlanAction Action)> lines, DateOnly today, Language l, string heading)
    {
        var sb = new StringBuilder(heading);
        foreach (var (family, action) in lines.OrderBy(x => x.Action.Due ?? DateOnly.MaxValue).ThenBy(x => x.Family.Alias))
        {
            sb.Append($"\n- **{UserText.Escape(family.Alias)}** · {action.Number}: {UserText.Escape(action.Description)}");
            if (action.ForFamily) sb.Append(Messages.FamilyTaskMark(l));
            if (action.Due is { } due) sb.Append(" · ").Append(DutchDates.Short(due, today, l));
            sb.Append(" · ").Append(UserText.Escape(Messages.StatusName(l, action)));
            if (action.IsOverdueOn(today)) sb.Append(Messages.OverdueMark(l));
        }
        return sb.ToString();
    }

    public static string RenderQuestions(IReadOnlyList<DigestQuestion> questions, Language l)
    {
        var sb = new StringBuilder(Messages.DigestQuestionsHeading(l));
        foreach (var q in questions.OrderBy(x => x.Family.Alias).ThenBy(x => x.Action.Number))
            sb.Append($"\n- **{UserText.Escape(q.Family.Alias)}** · ").Append(Messages.DigestQuestion(l, q.Action, q.Kind, q.ToReferrer));
        return sb.ToString();
    }
}
