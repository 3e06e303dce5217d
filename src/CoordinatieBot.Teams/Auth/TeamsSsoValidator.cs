using System.Collections.Concurrent;
using CoordinatieBot.Teams.Bot;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace CoordinatieBot.Teams.Auth;

/// <summary>The person a valid Teams SSO token names: tenant, Entra object id, and display name when the token has one.</summary>
public sealed record TeamsSsoUser(string TenantId, string AadObjectId, string? Name);

/// <summary>
/// Validates the token a tab gets from Teams (teams-js <c>authentication.getAuthToken()</c>): an Entra ID access token
/// for this app, RS256-signed with a key from its tenant's OpenID metadata, issued by that tenant (v2 or v1 issuer),
/// within its lifetime (5 minutes skew), with the <c>access_as_user</c> scope, an object id, and a tenant the bot
/// serves (Bot:AllowedTenants; for a SingleTenant bot its own). Off when the bot's authentication is off (Development
/// without an app id): then <see cref="IsEnabled"/> is false and no token is accepted.
/// </summary>
public sealed partial class TeamsSsoValidator
{
    public static readonly TimeSpan ClockSkew = JwtRules.ClockSkew;

    /// <summary>Tenants whose keys are kept; a multi-tenant bot without allowed tenants must not grow without end.</summary>
    public const int MaxTenants = 1000;

    private const string BearerPrefix = "Bearer ";

    private readonly BotAuthOptions _bot;
    private readonly TenantPolicy _tenants;
    private readonly TimeProvider _time;
    private readonly ILogger<TeamsSsoValidator> _logger;
    private readonly IDocumentRetriever? _retriever;
    private readonly string[] _audiences;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly ConcurrentDictionary<string, SigningKeySource> _keysByTenant = new(StringComparer.OrdinalIgnoreCase);

    public TeamsSsoValidator(BotAuthOptions bot, TeamsSsoOptions sso, TenantPolicy tenants, TimeProvider time, ILogger<TeamsSsoValidator> logger,
        bool enabled, HttpClient? metadataHttpClient = null)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(sso);
        _bot = bot;
        _tenants = tenants;
        _time = time;
        _logger = logger;
        IsEnabled = enabled && !string.IsNullOrWhiteSpace(bot.AppId);
        _audiences = new[] { sso.ApplicationIdUri, bot.AppId }.OfType<string>().Where(a => a.Length > 0).ToArray();
        if (IsEnabled)
        {
            var retriever = metadataHttpClient is null ? new HttpDocumentRetriever() : new HttpDocumentRetriever(metadataHttpClient);
            retriever.RequireHttps = bot.RequireHttpsMetadata;
            _retriever = retriever;
        }
    }

    /// <summary>False when the bot runs without authentication: the tabs then know no one by token.</summary>
    public bool IsEnabled { get; }

    /// <summary>The signed-in person, or null (the reason logged at Warning, without token contents or names). Never throws for bad input.</summary>
    public async Task<TeamsSsoUser?> ValidateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        if (!IsEnabled) return null;
        try
        {
            var (user, refusal) = await ValidateCoreAsync(authorizationHeader, cancellationToken).ConfigureAwait(false);
            if (user is null) LogRefused(refusal ?? "Token is invalid.");
            return user;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            LogError(ex.GetType().Name);
            return null;
        }
    }

    private async Task<(TeamsSsoUser? User, string? Refusal)> ValidateCoreAsync(string? authorizationHeader, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader)) return (null, "Authorization header is missing.");
        if (!authorizationHeader.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)) return (null, "Authorization header is not a Bearer token.");
        var token = authorizationHeader[BearerPrefix.Length..].Trim();
        if (token.Length == 0 || !_handler.CanReadToken(token)) return (null, "Bearer token is not a readable JWT.");

        JsonWebToken unvalidated;
        try
        {
            unvalidated = _handler.ReadJsonWebToken(token);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException)
        {
            return (null, "Bearer token is not a readable JWT.");
        }

        // The unvalidated tenant only picks where the keys come from; the issuer built from it is validated below.
        var tenant = unvalidated.TryGetPayloadValue<string>("tid", out var tid) ? tid : null;
        if (tenant is null || !Guid.TryParse(tenant, out _)) return (null, "Token has no tenant id.");
        if (!_tenants.IsAllowed(tenant)) return (null, "Token tenant is not allowed (Bot:AllowedTenants).");
        if (_bot.IsSingleTenant && !string.Equals(tenant, _bot.AppTenantId, StringComparison.OrdinalIgnoreCase))
            return (null, "Token tenant is not the bot's own tenant.");
        if (KeysOf(tenant) is not { } source) return (null, "Too many tenants seen: token tenant refused.");

        var keys = await source.GetKeysAsync(unvalidated.Kid, ct).ConfigureAwait(false);
        if (string.IsNullOrEmpty(unvalidated.Kid) || !keys.Any(k => string.Equals(k.KeyId, unvalidated.Kid, StringComparison.Ordinal)))
            return (null, "Token signing key id is unknown.");

        var validation = await _handler.ValidateTokenAsync(token, Parameters(tenant, keys)).ConfigureAwait(false);
        if (!validation.IsValid) return (null, Describe(validation.Exception));

        var identity = validation.ClaimsIdentity;
        var scopes = identity.FindFirst("scp")?.Value?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (!scopes.Contains(TeamsSsoOptions.Scope, StringComparer.Ordinal)) return (null, "Token lacks the access_as_user scope.");
        if (identity.FindFirst("oid")?.Value is not { Length: > 0 } oid) return (null, "Token has no object id.");
        if (!string.Equals(identity.FindFirst("tid")?.Value, tenant, StringComparison.OrdinalIgnoreCase)) return (null, "Token tenant is invalid.");
        return (new TeamsSsoUser(tenant, oid, identity.FindFirst("name")?.Value), null);
    }

    /// <summary>The tenant's signing keys, one cached source per tenant; null once <see cref="MaxTenants"/> are known.</summary>
    private SigningKeySource? KeysOf(string tenant)
    {
        if (_keysByTenant.TryGetValue(tenant, out var known)) return known;
        if (_keysByTenant.Count >= MaxTenants) return null;
        var url = _bot.EntraOpenIdMetadataUrlTemplate.Replace("{tenantId}", tenant.ToLowerInvariant(), StringComparison.OrdinalIgnoreCase);
        return _keysByTenant.GetOrAdd(tenant, _ => new SigningKeySource(url, _retriever!, _time));
    }

    private TokenValidationParameters Parameters(string tenant, IReadOnlyList<SecurityKey> keys) =>
        JwtRules.Parameters(_time, [$"https://login.microsoftonline.com/{tenant}/v2.0", $"https://sts.windows.net/{tenant}/"], _audiences, keys);

    private static string Describe(Exception? exception) => JwtRules.Describe(exception, "not this app", "not the token's tenant");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tab sign-in refused: {Reason}")]
    private partial void LogRefused(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tab sign-in token could not be validated ({ExceptionType})")]
    private partial void LogError(string exceptionType);
}
