using Microsoft.IdentityModel.Tokens;

namespace CoordinatieBot.Teams.Auth;

/// <summary>
/// What every token this host accepts must be, whoever issued it (the Bot Connector for activities, Entra ID for the
/// tabs): signed RS256 by one of the given keys, for one of the audiences and issuers, and within its lifetime by the
/// app's clock (tests move it) with 5 minutes skew. Also the reason, in plain words, why one was not.
/// </summary>
internal static class JwtRules
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static TokenValidationParameters Parameters(TimeProvider time, string[] issuers, string[] audiences, IReadOnlyList<SecurityKey> keys) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = issuers,
        ValidateAudience = true,
        ValidAudiences = audiences,
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = keys,
        TryAllIssuerSigningKeys = false,
        RequireSignedTokens = true,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        LifetimeValidator = (notBefore, expires, _, _) => WithinLifetime(time, notBefore, expires),
    };

    private static bool WithinLifetime(TimeProvider time, DateTime? notBefore, DateTime? expires)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (expires is null) throw new SecurityTokenNoExpirationException("Token has no expiry.");
        if (notBefore is { } nbf && nbf > now + ClockSkew) throw new SecurityTokenNotYetValidException("Token is not yet valid.") { NotBefore = nbf };
        if (expires.Value < now - ClockSkew) throw new SecurityTokenExpiredException("Token has expired.") { Expires = expires.Value };
        return true;
    }

    /// <param name="audience">Why the audience is wrong, in the caller's words ("not this bot", "not this app").</param>
    /// <param name="issuer">Why the issuer is wrong, in the caller's words.</param>
    public static string Describe(Exception? exception, string audience, string issuer) => exception switch
    {
        SecurityTokenInvalidAudienceException => $"Token audience is {audience}.",
        SecurityTokenInvalidIssuerException => $"Token issuer is {issuer}.",
        SecurityTokenExpiredException => "Token has expired.",
        SecurityTokenNotYetValidException => "Token is not yet valid.",
        SecurityTokenNoExpirationException => "Token has no expiry.",
        SecurityTokenInvalidLifetimeException => "Token lifetime is invalid.",
        SecurityTokenInvalidAlgorithmException => "Token algorithm is not allowed (RS256 only).",
        SecurityTokenSignatureKeyNotFoundException => "Token signing key id is unknown.",
        SecurityTokenInvalidSignatureException => "Token signature is invalid.",
        null => "Token is invalid.",
        _ => $"Token is invalid ({exception.GetType().Name}).",
    };
}
