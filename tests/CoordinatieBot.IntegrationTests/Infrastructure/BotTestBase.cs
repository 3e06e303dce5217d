namespace CoordinatieBot.IntegrationTests.Infrastructure;

/// <summary>A fresh bot, fake connector and table prefix per test class instance.</summary>
public abstract class BotTestBase : IAsyncLifetime
{
    protected FakeConnector Connector { get; private set; } = null!;
    protected BotApp App { get; private set; } = null!;
    protected HttpClient Http { get; private set; } = null!;

    /// <summary>Settings this test class adds to the bot's (e.g. a default coördinator risicogezinnen).</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        App = new BotApp(Connector, Settings);
        Http = App.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Connector.DisposeAsync();
    }

    protected Chat GroupChat(string id = "19:vlinder@thread.v2", string tenant = "tenant-1") => new(App, Http, id, "groupChat", tenant);

    protected Chat Personal(Persona user, string tenant = "tenant-1") => new(App, Http, $"a:1on1-{user.Id}", "personal", tenant);

    /// <summary>A group chat with family Vlinder and Piet as regisseur.</summary>
    protected async Task<Chat> VlinderAsync()
    {
        var chat = GroupChat();
        await chat.SayAsync(Persona.Piet, "start gezin Vlinder");
        await chat.SayAsync(Persona.Piet, "ik neem de regie");
        return chat;
    }
}
