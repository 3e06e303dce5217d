using CoordinatieBot.Teams.Protocol;

namespace CoordinatieBot.Teams.Auth;

/// <summary>Accepts everything. Only registered for Development without an app id (Agents Playground sends no token).</summary>
public sealed class DisabledAuthenticator : IInboundAuthenticator
{
    public Task<AuthResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(AuthResult.Success(null));
}
