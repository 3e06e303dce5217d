using CoordinatieBot.Conversation.Parsing;

namespace CoordinatieBot.Conversation.Texts;

/// <summary>
/// The one place that chooses between a text's Dutch and English wording: Dutch first, English when the reader
/// writes English. Every text in this folder (<see cref="Messages"/>, <see cref="CardTexts"/>) goes through it; nothing
/// outside this folder chooses a language for a text.
/// </summary>
public static class Bilingual
{
    /// <summary>The wording for <paramref name="language"/>: usually a string, sometimes a list of names (months, days).</summary>
    public static T Pick<T>(Language language, T dutch, T english) => language == Language.English ? english : dutch;
}
