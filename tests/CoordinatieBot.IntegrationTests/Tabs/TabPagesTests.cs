using System.Net;
using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Tabs;

/// <summary>The tab pages are served by the bot's own host, with a policy that lets only Teams show them in a frame.</summary>
public sealed class TabPagesTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task The_pages_are_served_with_their_own_scripts_only_and_framed_by_Teams_alone(string environment)
    {
        await using var connector = await FakeConnector.StartAsync();
        var settings = new Dictionary<string, string?> { ["Environment"] = environment };
        if (environment == "Production")
        {
            settings["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555";
            settings["MicrosoftAppPassword"] = "not-used";
            settings["MicrosoftAppType"] = "MultiTenant";
        }
        await using var app = new BotApp(connector, settings);
        var http = app.CreateClient();

        foreach (var page in new[] { "/tabs/tasks.html", "/tabs/overview.html", "/tabs/familyplan.html" })
        {
            var response = await http.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self';", policy);
            Assert.DoesNotContain("unsafe-inline", policy);
            Assert.Contains("frame-ancestors", policy);
            Assert.Contains("https://teams.microsoft.com", policy);
            Assert.Equal(environment == "Development", policy.Contains("http://localhost:*", StringComparison.Ordinal));
            Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script>", html); // every script is a file: nothing inline for the policy to allow
        }
    }
}
