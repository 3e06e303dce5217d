using System.Diagnostics;
using CoordinatieBot.IntegrationTests.Infrastructure;
using CoordinatieBot.Storage.Tables;
using CoordinatieBot.Teams.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CoordinatieBot.IntegrationTests.Observability;

/// <summary>
/// A short family conversation through the real pipeline with the bot's own OpenTelemetry setup and an in-memory
/// exporter: spans for inbound activities, turns, storage and connector calls exist, and nothing in them or in the
/// logs carries the family's alias, the plan's text, a person's name or a raw id.
/// </summary>
[Collection(ObservabilityCollection.Name)]
public sealed class TelemetryTests : IAsyncLifetime
{
    private const string ConversationId = "19:obs-chat-7f3a@thread.v2";

    /// <summary>What must never leave the bot in telemetry or logs (compared case-insensitively).</summary>
    private static readonly string[] Secrets =
    [
        "Vlinder", "bel de school", "bel morgen de school", Persona.Piet.Name, "Piet de",
        ConversationId, Uri.EscapeDataString(ConversationId), "obs-chat-7f3a", Persona.Piet.AadObjectId, Persona.Piet.Id,
    ];

    private readonly List<Activity> _spans = [];
    private readonly List<Metric> _metrics = [];
    private readonly CapturingLoggerProvider _logs = new();
    private FakeConnector _connector = null!;
    private BotApp _app = null!;
    private Chat _chat = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _app = new BotApp(_connector,
            new Dictionary<string, string?>
            {
                ["OpenTelemetry:Collect"] = "true", // for the in-memory exporters below
                // Everything, at every level: what a verbose production log would show.
                ["Logging:LogLevel:Default"] = "Trace",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
                ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Trace",
            },
            services =>
            {
                services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(_spans));
                services.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(_metrics));
                services.AddSingleton<ILoggerProvider>(_logs);
            });
        _chat = new Chat(_app, _app.CreateClient(), ConversationId);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private async Task ConverseAsync()
    {
        Assert.Contains("Vlinder", await _chat.SayAsync(Persona.Piet, "start gezin Vlinder"));
        await _chat.SayAsync(Persona.Piet, "ik neem de regie");
        Assert.Contains("bel de school", await _chat.SayAsync(Persona.Piet, "taak: ik bel morgen de school"));
    }

    [Fact]
    public async Task Inbound_activities_turns_storage_and_connector_calls_are_traced()
    {
        await ConverseAsync();
        var spans = await BotSpansAsync(s => s.OperationName == "bot.turn message", count: 3);

        var inbound = spans.Where(s => s.Source.Name == TeamsTelemetry.Name && s.OperationName == "bot.inbound message").ToList();
        Assert.Equal(3, inbound.Count);
        Assert.All(inbound, s =>
        {
            Assert.Equal("message", s.GetTagItem(TeamsTelemetry.ActivityTypeTag));
            Assert.Equal("groupChat", s.GetTagItem(TeamsTelemetry.ConversationKindTag));
            Assert.Equal(200, s.GetTagItem(TeamsTelemetry.StatusCodeTag));
            // Under the ASP.NET Core request span, which comes from the instrumentation.
            Assert.Contains(spans, p => p.SpanId == s.ParentSpanId && p.Kind == ActivityKind.Server);
        });

        var turns = spans.Where(s => s.OperationName == "bot.turn message").ToList();
        Assert.All(turns, t => Assert.Contains(inbound, i => i.SpanId == t.ParentSpanId && i.TraceId == t.TraceId));
        Assert.All(turns, t => Assert.Equal("ok", t.GetTagItem(TeamsTelemetry.OutcomeTag)));

        var storage = spans.Where(s => s.GetTagItem(StorageTelemetry.TableTag) is not null).ToList();
        Assert.Contains(storage, s => (string)s.GetTagItem(StorageTelemetry.TableTag)! == TableNames.FamilyByConversation && s.GetTagItem(StorageTelemetry.StatusTag) is int);
        Assert.Contains(storage, s => (string)s.GetTagItem(StorageTelemetry.OperationTag)! == "transaction");
        Assert.Contains(storage, s => turns.Any(t => t.SpanId == s.ParentSpanId)); // storage calls of a turn are in its trace

        var replies = spans.Where(s => s.OperationName == "connector ReplyToActivity").ToList();
        Assert.Equal(3, replies.Count);
        Assert.All(replies, r =>
        {
            Assert.Equal(201, r.GetTagItem(TeamsTelemetry.StatusCodeTag));
            Assert.Equal(1, r.GetTagItem(TeamsTelemetry.ConnectorAttemptsTag));
            Assert.Contains(turns, t => t.SpanId == r.ParentSpanId);
        });

        // HttpClient instrumentation is on, with the ids in its URLs redacted.
        var client = spans.Where(s => s.Kind == ActivityKind.Client && s.GetTagItem("url.full") is string).ToList();
        Assert.Contains(client, s => ((string)s.GetTagItem("url.full")!).EndsWith("/v3/conversations/{id}/activities/{id}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_span_carries_an_alias_plan_text_a_name_or_a_raw_id()
    {
        await ConverseAsync();
        var spans = await BotSpansAsync(s => s.OperationName == "bot.turn message", count: 3);
        Assert.True(spans.Count > 20, $"only {spans.Count} spans");

        foreach (var span in spans)
        {
            var text = Describe(span);
            foreach (var secret in Secrets)
                Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"span {span.Source.Name}/{span.DisplayName} contains '{secret}': {text}");
        }
    }

    [Fact]
    public async Task No_log_entry_carries_an_alias_plan_text_a_name_or_a_raw_id()
    {
        await ConverseAsync();
        await _app.DisposeAsync(); // flush and stop: shutdown logs count too

        var entries = _logs.Entries.ToList();
        Assert.Contains(entries, e => e.Category.StartsWith("CoordinatieBot", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) && e.Level <= LogLevel.Debug);
        foreach (var entry in entries)
        {
            foreach (var secret in Secrets)
                Assert.False(entry.Text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{entry.Level} {entry.Category} contains '{secret}': {entry.Text}");
        }
    }

    [Fact]
    public async Task Metrics_count_inbound_activities_replies_retries_and_time_turns()
    {
        await _chat.SayAsync(Persona.Piet, "start gezin Vlinder");
        await _chat.SayAsync(Persona.Piet, "ik neem de regie");
        _connector.Enqueue(429); // answered with Retry-After: 1, waited on the bot's (fake) clock
        var third = _chat.SayAsync(Persona.Piet, "taak: ik bel morgen de school");
        await _connector.WaitForAsync(c => c.FailedWith == 429);
        while (!third.IsCompleted)
        {
            _app.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(third, Task.Delay(50));
        }
        Assert.Contains("bel de school", await third);
        _app.Services.GetRequiredService<MeterProvider>().ForceFlush();

        Assert.Equal(3, Sum("bot.activities.inbound", ("bot.activity.type", "message")));
        Assert.Equal(3, Sum("bot.replies.sent"));
        Assert.Equal(1, Sum("bot.connector.retries", (TeamsTelemetry.StatusCodeTag, 429)));
        Assert.Equal(1, Sum("bot.connector.throttled"));
        Assert.Equal(3, HistogramCount("bot.turn.duration"));
        Assert.True(HistogramCount("bot.storage.duration") > 3);
        Assert.Contains(_metrics, m => m.Name == "http.server.request.duration");
        Assert.Contains(_metrics, m => m.Name == "http.client.request.duration");

        var retried = (await BotSpansAsync(s => s.OperationName == "bot.turn message", count: 3))
            .Single(s => s.OperationName.StartsWith("connector", StringComparison.Ordinal) && s.Events.Any(e => e.Name == "retry"));
        Assert.Equal(2, retried.GetTagItem(TeamsTelemetry.ConnectorAttemptsTag));
    }

    /// <summary>
    /// Spans seen by the bot's tracer, once <paramref name="done"/> matched <paramref name="count"/> of them. ASP.NET Core's
    /// source is process-wide, so they include the fake connector's server spans: those must be clean too.
    /// </summary>
    private async Task<List<Activity>> BotSpansAsync(Func<Activity, bool> done, int count)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        List<Activity> spans;
        do
        {
            await Task.Delay(50);
            lock (_spans) spans = [.. _spans];
        } while (spans.Count(done) < count && DateTime.UtcNow < until);

        return spans;
    }

    private static string Describe(Activity span)
    {
        var parts = new List<string> { span.Source.Name, span.OperationName, span.DisplayName, span.StatusDescription ?? "" };
        parts.AddRange(span.TagObjects.Select(t => $"{t.Key}={t.Value}"));
        parts.AddRange(span.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}:{t.Key}={t.Value}").Append(e.Name)));
        parts.AddRange(span.Baggage.Select(b => $"{b.Key}={b.Value}"));
        parts.AddRange(span.Links.SelectMany(l => l.Tags?.Select(t => $"{t.Key}={t.Value}") ?? []));
        return string.Join(" | ", parts);
    }

    private long Sum(string name, params (string Key, object Value)[] where)
    {
        long total = 0;
        foreach (var metric in _metrics.Where(m => m.Name == name))
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var tags = new Dictionary<string, object?>();
                foreach (var tag in point.Tags) tags[tag.Key] = tag.Value;
                if (where.All(w => tags.TryGetValue(w.Key, out var v) && Equals(v, w.Value))) total += point.GetSumLong();
            }
        return total;
    }

    private long HistogramCount(string name)
    {
        long total = 0;
        foreach (var metric in _metrics.Where(m => m.Name == name))
            foreach (ref readonly var point in metric.GetMetricPoints())
                total += point.GetHistogramCount();
        return total;
    }
}
