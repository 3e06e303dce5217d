using Azure.Core;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CoordinatieBot.Teams.Graph;

/// <summary>
/// Puts an app-only bearer token for the Graph scope on each request. The token never goes to a host other than
/// Graph's own (the configured base URL's), and never over plain http except to loopback.
/// </summary>
public sealed class GraphTokenAuthenticationProvider(TokenCredential credential, string scope, Uri graphBaseUrl) : IAuthenticationProvider
{
    public async Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = request.URI;
        if (!GraphOptions.IsAllowedScheme(target) || !string.Equals(target.Authority, graphBaseUrl.Authority, StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException("A Graph token is only sent to the configured Graph host over https.");

        var token = await credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken).ConfigureAwait(false);
        request.Headers.TryAdd("Authorization", $"Bearer {token.Token}");
    }
}
