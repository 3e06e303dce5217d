using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Logging;

namespace CoordinatieBot.Hosting;

/// <summary>
/// Replaces IHttpClientFactory's default request logs, which write full URLs (conversation ids, Entra object ids,
/// table keys), with one entry per request whose URL is redacted like the client spans.
/// </summary>
public sealed partial class RedactedHttpClientLogger(ILogger<RedactedHttpClientLogger> log) : IHttpClientLogger
{
    public static IServiceCollection AddRedactedHttpClientLogs(IServiceCollection services)
    {
        services.TryAddSingleton<RedactedHttpClientLogger>();
        services.ConfigureHttpClientDefaults(http => http.RemoveAllLoggers().AddLogger<RedactedHttpClientLogger>(wrapHandlersPipeline: true));
        return services;
    }

    public object? LogRequestStart(HttpRequestMessage request) => null;

    public void LogRequestStop(object? context, HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed)
    {
        // Redacting the URL costs more than the call's own logging: only for a log that is written.
        if (log.IsEnabled(LogLevel.Debug))
            LogAnswered(request.Method.Method, TelemetryRedaction.Redact(request.RequestUri), (int)response.StatusCode, elapsed.TotalMilliseconds);
    }

    public void LogRequestFailed(object? context, HttpRequestMessage request, HttpResponseMessage? response, Exception exception, TimeSpan elapsed) =>
        LogFailed(request.Method.Method, TelemetryRedaction.Redact(request.RequestUri), exception.GetType().Name, elapsed.TotalMilliseconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "HTTP {Method} {Url} answered {Status} in {ElapsedMs:0} ms")]
    private partial void LogAnswered(string method, string url, int status, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Url} failed ({Error}) after {ElapsedMs:0} ms")]
    private partial void LogFailed(string method, string url, string error, double elapsedMs);
}
