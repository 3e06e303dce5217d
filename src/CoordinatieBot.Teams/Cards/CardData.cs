using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;

namespace CoordinatieBot.Teams.Cards;

/// <summary>
/// The data every card's buttons carry. (A card's words are in <see cref="CoordinatieBot.Conversation.Texts.CardTexts"/>.)
/// </summary>
internal static class CardData
{
    /// <summary>The family (checked against the conversation on the way back), the language, and optionally an action.</summary>
    public static Dictionary<string, string> Data(string familyId, Language l, int? action = null)
    {
        var data = new Dictionary<string, string> { [CardVerbs.Keys.FamilyId] = familyId, [CardVerbs.Keys.Language] = CardVerbs.LanguageCode(l) };
        if (action is { } n) data[CardVerbs.Keys.Action] = n.ToString();
        return data;
    }
}
