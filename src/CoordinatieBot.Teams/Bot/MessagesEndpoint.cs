using System.Text.Json;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Teams.Auth;
using CoordinatieBot.Teams.Bot.Inbox;
using CoordinatieBot.Teams.Connector;
using CoordinatieBot.Teams.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Teams.Bot;

/// <summary>
/// <c>POST /api/messages</c>: read the activity (400 when malformed), authenticate it (401), trust its
/// service URL, then answer: 200 for messages, edits, deletes and updates once they are safe in the inbox (503 when they cannot be:
/// the Connector tries again), the invoke response for invokes once their change is saved.
/// </summary>
public static class MessagesEndpoint
{
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder app, string pattern = "/api/messages")
    {
        app.MapPost(pattern, HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, IInboundAuthenticator auth, IServiceUrlTrust trust,
        BotTurnHandler handler, MessageExtensionHandler extensions, FamilyPlanDialog familyPlan, TurnQueue queue, InboxTurns inbox, RecentActivities recent, TenantPolicy tenants, ILoggerFactory loggers)
    {
        var ct = http.RequestAborted;
        if (http.Request.ContentLength > ActivityReader.MaxBodyBytes)
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Activity too large");

        var read = await ActivityReader.ReadAsync(http.Request.Body, ct);
        if (!read.Succeeded)
        {
            Log(loggers).LogInformation("Rejected activity: {Reason}", read.Error);
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid activity", detail: read.Error);
        }
        var activity = read.Activity!;

        var authResult = await auth.AuthenticateAsync(http.Request.Headers.Authorization.ToString() is { Length: > 0 } h ? h : null, activity, ct);
        if (!authResult.Succeeded)
        {
            Log(loggers).LogWarning("Unauthenticated activity: {Reason}", authResult.FailureReason);
            return Results.Unauthorized();
        }

        if (TenantPolicy.HasConflictingTenants(activity.Conversation?.TenantId, activity.ChannelData?.Tenant?.Id))
        {
            Log(loggers).LogWarning("Activity names two different tenants (conversation and channelData): refused");
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Tenant not allowed");
        }

        if (!tenants.IsAllowed(ActivityMapper.TenantOf(activity)))
        {
            Log(loggers).LogWarning("Activity from a tenant that is not allowed");
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Tenant not allowed");
        }

        trust.Trust(activity.ServiceUrl!);
        // From here on an answer is a promise; a host that is stopping makes none (the Connector tries again).
        if (!queue.IsOpen) return Unavailable(http, "Stopping", StoppingRetryAfter);

        try
        {
            if (activity.IsType(ActivityTypes.Invoke))
            {
                // Applied and saved before the answer, so the answer itself is the promise kept.
                InvokeResponse response;
                using (InboxTurns.IdentityOf(activity, null) is { } identity ? TurnIdentity.Begin(identity) : null)
                    response = activity.Name == InvokeNames.TaskFetch
                        ? familyPlan.Handle(activity, http.Request)
                        : activity.Name?.StartsWith(InvokeNames.ComposeExtensionPrefix, StringComparison.Ordinal) == true
                            ? await extensions.HandleAsync(activity, ct)
                            : await handler.HandleInvokeAsync(activity, ct);
                return response.Body is null
                    ? Results.StatusCode(response.Status)
                    : Results.Json(response.Body, ProtocolJson.Options, statusCode: response.Status);
            }

            if (activity.IsType(ActivityTypes.Message) || activity.IsType(ActivityTypes.ConversationUpdate) || activity.IsType(ActivityTypes.InstallationUpdate)
                || activity.IsType(ActivityTypes.MessageUpdate) || activity.IsType(ActivityTypes.MessageDelete))
            {
                var key = InboxTurns.IdentityOf(activity, null)?.ActivityId;
                var accepted = key is null
                    ? await inbox.AcceptAsync(activity, ct)
                    : await recent.AcceptOnceAsync(key, () => inbox.AcceptAsync(activity, ct));
                if (!accepted) return Unavailable(http, "Busy", BusyRetryAfter);
            }
        }
        catch (StorageUnavailableException)
        {
            return Unavailable(http, "Storage unavailable", StorageRetryAfter);
        }
        catch (InboxPayloadTooLargeException)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Activity too large");
        }
        return Results.Ok();
    }

    /// <summary>Seconds a sender waits before trying again: a full queue drains within its few seconds of work.</summary>
    public const int BusyRetryAfter = 1;

    /// <summary>A short outage passes within a few seconds (the inbox's own retries wait about as long).</summary>
    public const int StorageRetryAfter = 2;

    /// <summary>Another host (or this one, restarted) takes over within seconds.</summary>
    public const int StoppingRetryAfter = 5;

    /// <summary>503 with Retry-After, so the Connector (or any client) backs off instead of hammering a host that is full.</summary>
    private static IResult Unavailable(HttpContext http, string title, int retryAfterSeconds)
    {
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: title);
    }

    // Only when there is something to say: naming the category from the type builds a string on every call.
    private static ILogger Log(ILoggerFactory loggers) => loggers.CreateLogger(typeof(MessagesEndpoint));
}
