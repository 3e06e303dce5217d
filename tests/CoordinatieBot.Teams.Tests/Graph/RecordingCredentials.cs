using System.Collections.Concurrent;
using Azure.Core;
using CoordinatieBot.Teams.Graph;

namespace CoordinatieBot.Teams.Tests.Graph;

/// <summary>Hands out a fixed token and records which tenant and scopes were asked for.</summary>
public sealed class RecordingCredentials(string token = FakeGraphServer.Token) : IGraphCredentialSource
{
    public ConcurrentQueue<(string Tenant, string[] Scopes)> Requests { get; } = new();

    public Exception? Fail { get; set; }

    public TokenCredential? ForTenant(string tenantId) => new Credential(this, tenantId);

    private sealed class Credential(RecordingCredentials owner, string tenant) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            owner.Requests.Enqueue((tenant, requestContext.Scopes));
            if (owner.Fail is { } fail) throw fail;
            return ValueTask.FromResult(new AccessToken(owner.Token, DateTimeOffset.UtcNow.AddHours(1)));
        }
    }

    private string Token => token;
}
