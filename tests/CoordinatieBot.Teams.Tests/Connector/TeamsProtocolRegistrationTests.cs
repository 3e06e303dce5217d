using CoordinatieBot.Teams.Auth;
using CoordinatieBot.Teams.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoordinatieBot.Teams.Tests.Connector;

public class TeamsProtocolRegistrationTests
{
    [Fact]
    public void Development_without_app_id_registers_disabled_auth_and_no_token()
    {
        using var provider = Build(new(), isDevelopment: true);

        Assert.IsType<DisabledAuthenticator>(provider.GetRequiredService<IInboundAuthenticator>());
        Assert.IsType<NoTokenProvider>(provider.GetRequiredService<IBotTokenProvider>());
        Assert.IsType<ConnectorClient>(provider.GetRequiredService<IConnectorClient>());
    }

    [Fact]
    public void Production_without_app_id_refuses_to_start()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Build(new(), isDevelopment: false));

        Assert.Contains("MicrosoftAppId is empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configured_bot_registers_jwt_auth_msal_and_trusted_service_urls()
    {
        using var provider = Build(
            new()
            {
                ["MicrosoftAppType"] = "SingleTenant",
                ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
                ["MicrosoftAppPassword"] = "secret",
                ["MicrosoftAppTenantId"] = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
                ["Bot:AllowedServiceUrls:0"] = "https://smba.trafficmanager.net/emea/",
                ["Bot:Connector:MaxAttempts"] = "6",
            },
            isDevelopment: false);

        Assert.IsType<BotFrameworkAuthenticator>(provider.GetRequiredService<IInboundAuthenticator>());
        Assert.IsType<MsalBotTokenProvider>(provider.GetRequiredService<IBotTokenProvider>());
        Assert.True(provider.GetRequiredService<IServiceUrlTrust>().IsTrusted("https://smba.trafficmanager.net/emea/"));
        Assert.Equal(6, provider.GetRequiredService<ConnectorClientOptions>().MaxAttempts);
        Assert.IsType<ConnectorClient>(provider.GetRequiredService<IConnectorClient>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> values, bool isDevelopment)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTeamsProtocol(configuration, isDevelopment);
        return services.BuildServiceProvider();
    }
}
