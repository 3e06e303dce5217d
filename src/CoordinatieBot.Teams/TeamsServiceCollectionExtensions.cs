using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Teams.Auth;
using CoordinatieBot.Teams.Bot;
using CoordinatieBot.Teams.Bot.Inbox;
using CoordinatieBot.Teams.Connector;
using CoordinatieBot.Teams.Graph;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// The whole Teams side in one call: the protocol (inbound auth, Connector client), the Graph people directory,
    /// the tenant policy (Bot:AllowedTenants), the tabs' Teams SSO sign-in, the turn queue and the inbox poller that feed the bot, the handler of
    /// turns, and the sender of notices. Throws at registration when the bot's identity is unusable
    /// (see <see cref="TeamsProtocolServiceCollectionExtensions.AddTeamsProtocol"/>).
    /// </summary>
    public static IServiceCollection AddTeams(this IServiceCollection services, IConfiguration configuration, bool isDevelopment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddTeamsProtocol(configuration, isDevelopment);
        services.AddGraphDirectory(configuration, isDevelopment);
        services.AddSingleton(new TenantPolicy(configuration.GetSection("Bot:AllowedTenants").Get<string[]>() ?? []));

        // The tabs' sign-in: Teams SSO tokens, validated as the bot's own tokens are (on exactly when the bot's auth is).
        var authOn = !BotAuthOptions.FromConfiguration(configuration).IsAuthDisabled(isDevelopment);
        services.AddHttpClient(TeamsProtocolServiceCollectionExtensions.OpenIdMetadataHttpClientName);
        services.AddSingleton(sp => new TeamsSsoValidator(
            sp.GetRequiredService<BotAuthOptions>(),
            TeamsSsoOptions.FromConfiguration(configuration),
            sp.GetRequiredService<TenantPolicy>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<TeamsSsoValidator>>(),
            authOn,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(TeamsProtocolServiceCollectionExtensions.OpenIdMetadataHttpClientName)));
        services.AddSingleton<LivingPlanCard>();

        // Turns: accepted activities wait in the inbox, the poller hands them to the queue, the worker runs them.
        services.AddSingleton(_ => new TurnQueue()); // the process clock, not a moved development clock
        services.AddHostedService<TurnQueueWorker>();
        services.AddSingleton<BotTurnHandler>();
        services.AddSingleton<MessageExtensionHandler>();
        services.AddSingleton<FamilyPlanDialog>();
        services.AddSingleton<InboxTurns>();
        services.AddSingleton<RecentActivities>();
        services.AddHostedService<InboxPoller>();
        services.AddSingleton<MentionVerifier>();

        // What the bot says unasked, paced per tenant (Bot:Connector:ProactiveRatePerSecond).
        services.AddSingleton(sp => new ProactivePacer(sp.GetRequiredService<ConnectorClientOptions>().ProactiveRatePerSecond));
        services.AddSingleton<INoticeSender, TeamsNoticeSender>();
        return services;
    }
}
