using System.Text.RegularExpressions;

namespace CoordinatieBot.Conversation.Parsing;

/// <summary>What a reason typed after a command says besides itself: the words the bot reads there, in one place.</summary>
public static partial class ReasonReader
{
    /// <summary>"Veilig Thuis, reden: zorg om kindveiligheid" → the organisation and the reason for going outside consent.</summary>
    public static (string Value, string? Reason) SplitReason(string text)
    {
        foreach (var marker in new[] { ", reden:", " reden:", ", reason:", " reason:", ", omdat ", " because " })
        {
            var at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at > 0) return (text[..at].Trim(' ', ','), text[(at + marker.Length)..].Trim());
        }
        return (text.Trim(), null);
    }

    /// <summary>"open taken vervallen, reden" when closing: the closer decided the open actions lapse.</summary>
    public static (bool Lapse, string Reason) OpenActionsLapse(string? reason)
    {
        var match = OpenActionsLapsePattern().Match(reason ?? "");
        return match.Success ? (true, match.Groups["rest"].Value) : (false, reason ?? "");
    }

    [GeneratedRegex(@"^\s*(open\s+taken\s+vervallen|open\s+tasks\s+lapse)\s*[:,;.-]?\s*(?<rest>.*)$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    private static partial Regex OpenActionsLapsePattern();
}
