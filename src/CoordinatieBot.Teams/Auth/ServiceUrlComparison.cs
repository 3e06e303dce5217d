namespace CoordinatieBot.Teams.Auth;

public static class ServiceUrlComparison
{
    /// <summary>Ordinal equality, ignoring one trailing slash on either side.</summary>
    public static bool AreSame(string? left, string? right)
    {
        if (left is null || right is null)
        {
            return false;
        }

        return string.Equals(TrimOneSlash(left), TrimOneSlash(right), StringComparison.Ordinal);
    }

    private static string TrimOneSlash(string value) => value.EndsWith('/') ? value[..^1] : value;
}
