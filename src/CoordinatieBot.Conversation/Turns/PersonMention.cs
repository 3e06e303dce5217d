namespace CoordinatieBot.Conversation.Turns;

/// <summary>
/// A person a reply notifies by name (an @mention in Teams). The reply's text holds <see cref="Placeholder"/> where the
/// name goes; the Teams layer turns it into a mention entity, anything else shows the name in bold.
/// </summary>
public sealed record PersonMention(string UserId, string Name)
{
    private const char Mark = '\u2063'; // invisible separator: cannot come out of UserText.Escape

    public string Placeholder => $"{Mark}@{UserId}{Mark}";

    /// <summary>The text with every placeholder replaced by <paramref name="render"/> of its person.</summary>
    public static string Render(string text, IEnumerable<PersonMention> mentions, Func<PersonMention, string> render)
    {
        foreach (var m in mentions) text = text.Replace(m.Placeholder, render(m), StringComparison.Ordinal);
        return text;
    }

    /// <summary>The text for places without mentions: names in bold (Markdown, the name escaped).</summary>
    public static string Plain(string text, IEnumerable<PersonMention> mentions) =>
        Render(text, mentions, m => $"**{Texts.UserText.Escape(m.Name)}**");
}
