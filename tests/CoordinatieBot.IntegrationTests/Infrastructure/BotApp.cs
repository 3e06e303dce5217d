using CoordinatieBot.Teams.Bot;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoordinatieBot.IntegrationTests.Infrastructure;

/// <summary>
/// The real bot (its whole HTTP pipeline) in Development with an empty app id, on Azurite with its own
/// table prefix, a fake clock, and a local fake connector that receives everything it sends.
/// </summary>
public sealed class BotApp : WebApplicationFactory<Program>, IChatHost
{
    /// <summary>Wednesday 25 November 2026, 09:00 in Amsterdam.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(1));

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _testServices;

    public BotApp(FakeConnector connector, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? testServices = null)
    {
        Connector = connector;
        _testServices = testServices;
        _settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "",
            ["Storage:ConnectionString"] = TestStorage.ConnectionString,
            ["Storage:TablePrefix"] = TestStorage.NewPrefix(),
            ["Bot:Connector:BaseDelay"] = "00:00:00.010",
            ["Bot:Connector:MaxDelay"] = "00:00:00.050",
            // Tests count the connector's calls; a loaded machine must not add "…is typing" to them (TypingTests turn it on).
            ["Bot:Connector:TypingAfter"] = "00:00:00",
            // A turn that met a storage outage is tried again soon, not after the 2 s of production.
            ["Storage:InboxRetryDelay"] = "00:00:00.050",
            // Sweeps run when a test asks (POST /api/dev/sweep), not when the fake clock moves.
            ["Escalation:SchedulerEnabled"] = "false",
            // Retention runs when a test asks (POST /api/dev/retention).
            ["Privacy:RetentionJobEnabled"] = "false",
            ["Coordination:DefaultProcesmanager:AadObjectId"] = Persona.Karin.AadObjectId,
            ["Coordination:DefaultProcesmanager:Name"] = "Karin Procesmanager",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public FakeConnector Connector { get; }

    public DateTimeOffset Now => Clock.GetUtcNow();

    /// <summary>This bot's table prefix: a second host on the same storage uses it too.</summary>
    public string Prefix => _settings["Storage:TablePrefix"]!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_settings.TryGetValue("Environment", out var env) && env is not null ? env : "Development");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            _testServices?.Invoke(services);
        });
    }

    /// <summary>Waits until every accepted turn has been answered.</summary>
    public async Task IdleAsync()
    {
        var queue = Services.GetRequiredService<TurnQueue>();
        var inbox = Services.GetRequiredService<CoordinatieBot.Teams.Bot.Inbox.InboxTurns>();
        var until = DateTime.UtcNow.AddSeconds(60);
        // A turn given back for a retry (storage out of reach) is not finished either: wait until it ran again.
        while (!await queue.DrainAsync(TimeSpan.FromSeconds(1)) || inbox.Retrying > 0)
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("The bot was still busy with accepted turns after 60 s");
            await Task.Delay(10);
        }
    }
}
