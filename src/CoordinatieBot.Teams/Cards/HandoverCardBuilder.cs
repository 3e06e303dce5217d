using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Views;
using static CoordinatieBot.Teams.Cards.AdaptiveElements;
using static CoordinatieBot.Teams.Cards.CardWords;

namespace CoordinatieBot.Teams.Cards;

/// <summary>A regie handover proposal: only the receiver can accept, or decline with a reason.</summary>
public static class HandoverCardBuilder
{
    public static JsonObject Build(HandoverCardView v)
    {
        var l = v.Language;
        var data = Data(v.FamilyId, l);
        var body = new List<JsonNode?>
        {
            Literal(new Run(T(l, "Regie-overdracht gezin ", "Handover of the lead, family "), Bold: true), new Run(v.FamilyAlias, Bold: true)),
            Literal(new Run(v.FromName, Bold: true), new Run(T(l, " stelt voor de regie over te dragen aan ", " proposes to hand over the lead to ")), new Run(v.ToName, Bold: true), new Run(".")),
            v.Reason is { } reason ? Literal(new Run(T(l, "Reden: ", "Reason: "), Subtle: true), new Run(reason)) : null,
        };

        switch (v.State)
        {
            case HandoverCardState.Proposed:
                body.Add(Text(T(l, $"Tot {v.ToName} accepteert, blijft {v.FromName} regisseur.", $"Until {v.ToName} accepts, {v.FromName} stays regisseur."), subtle: true));
                return Card(body,
                [
                    Execute(T(l, "Accepteren", "Accept"), CardVerbs.RegieAccept, data, style: "positive"),
                    ShowCard(T(l, "Weigeren…", "Decline…"),
                        [InputText(CardVerbs.Keys.Reason, T(l, "Waarom blijft de regie waar die is?", "Why does the lead stay where it is?"), T(l, "reden", "reason"), required: true)],
                        [Execute(T(l, "Weigeren", "Decline"), CardVerbs.RegieDecline, data)]),
                ]);
            case HandoverCardState.Accepted:
                body.Add(Literal(new Run("✓ ", Color: "Good"), new Run(v.ToName, Bold: true), new Run(T(l, " heeft de regie geaccepteerd.", " accepted the lead."))));
                return Card(body);
            case HandoverCardState.Declined:
                body.Add(Literal(new Run(v.ToName, Bold: true), new Run(T(l, " heeft de regie niet overgenomen.", " declined the lead."))));
                return Card(body);
            default:
                body.Add(Text(T(l, "Dit voorstel geldt niet meer.", "This proposal no longer applies."), subtle: true));
                return Card(body);
        }
    }

}
