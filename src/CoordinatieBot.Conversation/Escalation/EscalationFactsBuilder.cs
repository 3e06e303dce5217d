using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Escalation;

/// <summary>The only way from a family to the procesmanager's card: picks process facts, nothing else.</summary>
public static class EscalationFactsBuilder
{
    public static EscalationFacts Build(FamilyState family, FamilyEscalation escalation, DateOnly today, WorkCalendar calendar, Language l)
    {
        var action = escalation.ActionNumber is { } n ? family.FindAction(n) : null;
        var owner = action is null ? null : family.FindMember(action.OwnerUserId);
        var regisseur = family.Regisseur is { } r ? family.FindMember(r.UserId) : null;
        var due = action is null ? null : EscalationPolicy.EffectiveDue(action);
        var late = due is { } d && d < today ? calendar.WorkingDaysBetween(d, today) : 0;
        return new EscalationFacts(
            family.Id, family.Alias, family.Level, escalation.Number, escalation.Kind, escalation.Status,
            action?.Number, action?.Description, owner?.Organisation, due, late,
            StepsTaken(action, escalation, l), regisseur?.Name, regisseur?.Organisation, escalation.Text,
            family.Members.Where(m => m.Active && m.Role != MemberRole.Observer)
                .Select(m => (m.UserId, m.Organisation is { } o ? $"{m.Name} ({o})" : m.Name)).ToList())
        {
            Phase = Messages.PhaseLine(l, family),
        };
    }

    private static List<string> StepsTaken(PlanAction? action, FamilyEscalation escalation, Language l)
    {
        var steps = new List<string>();
        if (action?.Step is { } step || escalation.Kind == EscalationKind.Overdue)
        {
            var reached = action?.Step ?? LadderStep.Procesmanager;
            if (escalation.Kind == EscalationKind.Overdue || reached >= LadderStep.Due) steps.Add(Messages.StepOwnerRemindedOnDue(l));
            if (escalation.Kind == EscalationKind.Overdue || reached >= LadderStep.Late) steps.Add(Messages.StepOwnerRemindedAgain(l));
            if (escalation.Kind == EscalationKind.Overdue || reached >= LadderStep.RegisseurOptions) steps.Add(Messages.StepRegisseurGivenOptions(l));
        }
        if (escalation.Kind == EscalationKind.RegisseurEscalated) steps.Add(Messages.StepRegisseurEscalated(l));
        foreach (var e in escalation.Events) steps.Add(Messages.EscalationEventName(l, e.Kind));
        return steps;
    }
}
