using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Views;
using static CoordinatieBot.Conversation.Texts.CardTexts;
using static CoordinatieBot.Teams.Cards.AdaptiveElements;
using static CoordinatieBot.Teams.Cards.CardData;

namespace CoordinatieBot.Teams.Cards;

/// <summary>For the regisseur: the family has not been reached for a while; what do we do?</summary>
public static class UnreachableCardBuilder
{
    public static JsonObject Build(UnreachableCardView v)
    {
        var l = v.Language;
        var f = v.Family;
        var data = Data(f.Id, l);
        data[CardVerbs.Keys.Card] = CardVerbs.UnreachableCard;
        var body = new List<JsonNode?>
        {
            Literal(new Run(UnreachableCard.Title(l), Bold: true), new Run(f.Alias, Bold: true)),
            Text(UnreachableCard.Intro(l, v.Since, v.WorkingDays)),
        };
        if (v.Outcome is { } outcome)
        {
            body.Add(Literal(new Run("✓ ", Color: "Good"), new Run(UserText.ToPlain(outcome))));
            return Card(body);
        }
        var escalate = new Dictionary<string, string>(data) { [CardVerbs.Keys.Text] = Messages.UnreachableKnelpunt(l, v.Since) };
        return Card(body,
        [
            ShowCard(UnreachableCard.Outreach(l),
                [InputDate(CardVerbs.Keys.Date, UnreachableCard.OutreachOn(l), v.Today, required: true)],
                [Execute(Save(l), CardVerbs.FamilyOutreach, data, style: "positive")]),
            Execute(UnreachableCard.CaseConference(l), CardVerbs.Casusoverleg, data),
            ShowCard(UnreachableCard.Close(l),
                [InputText(CardVerbs.Keys.Reason, UnreachableCard.CloseReason(l), UnreachableCard.CloseReasonDefault(l), required: true, value: UnreachableCard.CloseReasonDefault(l))],
                [Execute(Save(l), CardVerbs.FamilyClose, data)]),
            Execute(UnreachableCard.Escalate(l), CardVerbs.FamilyUnreachableEscalate, escalate, style: "destructive"),
        ]);
    }
}
