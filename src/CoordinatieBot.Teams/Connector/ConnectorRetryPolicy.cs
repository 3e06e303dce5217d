using System.Net;
using System.Net.Http.Headers;

namespace CoordinatieBot.Teams.Connector;

/// <summary>Which Connector failures are worth another try, and how long to wait (Teams rate-limit guidance).</summary>
internal static class ConnectorRetryPolicy
{
    public static bool IsRetryable(HttpStatusCode status) => status is
        HttpStatusCode.TooManyRequests
        or HttpStatusCode.PreconditionFailed
        or HttpStatusCode.InternalServerError
        or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable
        or HttpStatusCode.GatewayTimeout;

    public static TimeSpan DelayBeforeRetry(int attempt, RetryConditionHeaderValue? retryAfter, DateTimeOffset now, ConnectorClientOptions options)
    {
        var fromHeader = RetryAfterDelay(retryAfter, now);
        if (fromHeader is { } wait)
        {
            return wait > options.MaxRetryAfter ? options.MaxRetryAfter : wait;
        }

        return Backoff(attempt, options);
    }

    public static TimeSpan? RetryAfterDelay(RetryConditionHeaderValue? retryAfter, DateTimeOffset now)
    {
        if (retryAfter?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    // Full jitter between half and all of the exponential step, so concurrent senders spread out.
    private static TimeSpan Backoff(int attempt, ConnectorClientOptions options)
    {
        if (options.BaseDelay <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        var exponential = options.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, attempt - 1));
        var capped = Math.Min(exponential, options.MaxDelay.TotalMilliseconds);
        var jittered = capped * (0.5 + (Random.Shared.NextDouble() * 0.5));
        return TimeSpan.FromMilliseconds(jittered);
    }
}
