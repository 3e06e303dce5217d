using System.Security.Cryptography;
using System.Text;

namespace CoordinatieBot.Storage.Tables;

/// <summary>
/// Table keys from outside ids. Teams ids may hold characters keys forbid ('/', '#', '?'), and keys must
/// never carry names: so outside ids become a fixed-length hash.
/// </summary>
public static class Keys
{
    public static string Hash(string value)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(value), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    public static string Hash(string first, string second) => Hash(first + "\n" + second);

    /// <summary>The key a team is stored under; families outside a team (group chats) share the tenant's.</summary>
    public static string Team(string? teamId) => teamId ?? OutsideTeams;

    /// <summary>The team id back from <see cref="Team"/>: null for the families outside a team.</summary>
    public static string? TeamIdOf(string? teamKey) => teamKey is null or OutsideTeams ? null : teamKey;

    private const string OutsideTeams = "(tenant)";

    /// <summary>Row keys that sort newest first.</summary>
    public static string InvertedTicks(DateTimeOffset at) => (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19");
}
