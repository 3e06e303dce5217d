using CoordinatieBot.Conversation.Escalation;

namespace CoordinatieBot.Development;

/// <summary>
/// Development only: <c>POST /api/dev/clock</c> sets the bot's clock, <c>POST /api/dev/sweep</c> runs one sweep now and
/// answers what it decided and, once the worker is done with it, what was sent, <c>POST /api/dev/retention</c> runs the retention job now. Not mapped in any other environment.
/// </summary>
public static class DevEndpoints
{
    public static IEndpointRouteBuilder MapDevEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/dev/clock", (ClockRequest request, TimeProvider time) =>
        {
            if (time is not DevClock clock) return Results.Problem(statusCode: 409, title: "The clock of this host cannot be set");
            if (request.Now is not { } now) return Results.Problem(statusCode: 400, title: "Give {\"now\": \"<ISO 8601 with offset>\"}");
            clock.Set(now);
            return Results.Ok(new { now = time.GetUtcNow() });
        });
        app.MapPost("/api/dev/sweep", async (EscalationSweeper sweeper, CancellationToken ct) => Results.Ok(await sweeper.SweepAndDeliverAsync(ct)));
        app.MapPost("/api/dev/retention", async (CoordinatieBot.Conversation.Privacy.FamilyErasure erasure, CancellationToken ct) =>
            Results.Ok(new { erased = await erasure.ApplyRetentionAsync(ct), retentionDays = erasure.RetentionDays }));
        return app;
    }

    public sealed record ClockRequest(DateTimeOffset? Now);
}
