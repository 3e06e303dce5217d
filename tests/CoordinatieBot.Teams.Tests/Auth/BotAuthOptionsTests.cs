using CoordinatieBot.Teams.Auth;
using Microsoft.Extensions.Configuration;

namespace CoordinatieBot.Teams.Tests.Auth;

public class BotAuthOptionsTests
{
    [Fact]
    public void Binds_root_keys_and_bot_section()
    {
        var options = BotAuthOptions.FromConfiguration(Config(new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "app-1",
            ["MicrosoftAppPassword"] = "pw",
            ["MicrosoftAppTenantId"] = "tenant-1",
            ["Bot:OpenIdMetadataUrl"] = "https://meta.example/openid",
            ["Bot:EntraOpenIdMetadataUrlTemplate"] = "https://entra.example/{tenantId}/meta",
            ["Bot:OAuthAuthorityHost"] = "https://login.example/",
            ["Bot:AllowedServiceUrls:0"] = "https://smba.trafficmanager.net/emea/",
            ["Bot:AllowedServiceUrls:1"] = "https://smba.trafficmanager.net/amer/",
        }));

        Assert.True(options.IsSingleTenant);
        Assert.Equal("app-1", options.AppId);
        Assert.Equal("pw", options.AppPassword);
        Assert.Equal("https://meta.example/openid", options.OpenIdMetadataUrl);
        Assert.Equal("https://entra.example/tenant-1/meta", options.EntraOpenIdMetadataUrl);
        Assert.Equal("https://login.example/tenant-1", options.TokenAuthority);
        Assert.Equal(["https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/amer/"], options.AllowedServiceUrls);
        Assert.True(options.RequireHttpsMetadata);
    }

    [Fact]
    public void Defaults_point_at_the_public_endpoints()
    {
        var options = BotAuthOptions.FromConfiguration(Config(new() { ["MicrosoftAppId"] = "app-1" }));

        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.OpenIdMetadataUrl);
        Assert.Equal("https://login.microsoftonline.com/botframework.com", options.TokenAuthority);
        Assert.False(options.IsSingleTenant);
        Assert.Empty(options.AllowedServiceUrls);
    }

    [Theory]
    [InlineData(true, null, true)]
    [InlineData(true, "", true)]
    [InlineData(true, "app-1", false)]
    [InlineData(false, null, false)]
    [InlineData(false, "app-1", false)]
    public void Auth_is_disabled_only_in_development_without_app_id(bool isDevelopment, string? appId, bool disabled)
    {
        var options = BotAuthOptions.FromConfiguration(Config(new() { ["MicrosoftAppId"] = appId }));

        Assert.Equal(disabled, options.IsAuthDisabled(isDevelopment));
    }

    [Fact]
    public void Empty_app_id_outside_development_is_refused_with_a_clear_message()
    {
        var options = BotAuthOptions.FromConfiguration(Config(new()));

        var ex = Assert.Throws<InvalidOperationException>(() => options.Validate(environmentIsDevelopment: false));
        Assert.Equal("MicrosoftAppId is empty: set it, or run in Development for local testing without authentication", ex.Message);
        options.Validate(environmentIsDevelopment: true);
    }

    [Fact]
    public void SingleTenant_without_tenant_id_is_refused()
    {
        var options = BotAuthOptions.FromConfiguration(Config(new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "app-1",
            ["MicrosoftAppPassword"] = "pw",
        }));

        Assert.Throws<InvalidOperationException>(() => options.Validate(environmentIsDevelopment: false));
    }

    [Fact]
    public void App_id_without_password_is_refused()
    {
        var options = BotAuthOptions.FromConfiguration(Config(new() { ["MicrosoftAppId"] = "app-1" }));

        Assert.Throws<InvalidOperationException>(() => options.Validate(environmentIsDevelopment: true));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/emea", true)]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://smba.trafficmanager.net/emea//", "https://smba.trafficmanager.net/emea", false)]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://SMBA.trafficmanager.net/emea/", false)]
    [InlineData("https://smba.trafficmanager.net/emea/", null, false)]
    public void ServiceUrl_comparison_is_ordinal_ignoring_one_trailing_slash(string left, string? right, bool same) =>
        Assert.Equal(same, ServiceUrlComparison.AreSame(left, right));

    private static IConfiguration Config(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
