using System.Text.RegularExpressions;

namespace CoordinatieBot.Conversation.Parsing;

/// <summary>
/// A family is named by an alias or case code: 1–40 characters, letters, digits, space, '-' and '_'. Never a BSN (nine digits, also written
/// 123.456.789 or 1234.56.789) or an e-mail address.
/// </summary>
public static class AliasRules
{
    public const int MaxLength = 40;

    private static readonly Regex Email = TextFold.Compile(@"[^\s@]+@[^\s@]+\.[^\s@]+");

    private static readonly Regex Bsn = TextFold.Compile(
        @"(?<![0-9])([0-9]{9}|[0-9]{3}[ .-][0-9]{3}[ .-][0-9]{3}|[0-9]{4}[ .-][0-9]{2}[ .-][0-9]{3}|[0-9]{3}[ .-][0-9]{2}[ .-][0-9]{2}[ .-][0-9]{2})(?![0-9])");

    /// <summary>Null when the alias is fine, else why not.</summary>
    public static AliasProblem? Check(string? alias)
    {
        alias = alias?.Trim() ?? "";
        if (alias.Length == 0) return AliasProblem.Empty;
        if (alias.Length > 200) return AliasProblem.TooLong;
        try
        {
            if (Email.IsMatch(alias)) return AliasProblem.LooksLikeEmail;
            if (Bsn.IsMatch(alias)) return AliasProblem.LooksLikeBsn;
        }
        catch (RegexMatchTimeoutException)
        {
            return AliasProblem.InvalidCharacters;
        }
        if (alias.Length > MaxLength) return AliasProblem.TooLong;
        foreach (var ch in alias)
            if (!(char.IsLetterOrDigit(ch) || ch is ' ' or '-' or '_')) return AliasProblem.InvalidCharacters;
        return null;
    }
}

/// <summary>Why an alias was refused.</summary>
public enum AliasProblem
{
    Empty,
    TooLong,
    InvalidCharacters,
    LooksLikeBsn,
    LooksLikeEmail,
}
