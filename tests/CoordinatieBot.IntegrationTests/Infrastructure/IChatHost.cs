namespace CoordinatieBot.IntegrationTests.Infrastructure;

/// <summary>A bot a <see cref="Chat"/> talks to: in this process (<see cref="BotApp"/>) or as its own process (<see cref="BotProcess"/>).</summary>
public interface IChatHost
{
    FakeConnector Connector { get; }

    /// <summary>The bot's time, for the activities' timestamps.</summary>
    DateTimeOffset Now { get; }

    /// <summary>Waits until the bot has answered everything it accepted.</summary>
    Task IdleAsync();
}
