using CoordinatieBot.Teams.Auth;
using CoordinatieBot.Teams.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoordinatieBot.Teams;

public static class TeamsProtocolServiceCollectionExtensions
{
    public const string OpenIdMetadataHttpClientName = "CoordinatieBot.Teams.OpenIdMetadata";

    /// <summary>
    /// Registers inbound authentication, serviceUrl trust, the outbound token provider and the Connector client.
    /// Throws at registration when the configuration is unusable (e.g. no MicrosoftAppId outside Development).
    /// </summary>
    public static IServiceCollection AddTeamsProtocol(this IServiceCollection services, IConfiguration configuration, bool isDevelopment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var authOptions = BotAuthOptions.FromConfiguration(configuration);
        authOptions.Validate(isDevelopment);
        services.AddSingleton(authOptions);
        services.AddOptions<ConnectorClientOptions>().Bind(configuration.GetSection(ConnectorClientOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConnectorClientOptions>, ConnectorClientOptionsValidator>());
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<ConnectorClientOptions>>().Value);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IServiceUrlTrust>(new InMemoryServiceUrlTrust(authOptions.AllowedServiceUrls));

        if (authOptions.IsAuthDisabled(isDevelopment))
        {
            services.AddSingleton<IInboundAuthenticator, DisabledAuthenticator>();
            services.AddSingleton<IBotTokenProvider, NoTokenProvider>();
        }
        else
        {
            services.AddHttpClient(OpenIdMetadataHttpClientName);
            services.AddSingleton<IInboundAuthenticator>(sp => new BotFrameworkAuthenticator(
                authOptions,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<BotFrameworkAuthenticator>>(),
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(OpenIdMetadataHttpClientName)));
            services.AddSingleton<IBotTokenProvider>(new MsalBotTokenProvider(authOptions));
        }

        // Retry waits are real waits on the wire, not the bot's (possibly moved) domain clock: TimeProvider.System.
        services.AddHttpClient<IConnectorClient, ConnectorClient>(client => client.Timeout = TimeSpan.FromSeconds(30))
            .AddTypedClient<IConnectorClient>((http, sp) => new ConnectorClient(http, sp.GetRequiredService<IServiceUrlTrust>(),
                sp.GetRequiredService<IBotTokenProvider>(), sp.GetRequiredService<ConnectorClientOptions>(), TimeProvider.System,
                sp.GetRequiredService<ILogger<ConnectorClient>>()));
        return services;
    }
}
