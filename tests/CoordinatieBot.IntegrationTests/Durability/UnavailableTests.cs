using System.Net;
using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Durability;

/// <summary>What the Connector hears when the bot cannot promise to keep a message: 503, and when to try again.</summary>
public class UnavailableTests
{
    [Fact]
    public async Task A_message_the_inbox_cannot_keep_is_refused_with_503_and_a_retry_after()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApp(connector, new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = TestStorage.ForPort(TestStorage.FreePort()),
            ["Storage:CreateTablesAtStartup"] = "false",
        });
        var chat = new Chat(app, app.CreateClient(), "19:unavailable@thread.v2");

        var response = await chat.PostAsync(chat.Message(Persona.Piet, "taak: ik bel de school voor vrijdag", "m-unavailable"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter?.Delta);
        Assert.DoesNotContain(connector.Calls, c => c.Text is not null); // nothing was promised, so nothing is said
    }
}
