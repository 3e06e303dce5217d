using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Views;
using static CoordinatieBot.Conversation.Texts.CardTexts;
using static CoordinatieBot.Teams.Cards.AdaptiveElements;
using static CoordinatieBot.Teams.Cards.CardData;

namespace CoordinatieBot.Teams.Cards;

/// <summary>The procesmanager's card for a family without a regisseur: appoint one once the team had a week.</summary>
public static class AppointRegisseurCardBuilder
{
    public static JsonObject Build(AppointRegisseurCardView v)
    {
        var l = v.Language;
        var body = new List<JsonNode?>
        {
            Literal(new Run(CardTexts.Family(l), Bold: true), new Run(v.FamilyAlias, Bold: true), new Run(AppointRegisseurCard.NoRegisseur(l), Subtle: true)),
            Text(AppointRegisseurCard.RegisseurLeft(l)),
        };
        if (v.Outcome is { } outcome)
        {
            body.Add(Literal(new Run("✓ ", Color: "Good"), new Run(UserText.ToPlain(outcome))));
            return Card(body);
        }
        body.Add(Text(AppointRegisseurCard.YouCanAppointFrom(l, v.From, v.Today), subtle: true));
        if (v.Candidates.Count == 0) return Card(body);
        return Card(body,
        [
            ShowCard(AppointRegisseurCard.AppointMore(l),
                [ChoiceSet(CardVerbs.Keys.Regisseur, AppointRegisseurCard.WhoBecomesRegisseur(l), v.Candidates.Select(c => (c.Label, c.UserId)))],
                [Execute(AppointRegisseurCard.Appoint(l), CardVerbs.AppointRegisseur, Data(v.FamilyId, l))]),
        ]);
    }
}
