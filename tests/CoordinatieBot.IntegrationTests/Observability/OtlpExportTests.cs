using System.Collections.Concurrent;
using System.Net;
using System.Text;
using CoordinatieBot.Hosting;
using CoordinatieBot.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CoordinatieBot.IntegrationTests.Observability;

/// <summary>With an OTLP endpoint configured the bot exports traces, metrics and logs there; what goes over the wire carries no names.</summary>
[Collection(ObservabilityCollection.Name)]
public sealed class OtlpExportTests
{
    [Fact]
    public async Task Traces_metrics_and_logs_are_exported_by_OTLP_when_an_endpoint_is_configured_and_carry_no_names()
    {
        await using var collector = await FakeOtlpCollector.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        var app = new BotApp(connector, new Dictionary<string, string?>
        {
            ["OpenTelemetry:OtlpEndpoint"] = collector.Url,
            ["OpenTelemetry:OtlpProtocol"] = "http/protobuf",
        });
        var chat = new Chat(app, app.CreateClient(), "19:otlp-chat-1c2d@thread.v2");
        await chat.SayAsync(Persona.Piet, "start gezin Vlinder");
        await chat.SayAsync(Persona.Piet, "taak: ik bel morgen de school");
        // Flushed before the shutdown, and waited for: a shutdown alone gives the exporters a few seconds, which a
        // busy machine can miss (the test then saw nothing arrive).
        app.Services.GetRequiredService<TracerProvider>().ForceFlush(30_000);
        app.Services.GetRequiredService<MeterProvider>().ForceFlush(30_000);
        app.Services.GetRequiredService<LoggerProvider>().ForceFlush(30_000);
        await collector.WaitForAsync(["/v1/traces", "/v1/metrics", "/v1/logs"], TimeSpan.FromSeconds(30));
        await app.DisposeAsync();

        var paths = collector.Received.Select(r => r.Path).ToHashSet();
        Assert.Contains("/v1/traces", paths);
        Assert.Contains("/v1/metrics", paths);
        Assert.Contains("/v1/logs", paths);
        var everything = Encoding.UTF8.GetString(collector.Received.SelectMany(r => r.Body).ToArray());
        Assert.Contains("bot.inbound message", everything, StringComparison.Ordinal);
        Assert.Contains("bot.activities.inbound", everything, StringComparison.Ordinal);
        foreach (var secret in new[] { "Vlinder", "bel de school", "bel morgen de school", Persona.Piet.Name, "otlp-chat-1c2d", Persona.Piet.AadObjectId })
            Assert.DoesNotContain(secret, everything, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Without_an_endpoint_nothing_is_exported()
    {
        Assert.Null(Telemetry.OtlpEndpoint(Config(new())));
        Assert.Equal((new Uri("http://collector:4317"), true), Telemetry.OtlpEndpoint(Config(new() { ["OpenTelemetry:OtlpEndpoint"] = "http://collector:4317" })));
        Assert.Equal((null, false), Telemetry.OtlpEndpoint(Config(new() { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://collector:4317" })));
        Assert.Throws<InvalidOperationException>(() => Telemetry.OtlpEndpoint(Config(new() { ["OpenTelemetry:OtlpEndpoint"] = "collector:4317" })));
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("http://collector:4317", null, true)]
    [InlineData(null, "true", true)]
    public void Traces_and_metrics_are_collected_only_when_exported_or_asked_for(string? endpoint, string? collect, bool collected)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenTelemetry:OtlpEndpoint"] = endpoint, ["OpenTelemetry:Collect"] = collect,
        });
        builder.AddTelemetry();
        using var app = builder.Build();
        Assert.Equal(collected, app.Services.GetService<TracerProvider>() is not null);
        Assert.Equal(collected, app.Services.GetService<MeterProvider>() is not null);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/v3/conversations/19%3Aabc%40thread.v2/activities/1234", "https://smba.trafficmanager.net/{id}/v3/conversations/{id}/activities/{id}")]
    [InlineData("https://graph.microsoft.com/v1.0/users/0c7a4b4e-1111-4c2e-9a55-000000000001/manager?%24select=id", "https://graph.microsoft.com/v1.0/users/{id}/manager")]
    [InlineData("https://acct.table.core.windows.net/Families(PartitionKey='a',RowKey='b')?$filter=x", "https://acct.table.core.windows.net/{id}")]
    [InlineData("http://127.0.0.1:10002/devstoreaccount1/$batch", "http://127.0.0.1:10002/{id}/$batch")]
    public void Outgoing_urls_keep_host_and_api_words_only(string url, string redacted) =>
        Assert.Equal(redacted, TelemetryRedaction.Redact(new Uri(url)));

    private static IConfiguration Config(Dictionary<string, string?> settings) => new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private sealed class FakeOtlpCollector : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private FakeOtlpCollector(WebApplication app) => _app = app;

        public string Url { get; private set; } = "";

        public ConcurrentQueue<(string Path, byte[] Body)> Received { get; } = new();

        public async Task WaitForAsync(string[] paths, TimeSpan timeout)
        {
            var until = DateTime.UtcNow + timeout;
            while (!paths.All(p => Received.Any(r => r.Path == p)) && DateTime.UtcNow < until) await Task.Delay(100);
        }

        public static async Task<FakeOtlpCollector> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            var collector = new FakeOtlpCollector(app);
            app.Run(async http =>
            {
                using var body = new MemoryStream();
                await http.Request.Body.CopyToAsync(body);
                collector.Received.Enqueue((http.Request.Path.Value ?? "", body.ToArray()));
                http.Response.StatusCode = 200;
                http.Response.ContentType = "application/x-protobuf";
            });
            await app.StartAsync();
            collector.Url = app.Urls.First().TrimEnd('/');
            return collector;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
