using CoordinatieBot.Teams.Protocol;

namespace CoordinatieBot.Teams.Auth;

/// <summary>Decides whether an inbound activity really comes from the Bot Connector. Never throws for bad input.</summary>
public interface IInboundAuthenticator
{
    Task<AuthResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}
