using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;

namespace CoordinatieBot.Teams.Cards;

/// <summary>What every card builder needs: its words in the reader's language, and the data its buttons carry.</summary>
internal static class CardWords
{
    public static string T(Language l, string dutch, string english) => l == Language.English ? english : dutch;

    /// <summary>The family (checked against the conversation on the way back), the language, and optionally an action.</summary>
    public static Dictionary<string, string> Data(string familyId, Language l, int? action = null)
    {
        var data = new Dictionary<string, string> { [CardVerbs.Keys.FamilyId] = familyId, [CardVerbs.Keys.Language] = l == Language.English ? "en" : "nl" };
        if (action is { } n) data[CardVerbs.Keys.Action] = n.ToString();
        return data;
    }
}
