using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Views;
using static CoordinatieBot.Conversation.Texts.CardTexts;
using static CoordinatieBot.Teams.Cards.AdaptiveElements;
using static CoordinatieBot.Teams.Cards.CardData;

namespace CoordinatieBot.Teams.Cards;

/// <summary>A new owner's 1:1 card: the action, accept, or "niet van mij" with a reason.</summary>
public static class ActionAssignedCardBuilder
{
    public static JsonObject Build(ActionAssignedCardView v)
    {
        var l = v.Language;
        var a = v.Action;
        var due = a.Due is { } d ? DutchDates.Short(d, v.Today, l) : NoDate(l);
        var body = new List<JsonNode?>
        {
            Literal(new Run(CardTexts.Family(l), Bold: true), new Run(v.FamilyAlias, Bold: true), new Run($" · {TaskWord(l)} {a.Number}", Subtle: true)),
            v.AssignedByName is { } by
                ? Literal(new Run(by, Bold: true), new Run(ActionAssignedCard.GaveItToYou(l)))
                : Text(ActionAssignedCard.YoursNow(l)),
            Literal(new Run(a.Description, Bold: true)),
            Literal(new Run($"{due} · {Messages.StatusName(l, a)}", Subtle: true)),
        };
        if (v.Outcome is { } outcome)
        {
            body.Add(Literal(new Run("✓ ", Color: "Good"), new Run(UserText.ToPlain(outcome))));
            return Card(body);
        }
        var data = Data(v.FamilyId, l, a.Number);
        return Card(body,
        [
            Execute(ActionAssignedCard.TakeItOn(l), CardVerbs.ActionAccept, data, style: "positive"),
            ShowCard(ActionAssignedCard.NotMine(l),
                [InputText(CardVerbs.Keys.Reason, ActionAssignedCard.WhyNotYours(l), ReasonPlaceholder(l), required: true)],
                [Execute(ActionAssignedCard.PassOnToRegisseur(l), CardVerbs.ActionNotMine, data)]),
        ]);
    }
}
