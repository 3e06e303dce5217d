using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Views;
using static CoordinatieBot.Teams.Cards.AdaptiveElements;
using static CoordinatieBot.Teams.Cards.CardWords;

namespace CoordinatieBot.Teams.Cards;

/// <summary>Actions left without an owner in the thread: one button per action to take it.</summary>
public static class OrphanedActionsCardBuilder
{
    public static JsonObject Build(OrphanedActionsCardView v)
    {
        var l = v.Language;
        var body = new List<JsonNode?>
        {
            Literal(new Run(T(l, "Gezin ", "Family "), Bold: true), new Run(v.FamilyAlias, Bold: true), new Run(T(l, " · taken zonder eigenaar", " · tasks without an owner"), Subtle: true)),
        };
        if (v.Actions.Count == 0)
        {
            body.Add(Literal(new Run("✓ ", Color: "Good"), new Run(T(l, "Elke taak heeft weer een eigenaar. Dank jullie wel!", "Every task has an owner again. Thank you!"))));
            return Card(body);
        }
        foreach (var a in v.Actions)
        {
            var due = a.Due is { } d ? DutchDates.Short(d, v.Today, l) : T(l, "geen datum", "no date");
            body.Add(Container(
            [
                Literal(new Run($"{a.Number}. ", Bold: true), new Run(a.Description)),
                Literal(new Run(due, Subtle: true)),
                Actions(Execute(T(l, $"Ik neem taak {a.Number}", $"I'll take task {a.Number}"), CardVerbs.ActionTake, Data(v.FamilyId, l, a.Number))),
            ], separator: true));
        }
        return Card(body);
    }
}
