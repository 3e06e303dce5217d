using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Views;
using static CoordinatieBot.Teams.Cards.AdaptiveElements;
using static CoordinatieBot.Teams.Cards.CardWords;

namespace CoordinatieBot.Teams.Cards;

/// <summary>The procesmanager's card for a family without a regisseur: appoint one once the team had a week.</summary>
public static class AppointRegisseurCardBuilder
{
    public static JsonObject Build(AppointRegisseurCardView v)
    {
        var l = v.Language;
        var body = new List<JsonNode?>
        {
            Literal(new Run(T(l, "Gezin ", "Family "), Bold: true), new Run(v.FamilyAlias, Bold: true), new Run(T(l, " · geen regisseur", " · no regisseur"), Subtle: true)),
            Text(T(l, "De regisseur van dit gezin zit niet meer in het gezinsgesprek. Het team is gevraagd wie de regie neemt.",
                "The regisseur of this family is no longer in the family's chat. The team has been asked who takes the lead.")),
        };
        if (v.Outcome is { } outcome)
        {
            body.Add(Literal(new Run("✓ ", Color: "Good"), new Run(UserText.ToPlain(outcome))));
            return Card(body);
        }
        body.Add(Text(T(l, $"Neemt niemand de regie, dan kun je vanaf {DutchDates.Short(v.From, v.Today, l)} hier een regisseur aanwijzen.",
            $"If nobody takes the lead, you can appoint a regisseur here from {DutchDates.Short(v.From, v.Today, l)}."), subtle: true));
        if (v.Candidates.Count == 0) return Card(body);
        return Card(body,
        [
            ShowCard(T(l, "Regisseur aanwijzen…", "Appoint a regisseur…"),
                [ChoiceSet(CardVerbs.Keys.Regisseur, T(l, "Wie wordt regisseur?", "Who becomes regisseur?"), v.Candidates.Select(c => (c.Label, c.UserId)))],
                [Execute(T(l, "Aanwijzen", "Appoint"), CardVerbs.AppointRegisseur, Data(v.FamilyId, l))]),
        ]);
    }
}
