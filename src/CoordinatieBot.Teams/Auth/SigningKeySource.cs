using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CoordinatieBot.Teams.Auth;

/// <summary>
/// Signing keys from one OpenID metadata document. ConfigurationManager caches and refreshes them; for a key id it
/// does not know we fetch the document once more ourselves, because its RequestRefresh only refreshes in the
/// background and the token in hand would still fail. Forced fetches are rate-limited so random key ids cannot
/// make us hammer the metadata endpoint.
/// </summary>
internal sealed class SigningKeySource
{
    public static readonly TimeSpan MinimumForcedRefreshInterval = TimeSpan.FromSeconds(30);

    /// <summary>By then ConfigurationManager has refreshed too; dropping our copy means a key withdrawn upstream stops working.</summary>
    public static readonly TimeSpan ForcedKeysLifetime = TimeSpan.FromHours(1);

    private readonly string _metadataUrl;
    private readonly IDocumentRetriever _documentRetriever;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _forcedRefreshLock = new(1, 1);
    private volatile IReadOnlyList<SecurityKey> _forcedKeys = [];
    private DateTimeOffset _lastForcedRefresh = DateTimeOffset.MinValue;
    private DateTimeOffset _forcedKeysFetchedAt = DateTimeOffset.MinValue;

    public SigningKeySource(string metadataUrl, IDocumentRetriever documentRetriever, TimeProvider time)
    {
        _metadataUrl = metadataUrl;
        _documentRetriever = documentRetriever;
        _time = time;
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), documentRetriever);
    }

    /// <summary>All known keys, refreshed once first when <paramref name="keyId"/> is among none of them.</summary>
    public async Task<IReadOnlyList<SecurityKey>> GetKeysAsync(string? keyId, CancellationToken cancellationToken)
    {
        var keys = await CurrentKeysAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(keyId) || ContainsKey(keys, keyId))
        {
            return keys;
        }

        await _forcedRefreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another caller may have refreshed while we waited.
            keys = await CurrentKeysAsync(cancellationToken).ConfigureAwait(false);
            var now = _time.GetUtcNow();
            if (ContainsKey(keys, keyId) || now - _lastForcedRefresh < MinimumForcedRefreshInterval)
            {
                return keys;
            }

            _lastForcedRefresh = now;
            var fresh = await OpenIdConnectConfigurationRetriever.GetAsync(_metadataUrl, _documentRetriever, cancellationToken).ConfigureAwait(false);
            _forcedKeys = fresh.SigningKeys.ToArray();
            _forcedKeysFetchedAt = now;
            _manager.RequestRefresh();
            return await CurrentKeysAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _forcedRefreshLock.Release();
        }
    }

    private async Task<IReadOnlyList<SecurityKey>> CurrentKeysAsync(CancellationToken cancellationToken)
    {
        var configuration = await _manager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var forced = _time.GetUtcNow() - _forcedKeysFetchedAt < ForcedKeysLifetime ? _forcedKeys : [];
        return forced.Count == 0 ? configuration.SigningKeys.ToArray() : [.. forced, .. configuration.SigningKeys];
    }

    private static bool ContainsKey(IReadOnlyList<SecurityKey> keys, string keyId) =>
        keys.Any(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));
}
