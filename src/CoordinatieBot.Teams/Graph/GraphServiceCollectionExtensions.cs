using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Teams.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;

namespace CoordinatieBot.Teams.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IPeopleDirectory"/>: Microsoft Graph with the bot's client credentials, or, when there are
    /// no credentials (Development with an empty MicrosoftAppId) or Graph:Enabled is false, a directory that answers
    /// Unavailable with the reason.
    /// </summary>
    public static IServiceCollection AddGraphDirectory(this IServiceCollection services, IConfiguration configuration, bool isDevelopment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var options = GraphOptions.FromConfiguration(configuration);
        var auth = BotAuthOptions.FromConfiguration(configuration);

        if (!options.Enabled)
        {
            services.AddSingleton<IPeopleDirectory>(new UnavailablePeopleDirectory("Graph lookups are switched off (Graph:Enabled is false)"));
            return services;
        }

        if (string.IsNullOrWhiteSpace(auth.AppId) || string.IsNullOrWhiteSpace(auth.AppPassword))
        {
            // Outside Development AddTeamsProtocol already refuses an empty app id; this is local testing.
            var why = isDevelopment
                ? "Graph is not configured: no MicrosoftAppId/MicrosoftAppPassword (local Development)"
                : "Graph is not configured: no MicrosoftAppId/MicrosoftAppPassword";
            services.AddSingleton<IPeopleDirectory>(new UnavailablePeopleDirectory(why));
            return services;
        }

        options.Validate();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.TryAddSingleton<IGraphCredentialSource>(new ClientSecretGraphCredentials(auth));
        services.AddGraphHttpClient(options);
        services.AddSingleton<IPeopleDirectory>(sp => new GraphPeopleDirectory(
            options,
            sp.GetRequiredService<IGraphCredentialSource>(),
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<GraphPeopleDirectory>>()));
        return services;
    }

    /// <summary>
    /// The HttpClient Graph is called with: the Graph SDK's default handlers except its retry handler (a lookup gives
    /// up quickly and answers Unavailable instead of waiting), and the lookup timeout.
    /// </summary>
    internal static IServiceCollection AddGraphHttpClient(this IServiceCollection services, GraphOptions options)
    {
        services.AddHttpClient(GraphPeopleDirectory.HttpClientName, client => client.Timeout = options.Timeout + TimeSpan.FromSeconds(1))
            .ConfigureAdditionalHttpMessageHandlers((handlers, _) =>
            {
                foreach (var handler in GraphClientFactory.CreateDefaultHandlers())
                {
                    if (handler is RetryHandler) handler.Dispose();
                    else handlers.Add(handler);
                }
            });
        return services;
    }
}
