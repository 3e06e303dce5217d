using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Views;
using static CoordinatieBot.Conversation.Texts.CardTexts;
using static CoordinatieBot.Teams.Cards.AdaptiveElements;

namespace CoordinatieBot.Teams.Cards;

/// <summary>"Bedoel je: …": each offered meaning on its own line (it may hold the writer's words, so shown literally) with its button.</summary>
public static class ChoiceCardBuilder
{
    public static JsonObject Build(ChoiceCardView v)
    {
        var l = v.Language;
        if (v.Outcome is { } outcome) return Card([Literal(new Run("✓ ", Color: "Good"), new Run(outcome))]);

        var body = new List<JsonNode?> { Text(v.Question ?? ChoiceCard.DoYouMean(l), weight: "Bolder") };
        foreach (var choice in v.Choices)
        {
            var data = new Dictionary<string, string>(choice.Data, StringComparer.Ordinal)
            {
                [CardVerbs.Keys.Ask] = v.AskId,
                [CardVerbs.Keys.For] = v.ForUserId,
                [CardVerbs.Keys.Language] = CardVerbs.LanguageCode(l),
            };
            var row = Columns(
                Column([Literal(new Run(choice.Label))]),
                Column([Actions(Execute(ChoiceCard.ThisOne(l), CardVerbs.Choose, data))], width: "auto"));
            row["separator"] = true;
            body.Add(row);
        }
        body.Add(Text(ChoiceCard.NothingChangedYet(l), subtle: true, spacing: "Medium"));
        return Card(body);
    }
}
