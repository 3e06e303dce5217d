using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;

namespace CoordinatieBot.Teams.Cards;

/// <summary>
/// What every card builder needs besides its words (those are in <see cref="CoordinatieBot.Conversation.Texts.CardTexts"/>):
/// the data its buttons carry.
/// </summary>
internal static class CardWords
{
    /// <summary>The family (checked against the conversation on the way back), the language, and optionally an action.</summary>
    public static Dictionary<string, string> Data(string familyId, Language l, int? action = null)
    {
        var data = new Dictionary<string, string> { [CardVerbs.Keys.FamilyId] = familyId, [CardVerbs.Keys.Language] = CardVerbs.LanguageCode(l) };
        if (action is { } n) data[CardVerbs.Keys.Action] = n.ToString();
        return data;
    }
}
