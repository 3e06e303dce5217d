using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CoordinatieBot.Teams.Telemetry;

/// <summary>
/// The bot's traces and metrics on the protocol side: inbound activities, turns, connector calls and Graph lookups.
/// Tags carry kinds, operations and status codes only: never text, names, aliases or ids.
/// </summary>
public static class TeamsTelemetry
{
    /// <summary>The ActivitySource and Meter name; storage uses the same name (see StorageTelemetry).</summary>
    public const string Name = "CoordinatieBot";

    public const string ActivityTypeTag = "bot.activity.type";
    public const string InvokeNameTag = "bot.invoke.name";
    public const string ConversationKindTag = "bot.conversation.kind";
    public const string StatusCodeTag = "http.response.status_code";
    public const string ConnectorOperationTag = "bot.connector.operation";
    public const string ConnectorAttemptsTag = "bot.connector.attempts";
    public const string GraphOperationTag = "bot.graph.operation";
    public const string GraphOutcomeTag = "bot.graph.outcome";
    public const string GraphCachedTag = "bot.graph.cached";
    public const string OutcomeTag = "bot.outcome";

    public static readonly ActivitySource Source = new(Name);
    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> InboundActivities =
        Meter.CreateCounter<long>("bot.activities.inbound", "{activity}", "Activities received on /api/messages, by type and conversation kind.");

    public static readonly Counter<long> RepliesSent =
        Meter.CreateCounter<long>("bot.replies.sent", "{message}", "Messages and cards the Connector accepted (send and reply).");

    public static readonly Counter<long> ConnectorRetries =
        Meter.CreateCounter<long>("bot.connector.retries", "{retry}", "Connector calls tried again, by operation and the status that caused it (0 = no response).");

    public static readonly Counter<long> ConnectorThrottled =
        Meter.CreateCounter<long>("bot.connector.throttled", "{response}", "429 Too Many Requests answers from the Connector.");

    public static readonly Counter<long> ConnectorFailures =
        Meter.CreateCounter<long>("bot.connector.failures", "{call}", "Connector calls that failed after their last attempt.");

    public static readonly Histogram<double> TurnDuration =
        Meter.CreateHistogram<double>("bot.turn.duration", "s", "From the start of a turn until its last answer was sent.");

    private static readonly HashSet<string> KnownActivityTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "message", "conversationUpdate", "installationUpdate", "invoke", "messageReaction", "messageUpdate",
        "messageDelete", "typing", "event", "endOfConversation",
    };

    private static readonly HashSet<string> KnownConversationKinds = new(StringComparer.OrdinalIgnoreCase) { "personal", "groupChat", "channel" };

    /// <summary>A known activity type in its usual spelling, or "other": never free text from the wire.</summary>
    public static string SafeActivityType(string? type) =>
        type is null ? "none" : KnownActivityTypes.TryGetValue(type, out var known) ? known : "other";

    /// <summary>personal, groupChat or channel; "other" or "none" for anything else.</summary>
    public static string SafeConversationKind(string? conversationType) =>
        conversationType is null ? "none" : KnownConversationKinds.TryGetValue(conversationType, out var known) ? known : "other";

    /// <summary>An invoke name like "adaptiveCard/action": letters and slashes only, else "other".</summary>
    public static string SafeInvokeName(string? name) =>
        name is { Length: > 0 and <= 64 } && name.All(c => char.IsAsciiLetter(c) || c == '/') ? name : "other";

    /// <summary>
    /// Wraps a turn that runs later on the turn queue: it gets its own span, a child of the inbound activity's span
    /// (current when the turn was accepted), and its duration is recorded.
    /// </summary>
    public static Func<CancellationToken, Task> TracedTurn(Func<CancellationToken, Task> work)
    {
        if (!Source.HasListeners() && !TurnDuration.Enabled) return work;
        var inbound = Activity.Current;
        var parent = inbound?.Context ?? default;
        var type = inbound?.GetTagItem(ActivityTypeTag) as string ?? "none";
        var kind = inbound?.GetTagItem(ConversationKindTag) as string ?? "none";
        return async ct =>
        {
            using var span = Source.StartActivity("bot.turn " + type, ActivityKind.Internal, parent);
            span?.SetTag(ActivityTypeTag, type);
            span?.SetTag(ConversationKindTag, kind);
            var started = Stopwatch.GetTimestamp();
            var outcome = "ok";
            try
            {
                await work(ct).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                outcome = "error";
                span?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
                throw;
            }
            finally
            {
                span?.SetTag(OutcomeTag, outcome);
                TurnDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                    new KeyValuePair<string, object?>(ActivityTypeTag, type), new KeyValuePair<string, object?>(OutcomeTag, outcome));
            }
        };
    }

    /// <summary>A span for one logical Connector call (all its attempts).</summary>
    public static Activity? StartConnectorCall(string operation)
    {
        var span = Source.StartActivity("connector " + operation, ActivityKind.Internal);
        span?.SetTag(ConnectorOperationTag, operation);
        return span;
    }

    public static void ConnectorSucceeded(Activity? span, string operation, int status, int attempts)
    {
        span?.SetTag(StatusCodeTag, status);
        span?.SetTag(ConnectorAttemptsTag, attempts);
        if (operation is "SendToConversation" or "ReplyToActivity")
            RepliesSent.Add(1, new KeyValuePair<string, object?>(ConnectorOperationTag, operation));
    }

    /// <summary>Status 0: no response (network error or timeout).</summary>
    public static void ConnectorRetrying(Activity? span, string operation, int status, int attempt)
    {
        span?.AddEvent(new ActivityEvent("retry", tags: new ActivityTagsCollection { ["attempt"] = attempt, [StatusCodeTag] = status }));
        ConnectorRetries.Add(1, new KeyValuePair<string, object?>(ConnectorOperationTag, operation), new KeyValuePair<string, object?>(StatusCodeTag, status));
        if (status == 429) ConnectorThrottled.Add(1, new KeyValuePair<string, object?>(ConnectorOperationTag, operation));
    }

    public static void ConnectorFailed(Activity? span, string operation, int status, int attempts)
    {
        span?.SetTag(StatusCodeTag, status);
        span?.SetTag(ConnectorAttemptsTag, attempts);
        span?.SetStatus(ActivityStatusCode.Error, status == 0 ? "no response" : $"HTTP {status}");
        if (status == 429) ConnectorThrottled.Add(1, new KeyValuePair<string, object?>(ConnectorOperationTag, operation));
        ConnectorFailures.Add(1, new KeyValuePair<string, object?>(ConnectorOperationTag, operation), new KeyValuePair<string, object?>(StatusCodeTag, status));
    }
}
