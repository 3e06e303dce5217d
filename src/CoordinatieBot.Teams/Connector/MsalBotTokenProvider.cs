using CoordinatieBot.Teams.Auth;
using Microsoft.Identity.Client;

namespace CoordinatieBot.Teams.Connector;

/// <summary>Client-credentials token for the Bot Connector; MSAL's in-memory cache reuses it until shortly before expiry.</summary>
public sealed class MsalBotTokenProvider : IBotTokenProvider
{
    public const string BotConnectorScope = "https://api.botframework.com/.default";

    private static readonly string[] Scopes = [BotConnectorScope];
    private readonly IConfidentialClientApplication _app;

    public MsalBotTokenProvider(BotAuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.AppId) || string.IsNullOrWhiteSpace(options.AppPassword))
        {
            throw new InvalidOperationException("MicrosoftAppId and MicrosoftAppPassword are required to call the Bot Connector.");
        }

        _app = ConfidentialClientApplicationBuilder.Create(options.AppId)
            .WithClientSecret(options.AppPassword)
            .WithAuthority(options.TokenAuthority, validateAuthority: true)
            .Build();
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await _app.AcquireTokenForClient(Scopes).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return result.AccessToken;
    }
}
