namespace CoordinatieBot.Teams.Connector;

/// <summary>Used when authentication is disabled for local testing (Agents Playground accepts unauthenticated calls).</summary>
public sealed class NoTokenProvider : IBotTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
