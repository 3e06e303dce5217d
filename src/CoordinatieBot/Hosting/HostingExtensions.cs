using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Escalation;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Development;
using CoordinatieBot.Domain;
using CoordinatieBot.Scheduling;
using Microsoft.Extensions.Options;
using CoordinatieBot.Storage;
using CoordinatieBot.Storage.Tables;
using CoordinatieBot.Teams;
using CoordinatieBot.Teams.Bot;
using CoordinatieBot.Teams.Bot.Inbox;
using CoordinatieBot.Storage.Inbox;
using CoordinatieBot.Teams.Graph;

namespace CoordinatieBot.Hosting;

public static class HostingExtensions
{
    /// <summary>Below the grace period App Service gives a stopping container, so the host exits on its own.</summary>
    public static readonly TimeSpan DefaultShutdownTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Everything the bot needs: protocol, storage, the conversation layer and the turn queue.</summary>
    public static WebApplicationBuilder AddCoordinatieBot(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var config = builder.Configuration;

        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 2 * 1024 * 1024);
        services.AddProblemDetails();
        builder.AddTelemetry();
        // In Development the clock can be moved (POST /api/dev/clock) to try weeks of timers in minutes.
        if (builder.Environment.IsDevelopment()) services.AddSingleton<TimeProvider>(new DevClock());
        else services.AddSingleton(TimeProvider.System);

        services.AddTeamsProtocol(config, builder.Environment.IsDevelopment());
        services.AddGraphDirectory(config, builder.Environment.IsDevelopment());
        services.AddSingleton(new TenantPolicy(config.GetSection("Bot:AllowedTenants").Get<string[]>() ?? []));
        services.AddSingleton(_ => new TurnQueue()); // the process clock, not the DevClock
        services.AddHostedService<TurnQueueWorker>();
        services.AddSingleton<BotTurnHandler>();
        services.AddSingleton<InboxTurns>();
        services.AddSingleton<RecentActivities>();
        services.AddHostedService<InboxPoller>();
        // SIGTERM: stop accepting (503), finish or hand back what was accepted, then exit; App Service waits for this.
        services.Configure<HostOptions>(o => o.ShutdownTimeout = config.GetValue("Bot:ShutdownTimeout", DefaultShutdownTimeout));

        services.Configure<StorageOptions>(config.GetSection(StorageOptions.Section));
        services.AddTableStorage();

        services.Configure<CoordinationOptions>(config.GetSection(CoordinationOptions.Section));
        services.AddSingleton<StripedLock>();
        services.AddSingleton<FamilyTurns>();
        services.AddSingleton<CoordinationService>();
        services.AddCommandHandlers();

        services.Configure<EscalationOptions>(config.GetSection(EscalationOptions.Section));
        services.Configure<ProcesmanagerOptions>(config.GetSection(CoordinationOptions.Section));
        services.AddSingleton(sp => new EscalationPolicy(sp.GetRequiredService<IOptions<EscalationOptions>>().Value));
        services.AddSingleton<ProcesmanagerResolver>();
        services.AddSingleton(new ProactivePacer(config.GetValue("Bot:Connector:ProactiveRatePerSecond", ProactivePacer.DefaultRatePerSecond)));
        services.AddSingleton<INoticeSender, TeamsNoticeSender>();
        services.AddSingleton<NoticeRouter>();
        services.AddSingleton<MyTasksReader>();
        services.AddSingleton<PeriodicReports>();
        services.AddSingleton(_ => new NoticeQueue());
        services.AddSingleton<NoticeWorker>();
        services.AddHostedService<NoticeWorkerService>();
        services.AddSingleton<EscalationSweeper>();
        if (config.GetValue("Escalation:SchedulerEnabled", true)) services.AddHostedService<SweepScheduler>();
        return builder;
    }

    /// <summary>Creates the tables and the inbox queue; retries for a while so the bot can start together with its storage.</summary>
    public static async Task CreateTablesAsync(this IServiceProvider services, CancellationToken ct)
    {
        var tables = services.GetRequiredService<TableSet>();
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("Startup");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await tables.CreateAllAsync(ct);
                await services.GetRequiredService<QueueInbox>().CreateIfNotExistsAsync(ct);
                return;
            }
            catch (Exception e) when (attempt < 10 && e is not OperationCanceledException)
            {
                log.LogWarning("Storage not reachable yet (attempt {Attempt}): {Error}", attempt, e.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), ct);
            }
        }
    }

    /// <summary>GET /healthz: 200 when storage answers, 503 when it does not.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (TableSet tables, CancellationToken ct) =>
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            try
            {
                await foreach (var _ in tables.Service.QueryAsync(maxPerPage: 1, cancellationToken: timeout.Token).AsPages())
                    break;
                return Results.Ok(new { status = "ok", storage = "reachable" });
            }
            catch (Exception)
            {
                return Results.Json(new { status = "degraded", storage = "unreachable" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return app;
    }
}
