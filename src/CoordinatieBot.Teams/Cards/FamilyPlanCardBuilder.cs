using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Teams.Protocol;
using static CoordinatieBot.Teams.Cards.AdaptiveElements;

namespace CoordinatieBot.Teams.Cards;

/// <summary>
/// "Plan voor het gezin" in the chat: the regisseur's card with the button that opens the family's plan as a Teams
/// dialog. The button is an Action.Submit of type task/fetch: Teams asks the bot for the dialog (answered by
/// <see cref="Bot.FamilyPlanDialog"/> with the page's address), and nothing is posted or saved by the press.
/// </summary>
public static class FamilyPlanCardBuilder
{
    public static JsonObject Build(FamilyPlanOfferCardView view) =>
        Card([Text(TabTexts.FamilyPlan.OfferText(view.Language))], [OpenButton(view.FamilyId, view.Language, TabTexts.FamilyPlan.OfferButton(view.Language))]);

    /// <summary>The button that opens the dialog; the plan card has it too (the regisseur's view).</summary>
    public static JsonObject OpenButton(string familyId, Language l, string title) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = new JsonObject
        {
            ["msteams"] = new JsonObject { ["type"] = InvokeNames.TaskFetch },
            [CardVerbs.Keys.Card] = CardVerbs.OpenFamilyPlan,
            [CardVerbs.Keys.FamilyId] = familyId,
            [CardVerbs.Keys.Language] = CardVerbs.LanguageCode(l),
        },
    };
}
