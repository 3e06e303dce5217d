using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;

namespace CoordinatieBot.Teams.Auth;

public sealed class AuthResult
{
    private AuthResult(bool succeeded, string? failureReason, ClaimsIdentity? identity)
    {
        Succeeded = succeeded;
        FailureReason = failureReason;
        Identity = identity;
    }

    [MemberNotNullWhen(false, nameof(FailureReason))]
    public bool Succeeded { get; }

    /// <summary>Why the request was rejected; safe to log (no token content).</summary>
    public string? FailureReason { get; }

    /// <summary>The validated token's claims; null when auth is disabled or failed.</summary>
    public ClaimsIdentity? Identity { get; }

    public static AuthResult Success(ClaimsIdentity? identity) => new(true, null, identity);

    public static AuthResult Failure(string reason) => new(false, reason, null);
}
