using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Views;
using static CoordinatieBot.Conversation.Texts.CardTexts;
using static CoordinatieBot.Teams.Cards.AdaptiveElements;
using static CoordinatieBot.Teams.Cards.CardData;

namespace CoordinatieBot.Teams.Cards;

/// <summary>
/// A regie handover proposal: only the receiver can accept, or decline with a reason. The card in the thread shows
/// everyone the status and asks Teams to refresh it for the receiver, who gets it with accept and decline (the
/// verbs check again that the one pressing is the receiver).
/// </summary>
public static class HandoverCardBuilder
{
    public static JsonObject Build(HandoverCardView v)
    {
        var l = v.Language;
        var data = Data(v.FamilyId, l);
        var body = new List<JsonNode?>
        {
            Literal(new Run(HandoverCard.Title(l), Bold: true), new Run(v.FamilyAlias, Bold: true)),
            Literal(new Run(v.FromName, Bold: true), new Run(HandoverCard.ProposesTo(l)), new Run(v.ToName, Bold: true), new Run(".")),
            v.Reason is { } reason ? Literal(new Run(HandoverCard.ReasonLabel(l), Subtle: true), new Run(reason)) : null,
        };

        switch (v.State)
        {
            case HandoverCardState.Proposed:
                body.Add(Text(HandoverCard.UntilAccepted(l, v.ToName, v.FromName), subtle: true));
                var view = new Dictionary<string, string>(data) { [CardVerbs.Keys.From] = v.FromUserId, [CardVerbs.Keys.To] = v.ToUserId };
                var refresh = Refresh(Execute(PlanCard.Refresh(l), CardVerbs.RegieView, view), [v.ToUserId]);
                if (!v.ForReceiver)
                {
                    body.Add(Literal(new Run(HandoverCard.WaitingFor(l), Subtle: true), new Run(v.ToName, Bold: true), new Run(HandoverCard.HowToAnswer(l), Subtle: true)));
                    return Card(body, refresh: refresh);
                }
                return Card(body,
                [
                    Execute(HandoverCard.Accept(l), CardVerbs.RegieAccept, data, style: "positive"),
                    ShowCard(HandoverCard.DeclineMore(l),
                        [InputText(CardVerbs.Keys.Reason, HandoverCard.WhyDecline(l), ReasonPlaceholder(l), required: true)],
                        [Execute(HandoverCard.Decline(l), CardVerbs.RegieDecline, data)]),
                ], refresh);
            case HandoverCardState.Accepted:
                body.Add(Literal(new Run("✓ ", Color: "Good"), new Run(v.ToName, Bold: true), new Run(HandoverCard.Accepted(l))));
                return Card(body);
            case HandoverCardState.Declined:
                body.Add(Literal(new Run(v.ToName, Bold: true), new Run(HandoverCard.Declined(l))));
                return Card(body);
            default:
                body.Add(Text(HandoverCard.NoLongerApplies(l), subtle: true));
                return Card(body);
        }
    }

}
