using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Views;
using static CoordinatieBot.Teams.Cards.AdaptiveElements;
using static CoordinatieBot.Teams.Cards.CardWords;

namespace CoordinatieBot.Teams.Cards;

/// <summary>A new owner's 1:1 card: the action, accept, or "niet van mij" with a reason.</summary>
public static class ActionAssignedCardBuilder
{
    public static JsonObject Build(ActionAssignedCardView v)
    {
        var l = v.Language;
        var a = v.Action;
        var due = a.Due is { } d ? DutchDates.Short(d, v.Today, l) : T(l, "geen datum", "no date");
        var body = new List<JsonNode?>
        {
            Literal(new Run(T(l, "Gezin ", "Family "), Bold: true), new Run(v.FamilyAlias, Bold: true), new Run($" · {T(l, "taak", "task")} {a.Number}", Subtle: true)),
            v.AssignedByName is { } by
                ? Literal(new Run(by, Bold: true), new Run(T(l, " heeft deze taak bij jou gelegd.", " gave this task to you.")))
                : Text(T(l, "Deze taak ligt nu bij jou.", "This task is yours now.")),
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
            Execute(T(l, "Ik pak het op", "I'll take it on"), CardVerbs.ActionAccept, data, style: "positive"),
            ShowCard(T(l, "Niet van mij…", "Not mine…"),
                [InputText(CardVerbs.Keys.Reason, T(l, "Waarom hoort deze taak niet bij jou?", "Why isn't this task yours?"), T(l, "reden", "reason"), required: true)],
                [Execute(T(l, "Doorgeven aan de regisseur", "Pass on to the regisseur"), CardVerbs.ActionNotMine, data)]),
        ]);
    }
}
