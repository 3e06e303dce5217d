using CoordinatieBot.Conversation.Escalation;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Tabs;

/// <summary>From a family to its row and open escalations in the guard's overview, with the domain's own rules.</summary>
public sealed class GuardOverviewRows(EscalationPolicy policy)
{
    public GuardOverviewFamily Family(FamilyState f, DateOnly today, Language l)
    {
        // Actions that lapsed when the family was closed are nobody's work any more.
        var chased = f.Actions.Where(a => LifecycleNorms.Chases(f, a)).ToList();
        var planDue = policy.Lifecycle.PlanDueOn(f);
        var evaluationDue = policy.Lifecycle.EvaluationDueOn(f);
        var regisseur = f.Regisseur is { } r ? f.FindMember(r.UserId) : null;
        return new GuardOverviewFamily(
            f.Id,
            f.Alias,
            Messages.PhaseName(l, f.Phase),
            Messages.LevelName(f.Level),
            string.IsNullOrWhiteSpace(regisseur?.Organisation) ? null : regisseur.Organisation.Trim(),
            chased.Count(a => a.IsOverdueOn(today)),
            chased.Count(a => a.Status == ActionStatus.Waiting),
            OpenEscalations(f).Count(),
            Math.Max(0, today.DayNumber - DutchTime.DateOf(EscalationPolicy.LastActivity(f)).DayNumber),
            planDue,
            planDue < today,
            evaluationDue,
            evaluationDue < today);
    }

    public IEnumerable<GuardOverviewEscalation> Escalations(FamilyState f, DateOnly today, Language l) =>
        OpenEscalations(f).Select(e =>
        {
            var facts = EscalationFactsBuilder.Build(f, e, today, policy.Calendar, l);
            var organisation = e.Organisation is { Length: > 0 } o ? o.Trim() : facts.OwnerOrganisation;
            return new GuardOverviewEscalation(f.Id, f.Alias, e.Number, TabTexts.Overview.EscalationKindName(l, e.Kind),
                TabTexts.Overview.EscalationStatusName(l, e.Status), DutchTime.DateOf(e.RaisedAt), organisation, facts.DaysLate, facts.StepsTaken);
        });

    private static IEnumerable<FamilyEscalation> OpenEscalations(FamilyState f) => f.Escalations.Where(e => e.Status != EscalationStatus.Resolved);
}
