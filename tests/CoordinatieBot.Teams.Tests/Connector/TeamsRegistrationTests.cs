using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Teams.Bot;
using CoordinatieBot.Teams.Bot.Inbox;
using CoordinatieBot.Teams.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CoordinatieBot.Teams.Tests.Connector;

public class TeamsRegistrationTests
{
    [Fact]
    public void One_call_registers_the_whole_Teams_side()
    {
        var services = Services(new()
        {
            ["Bot:AllowedTenants:0"] = "tenant-1",
            ["Bot:Connector:ProactiveRatePerSecond"] = "5",
        });

        Assert.Contains(services, d => d.ServiceType == typeof(INoticeSender) && d.ImplementationType == typeof(TeamsNoticeSender));
        Assert.Contains(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(InboxPoller));
        Assert.Contains(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(TurnQueueWorker));
        Assert.Contains(services, d => d.ServiceType == typeof(IPeopleDirectory));
        Assert.Contains(services, d => d.ServiceType == typeof(MentionVerifier));
        using var provider = services.BuildServiceProvider();
        Assert.False(provider.GetRequiredService<TenantPolicy>().IsAllowed("tenant-2"));
        Assert.Equal(5, provider.GetRequiredService<ConnectorClientOptions>().ProactiveRatePerSecond);
        Assert.NotNull(provider.GetRequiredService<ProactivePacer>());
    }

    [Fact]
    public void A_bad_connector_setting_is_refused_with_its_name()
    {
        using var provider = Services(new() { ["Bot:Connector:MaxAttempts"] = "0", ["Bot:Connector:MaxDelay"] = "00:00:00.100" }).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ConnectorClientOptions>());

        Assert.Contains("Bot:Connector:MaxAttempts must be 1 or more, not 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("Bot:Connector:MaxDelay ('00:00:00.1000000') must not be shorter than Bot:Connector:BaseDelay", error.Message, StringComparison.Ordinal);
    }

    private static ServiceCollection Services(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTeams(configuration, isDevelopment: true);
        return services;
    }
}
