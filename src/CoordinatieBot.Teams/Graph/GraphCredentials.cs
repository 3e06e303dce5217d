using System.Collections.Concurrent;
using Azure.Core;
using Azure.Identity;
using CoordinatieBot.Teams.Auth;

namespace CoordinatieBot.Teams.Graph;

/// <summary>Which app-only credential asks a tenant's Graph; null when the bot may not ask that tenant.</summary>
public interface IGraphCredentialSource
{
    TokenCredential? ForTenant(string tenantId);
}

/// <summary>
/// Client credentials of the bot's own app registration (MicrosoftAppId / MicrosoftAppPassword). A SingleTenant bot
/// asks only its own tenant (MicrosoftAppTenantId); a MultiTenant bot asks the tenant the conversation belongs to,
/// which must have consented to the app. One credential per tenant, so its token cache is reused.
/// </summary>
public sealed class ClientSecretGraphCredentials : IGraphCredentialSource
{
    private readonly BotAuthOptions _auth;
    private readonly ConcurrentDictionary<string, TokenCredential> _byTenant = new(StringComparer.OrdinalIgnoreCase);

    public ClientSecretGraphCredentials(BotAuthOptions auth)
    {
        ArgumentNullException.ThrowIfNull(auth);
        if (string.IsNullOrWhiteSpace(auth.AppId) || string.IsNullOrWhiteSpace(auth.AppPassword))
            throw new InvalidOperationException("MicrosoftAppId and MicrosoftAppPassword are required to call Microsoft Graph.");
        _auth = auth;
    }

    public TokenCredential? ForTenant(string tenantId)
    {
        if (string.IsNullOrWhiteSpace(tenantId) || !IsTenantId(tenantId)) return null;
        if (_auth.IsSingleTenant && !string.Equals(tenantId, _auth.AppTenantId, StringComparison.OrdinalIgnoreCase)) return null;
        return _byTenant.GetOrAdd(tenantId, tenant => new ClientSecretCredential(tenant, _auth.AppId, _auth.AppPassword,
            new ClientSecretCredentialOptions { AuthorityHost = new Uri(_auth.OAuthAuthorityHost) }));
    }

    // Teams sends the tenant as a GUID; domain names are accepted too. Nothing else reaches an authority URL.
    private static bool IsTenantId(string value) =>
        Guid.TryParse(value, out _) || (value.Length <= 253 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-'));
}
