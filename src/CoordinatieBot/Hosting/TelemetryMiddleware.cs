using System.Diagnostics;
using System.Text.Json;
using CoordinatieBot.Teams.Protocol;
using CoordinatieBot.Teams.Telemetry;

namespace CoordinatieBot.Hosting;

/// <summary>
/// A span and a count for every activity posted to /api/messages: its type, invoke name and conversation kind, and
/// the status the bot answered. The body is peeked for those three fields only; nothing else of it (no text, names,
/// ids) goes into telemetry. Turns that run later on the turn queue become child spans of this one.
/// </summary>
public sealed class InboundActivityTelemetry(RequestDelegate next)
{
    public const string MessagesPath = "/api/messages";

    public async Task InvokeAsync(HttpContext http)
    {
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.Path.Equals(MessagesPath, StringComparison.OrdinalIgnoreCase))
        {
            await next(http);
            return;
        }

        // Nobody listening (no exporter): no second parse of the body for tags nobody reads.
        if (!TeamsTelemetry.Source.HasListeners() && !TeamsTelemetry.InboundActivities.Enabled && !TeamsTelemetry.TurnDuration.Enabled)
        {
            await next(http);
            return;
        }

        var (type, invokeName, kind) = await PeekAsync(http);
        using var span = TeamsTelemetry.Source.StartActivity("bot.inbound " + type, ActivityKind.Internal);
        span?.SetTag(TeamsTelemetry.ActivityTypeTag, type);
        span?.SetTag(TeamsTelemetry.ConversationKindTag, kind);
        if (invokeName is not null) span?.SetTag(TeamsTelemetry.InvokeNameTag, invokeName);

        var started = Stopwatch.GetTimestamp();
        var failed = false;
        try
        {
            await next(http);
        }
        catch (Exception e)
        {
            failed = true;
            span?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
        finally
        {
            var status = failed ? 500 : http.Response.StatusCode;
            span?.SetTag(TeamsTelemetry.StatusCodeTag, status);
            if (status >= 500) span?.SetStatus(ActivityStatusCode.Error, $"HTTP {status}");
            TeamsTelemetry.InboundActivities.Add(1,
                new(TeamsTelemetry.ActivityTypeTag, type), new(TeamsTelemetry.ConversationKindTag, kind), new(TeamsTelemetry.StatusCodeTag, status));
            // An invoke is answered in the request itself: the request is the turn. Other turns are timed on the queue.
            if (type == "invoke" && status < 400)
                TeamsTelemetry.TurnDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                    new(TeamsTelemetry.ActivityTypeTag, type), new(TeamsTelemetry.OutcomeTag, status >= 500 ? "error" : "ok"));
        }
    }

    /// <summary>Reads type, name and conversation.conversationType, then rewinds the body for the endpoint.</summary>
    private static async Task<(string Type, string? InvokeName, string Kind)> PeekAsync(HttpContext http)
    {
        var request = http.Request;
        if (request.ContentLength is > ActivityReader.MaxBodyBytes) return ("other", null, "none");
        request.EnableBuffering(bufferThreshold: 64 * 1024); // Kestrel caps the body (2 MB)
        try
        {
            using var json = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = 64 }, http.RequestAborted);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return ("other", null, "none");
            var type = TeamsTelemetry.SafeActivityType(Text(root, "type"));
            var name = type == "invoke" ? TeamsTelemetry.SafeInvokeName(Text(root, "name")) : null;
            var kind = root.TryGetProperty("conversation", out var conversation) && conversation.ValueKind == JsonValueKind.Object
                ? TeamsTelemetry.SafeConversationKind(Text(conversation, "conversationType"))
                : "none";
            return (type, name, kind);
        }
        catch (Exception e) when (e is JsonException or IOException or InvalidOperationException)
        {
            return ("other", null, "none");
        }
        finally
        {
            request.Body.Position = 0;
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Puts the middleware first in the pipeline, so Program.cs stays as it is.</summary>
    internal sealed class StartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseMiddleware<InboundActivityTelemetry>();
            next(app);
        };
    }
}
