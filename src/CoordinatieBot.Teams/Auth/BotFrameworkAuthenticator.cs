using System.Security.Claims;
using CoordinatieBot.Teams.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace CoordinatieBot.Teams.Auth;

/// <summary>
/// Validates the Bot Connector's JWT on inbound activities (Bot Framework REST authentication): RS256 signature
/// against the published keys, issuer, audience = app id, lifetime with 5 minutes skew, and the serviceurl claim.
/// </summary>
public sealed partial class BotFrameworkAuthenticator : IInboundAuthenticator
{
    public const string ServiceUrlClaim = "serviceurl";
    public static readonly TimeSpan ClockSkew = JwtRules.ClockSkew;

    private const string BearerPrefix = "Bearer ";

    private readonly BotAuthOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<BotFrameworkAuthenticator> _logger;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly SigningKeySource _botFrameworkKeys;
    private readonly SigningKeySource? _entraKeys;
    private readonly string[] _entraIssuers;
    private readonly string[] _audiences;

    public BotFrameworkAuthenticator(BotAuthOptions options, TimeProvider time, ILogger<BotFrameworkAuthenticator> logger, HttpClient? metadataHttpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.AppId))
        {
            throw new InvalidOperationException("MicrosoftAppId is empty: inbound authentication needs it as the token audience");
        }

        _options = options;
        _time = time;
        _logger = logger;
        _audiences = [options.AppId, $"api://{options.AppId}"];

        var retriever = metadataHttpClient is null ? new HttpDocumentRetriever() : new HttpDocumentRetriever(metadataHttpClient);
        retriever.RequireHttps = options.RequireHttpsMetadata;
        _botFrameworkKeys = new SigningKeySource(options.OpenIdMetadataUrl, retriever, time);

        if (options.IsSingleTenant && !string.IsNullOrWhiteSpace(options.AppTenantId))
        {
            _entraKeys = new SigningKeySource(options.EntraOpenIdMetadataUrl, retriever, time);
            _entraIssuers =
            [
                $"https://login.microsoftonline.com/{options.AppTenantId}/v2.0",
                $"https://sts.windows.net/{options.AppTenantId}/",
            ];
        }
        else
        {
            _entraIssuers = [];
        }
    }

    public async Task<AuthResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            var result = await AuthenticateCoreAsync(authorizationHeader, activity, cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                LogRejected(result.FailureReason);
            }

            return result;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            LogError(ex.GetType().Name);
            return AuthResult.Failure($"Token could not be validated ({ex.GetType().Name}).");
        }
    }

    private async Task<AuthResult> AuthenticateCoreAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return AuthResult.Failure("Authorization header is missing.");
        }

        if (!authorizationHeader.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthResult.Failure("Authorization header is not a Bearer token.");
        }

        var token = authorizationHeader[BearerPrefix.Length..].Trim();
        if (token.Length == 0 || !_handler.CanReadToken(token))
        {
            return AuthResult.Failure("Bearer token is not a readable JWT.");
        }

        JsonWebToken unvalidated;
        try
        {
            unvalidated = _handler.ReadJsonWebToken(token);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException)
        {
            return AuthResult.Failure("Bearer token is not a readable JWT.");
        }

        // The unvalidated issuer only picks where the keys come from; it is validated properly below.
        var (keySource, validIssuers) = SelectAuthority(unvalidated.Issuer);
        if (keySource is null)
        {
            return AuthResult.Failure("Token issuer is not accepted.");
        }

        var keys = await keySource.GetKeysAsync(unvalidated.Kid, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(unvalidated.Kid) || !keys.Any(k => string.Equals(k.KeyId, unvalidated.Kid, StringComparison.Ordinal)))
        {
            return AuthResult.Failure("Token signing key id is unknown.");
        }

        var validation = await _handler.ValidateTokenAsync(token, CreateParameters(validIssuers, keys)).ConfigureAwait(false);
        if (!validation.IsValid)
        {
            return AuthResult.Failure(Describe(validation.Exception));
        }

        var identity = validation.ClaimsIdentity;
        var serviceUrlClaim = identity.FindFirst(ServiceUrlClaim)?.Value;
        if (string.IsNullOrEmpty(serviceUrlClaim))
        {
            return AuthResult.Failure("Token has no serviceurl claim.");
        }

        if (!ServiceUrlComparison.AreSame(serviceUrlClaim, activity?.ServiceUrl))
        {
            return AuthResult.Failure("Token serviceurl claim does not match the activity's serviceUrl.");
        }

        return AuthResult.Success(identity);
    }

    private (SigningKeySource? Source, string[] Issuers) SelectAuthority(string? issuer)
    {
        if (string.Equals(issuer, BotAuthOptions.BotFrameworkIssuer, StringComparison.Ordinal))
        {
            return (_botFrameworkKeys, [BotAuthOptions.BotFrameworkIssuer]);
        }

        if (_entraKeys is not null && _entraIssuers.Contains(issuer, StringComparer.Ordinal))
        {
            return (_entraKeys, _entraIssuers);
        }

        return (null, []);
    }

    private TokenValidationParameters CreateParameters(string[] validIssuers, IReadOnlyList<SecurityKey> keys)
    {
        var parameters = JwtRules.Parameters(_time, validIssuers, _audiences, keys);
        parameters.NameClaimType = "appid";
        return parameters;
    }

    private static string Describe(Exception? exception) => JwtRules.Describe(exception, "not this bot", "not accepted");

    [LoggerMessage(Level = LogLevel.Information, Message = "Inbound activity rejected: {Reason}")]
    private partial void LogRejected(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound token validation failed unexpectedly ({ExceptionType})")]
    private partial void LogError(string exceptionType);
}
