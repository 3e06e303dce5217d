using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Views;
using static CoordinatieBot.Conversation.Texts.CardTexts;
using static CoordinatieBot.Teams.Cards.AdaptiveElements;
using static CoordinatieBot.Teams.Cards.CardData;

namespace CoordinatieBot.Teams.Cards;

/// <summary>Actions left without an owner in the thread: one button per action to take it.</summary>
public static class OrphanedActionsCardBuilder
{
    public static JsonObject Build(OrphanedActionsCardView v)
    {
        var l = v.Language;
        var body = new List<JsonNode?>
        {
            Literal(new Run(CardTexts.Family(l), Bold: true), new Run(v.FamilyAlias, Bold: true), new Run(OrphanedActionsCard.WithoutOwner(l), Subtle: true)),
        };
        if (v.Actions.Count == 0)
        {
            body.Add(Literal(new Run("✓ ", Color: "Good"), new Run(OrphanedActionsCard.AllOwnedAgain(l))));
            return Card(body);
        }
        foreach (var a in v.Actions)
        {
            var due = a.Due is { } d ? DutchDates.Short(d, v.Today, l) : NoDate(l);
            body.Add(Container(
            [
                Literal(new Run($"{a.Number}. ", Bold: true), new Run(a.Description)),
                Literal(new Run(due, Subtle: true)),
                Actions(Execute(OrphanedActionsCard.TakeTask(l, a.Number), CardVerbs.ActionTake, Data(v.FamilyId, l, a.Number))),
            ], separator: true));
        }
        return Card(body);
    }
}
