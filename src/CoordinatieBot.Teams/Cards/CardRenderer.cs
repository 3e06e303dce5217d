using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Views;

namespace CoordinatieBot.Teams.Cards;

/// <summary>Turns the conversation layer's card views into Adaptive Card JSON.</summary>
public static class CardRenderer
{
    public static JsonObject Render(CardView view) => view switch
    {
        PlanCardView plan => PlanCardBuilder.Build(plan),
        HandoverCardView handover => HandoverCardBuilder.Build(handover),
        TaskCardView nudge => TaskCardBuilder.Build(nudge),
        RegisseurOptionsCardView options => RegisseurOptionsCardBuilder.Build(options),
        UnreachableCardView unreachable => UnreachableCardBuilder.Build(unreachable),
        EscalationCardView escalation => EscalationCardBuilder.Build(escalation),
        ActionAssignedCardView assigned => ActionAssignedCardBuilder.Build(assigned),
        OrphanedActionsCardView orphaned => OrphanedActionsCardBuilder.Build(orphaned),
        AppointRegisseurCardView appoint => AppointRegisseurCardBuilder.Build(appoint),
        ChoiceCardView choice => ChoiceCardBuilder.Build(choice),
        FormCardView form => FormCardBuilder.Build(form),
        MeetingAgendaCardView agenda => MeetingAgendaCardBuilder.Build(agenda),
        HandoverSummaryCardView summary => HandoverSummaryCardBuilder.Build(summary),
        FamilyMetCardView met => FamilyMetCardBuilder.Build(met),
        FamilyPlanOfferCardView offer => FamilyPlanCardBuilder.Build(offer),
        ErasedPlanCardView erased => AdaptiveElements.Card([AdaptiveElements.Text(CardTexts.ErasedPlanCard.Erased(erased.Language), subtle: true)]),
        _ => throw new NotSupportedException($"No card for {view.GetType().Name}"),
    };
}
