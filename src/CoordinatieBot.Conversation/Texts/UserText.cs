using System.Text;

namespace CoordinatieBot.Conversation.Texts;

/// <summary>User text shown back in chat: Markdown and HTML characters are escaped so it stays text.</summary>
public static class UserText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\\' or '*' or '_' or '`' or '[' or ']' or '#' or '|' or '~':
                    sb.Append('\\').Append(c); break;
                default:
                    if ((!char.IsControl(c) || c is '\n') && c != '\u2063') sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// A chat message (Markdown, user text escaped) as plain text, for places that show text literally, such as a
    /// card's TextRun: bold markers and escapes removed, entities turned back into their characters.
    /// </summary>
    public static string ToPlain(string markdown)
    {
        var sb = new StringBuilder(markdown.Length);
        for (var i = 0; i < markdown.Length; i++)
        {
            var c = markdown[i];
            if (c == '\\' && i + 1 < markdown.Length) { sb.Append(markdown[++i]); continue; }
            if (c == '*' && i + 1 < markdown.Length && markdown[i + 1] == '*') { i++; continue; }
            sb.Append(c);
        }
        return sb.ToString().Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&");
    }
}
