using Azure.Core;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Teams.Auth;
using CoordinatieBot.Teams.Graph;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Kiota.Abstractions;

namespace CoordinatieBot.Teams.Tests.Graph;

public class GraphRegistrationTests
{
    private const string Tenant = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

    [Fact]
    public async Task Development_without_an_app_id_gets_a_directory_that_says_it_is_not_configured()
    {
        var directory = Build(new() { ["MicrosoftAppId"] = "" }, isDevelopment: true);

        var lookup = await directory.GetManagerAsync(Tenant, Guid.NewGuid().ToString(), default);

        Assert.IsType<UnavailablePeopleDirectory>(directory);
        Assert.Equal(PersonLookupOutcome.Unavailable, lookup.Outcome);
        Assert.Contains("not configured", lookup.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_can_be_switched_off()
    {
        var directory = Build(Configured(new() { ["Graph:Enabled"] = "false" }), isDevelopment: false);

        Assert.Contains("switched off", (await directory.GetPersonAsync(Tenant, Guid.NewGuid().ToString(), default)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Configured_credentials_register_Graph_with_client_secret_credentials()
    {
        using var provider = Provider(Configured(new()), isDevelopment: false);

        Assert.IsType<GraphPeopleDirectory>(provider.GetRequiredService<IPeopleDirectory>());
        Assert.IsType<ClientSecretGraphCredentials>(provider.GetRequiredService<IGraphCredentialSource>());
    }

    [Theory]
    [InlineData("ftp://graph.example/v1.0")]
    [InlineData("http://graph.example/v1.0")]
    [InlineData("not a url")]
    public void A_base_url_that_is_not_https_or_loopback_is_refused(string url)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Build(Configured(new() { ["Graph:BaseUrl"] = url }), isDevelopment: false));
        Assert.Contains("Graph:BaseUrl", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_tenant_bot_asks_only_its_own_tenant()
    {
        var credentials = new ClientSecretGraphCredentials(BotAuthOptions.FromConfiguration(Config(Configured(new()))));

        Assert.IsType<Azure.Identity.ClientSecretCredential>(credentials.ForTenant(Tenant));
        Assert.Same(credentials.ForTenant(Tenant), credentials.ForTenant(Tenant.ToUpperInvariant()));
        Assert.Null(credentials.ForTenant("ffffffff-bbbb-cccc-dddd-eeeeeeeeeeee"));
    }

    [Fact]
    public void A_multi_tenant_bot_asks_the_conversation_tenant_but_never_with_a_strange_tenant_id()
    {
        var credentials = new ClientSecretGraphCredentials(BotAuthOptions.FromConfiguration(Config(Configured(new() { ["MicrosoftAppType"] = "MultiTenant" }))));

        Assert.NotNull(credentials.ForTenant("ffffffff-bbbb-cccc-dddd-eeeeeeeeeeee"));
        Assert.NotNull(credentials.ForTenant("contoso.onmicrosoft.com"));
        Assert.Null(credentials.ForTenant("../common/oauth2"));
        Assert.Null(credentials.ForTenant(""));
    }

    [Fact]
    public async Task The_auth_provider_asks_the_Graph_scope_and_sets_the_bearer_header()
    {
        var credentials = new RecordingCredentials("abc");
        var provider = new GraphTokenAuthenticationProvider(credentials.ForTenant(Tenant)!, GraphOptions.DefaultScope, new Uri(GraphOptions.DefaultBaseUrl));
        var request = new RequestInformation { HttpMethod = Method.GET, URI = new Uri("https://graph.microsoft.com/v1.0/users/x") };

        await provider.AuthenticateRequestAsync(request);

        Assert.Equal(["Bearer abc"], request.Headers["Authorization"]);
        Assert.Equal(["https://graph.microsoft.com/.default"], Assert.Single(credentials.Requests).Scopes);
    }

    [Theory]
    [InlineData("https://evil.example/v1.0/users/x")]
    [InlineData("http://graph.microsoft.com/v1.0/users/x")]
    public async Task The_auth_provider_never_sends_the_token_elsewhere_or_in_the_clear(string url)
    {
        var credentials = new RecordingCredentials("abc");
        var provider = new GraphTokenAuthenticationProvider(credentials.ForTenant(Tenant)!, GraphOptions.DefaultScope, new Uri(GraphOptions.DefaultBaseUrl));
        var request = new RequestInformation { HttpMethod = Method.GET, URI = new Uri(url) };

        await Assert.ThrowsAsync<InvalidOperationException>(() => provider.AuthenticateRequestAsync(request));
        Assert.Empty(credentials.Requests);
    }

    private static Dictionary<string, string?> Configured(Dictionary<string, string?> extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = Tenant,
        };
        foreach (var (k, v) in extra) settings[k] = v;
        return settings;
    }

    private static IConfiguration Config(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private static ServiceProvider Provider(Dictionary<string, string?> settings, bool isDevelopment)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddGraphDirectory(Config(settings), isDevelopment);
        return services.BuildServiceProvider();
    }

    private static IPeopleDirectory Build(Dictionary<string, string?> settings, bool isDevelopment) =>
        Provider(settings, isDevelopment).GetRequiredService<IPeopleDirectory>();
}
