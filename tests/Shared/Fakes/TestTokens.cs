using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoordinatieBot.Testing;

internal static class TestTokens
{
    public static string Create(
        SecurityKey signingKey,
        string issuer,
        string audience,
        string? serviceUrl,
        DateTime notBefore,
        DateTime expires,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            Subject = new ClaimsIdentity([new Claim("appid", "connector")]),
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(signingKey, algorithm),
        });
    }

    /// <summary>An unsigned token ("alg":"none") with otherwise valid claims.</summary>
    public static string Unsigned(string keyId, string issuer, string audience, string serviceUrl, DateTime notBefore, DateTime expires)
    {
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = keyId };
        var payload = new JsonObject
        {
            ["iss"] = issuer,
            ["aud"] = audience,
            ["serviceurl"] = serviceUrl,
            ["nbf"] = new DateTimeOffset(notBefore).ToUnixTimeSeconds(),
            ["exp"] = new DateTimeOffset(expires).ToUnixTimeSeconds(),
        };
        return $"{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(header.ToJsonString()))}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()))}.";
    }
}
