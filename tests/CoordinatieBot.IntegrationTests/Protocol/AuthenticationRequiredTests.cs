using System.Net;
using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Protocol;

public class AuthenticationRequiredTests
{
    [Fact]
    public async Task With_an_app_id_a_post_without_a_token_is_a_401_and_nothing_is_sent()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApp(connector, new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "not-used-in-this-test",
            ["MicrosoftAppTenantId"] = "tenant-1",
        });
        var http = app.CreateClient();
        var chat = new Chat(app, http, "19:auth@thread.v2");

        var response = await chat.PostAsync(chat.Message(Persona.Piet, "help", "m1"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "not.a.jwt");
        Assert.Equal(HttpStatusCode.Unauthorized, (await chat.PostAsync(chat.Message(Persona.Piet, "help", "m2"))).StatusCode);

        await app.IdleAsync();
        Assert.Empty(connector.Calls);
    }

    [Fact]
    public async Task Outside_Development_an_empty_app_id_stops_start_up_with_a_clear_message()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApp(connector, new Dictionary<string, string?> { ["Environment"] = "Production" });
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("MicrosoftAppId", Flatten(error));
    }

    [Fact]
    public async Task Health_is_503_when_storage_is_down()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApp(connector, new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = TestStorage.ForPort(TestStorage.FreePort()),
            ["Storage:CreateTablesAtStartup"] = "false",
        });
        var response = await app.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " " + Flatten(e.InnerException);
}
