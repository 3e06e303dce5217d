using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Escalation;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Settings;
using CoordinatieBot.Development;
using CoordinatieBot.Domain;
using CoordinatieBot.Scheduling;
using CoordinatieBot.Storage;
using CoordinatieBot.Storage.Inbox;
using CoordinatieBot.Storage.Tables;
using CoordinatieBot.Teams;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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

        // Adapters: each registers itself, with its settings checked at start-up.
        services.AddTeams(config, builder.Environment.IsDevelopment());
        services.AddStorage(config);
        // SIGTERM: stop accepting (503), finish or hand back what was accepted, then exit; App Service waits for this.
        services.Configure<HostOptions>(o => o.ShutdownTimeout = config.GetValue("Bot:ShutdownTimeout", DefaultShutdownTimeout));

        // ---- Conversation layer: settings (Coordination:*, Escalation:*), bound and checked the same way as every other.
        services.AddSettings<CoordinationOptions, CoordinationOptionsValidator>(config, CoordinationOptions.Section);
        services.AddSettings<ProcesmanagerOptions, ProcesmanagerOptionsValidator>(config, CoordinationOptions.Section);
        services.AddSettings<EscalationOptions, EscalationOptionsValidator>(config, EscalationOptions.Section);

        // ---- Conversation layer: coordination (the turns in a family's chat, every concept's operations).
        services.AddCoordination();

        // ---- Conversation layer: escalation (the ladder, notices, reports, the sweep).
        services.AddSingleton(sp => new EscalationPolicy(sp.GetRequiredService<IOptions<EscalationOptions>>().Value));
        services.AddSingleton<ProcesmanagerResolver>();
        services.AddSingleton<GuardResolver>();
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

    /// <summary>
    /// How every options class of the conversation layer is bound: from its section, checked by its validator when the
    /// host starts (a bad value stops start-up with a message naming the setting). Storage and Teams do the same in
    /// AddStorage and AddTeams.
    /// </summary>
    public static IServiceCollection AddSettings<TOptions, TValidator>(this IServiceCollection services, IConfiguration config, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().Bind(config.GetSection(section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        return services;
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
            // A bad setting (OptionsValidationException) is not storage starting up: it stops start-up at once.
            catch (Exception e) when (attempt < 10 && e is not (OperationCanceledException or OptionsValidationException))
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
