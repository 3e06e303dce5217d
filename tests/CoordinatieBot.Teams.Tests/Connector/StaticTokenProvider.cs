using CoordinatieBot.Teams.Connector;

namespace CoordinatieBot.Teams.Tests.Connector;

internal sealed class StaticTokenProvider(string token) : IBotTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(token);
}
