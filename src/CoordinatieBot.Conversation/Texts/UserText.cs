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
                    if (!char.IsControl(c) || c is '\n') sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }
}
