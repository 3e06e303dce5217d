using CoordinatieBot.Storage.Tables;
using CoordinatieBot.Teams.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CoordinatieBot.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics: the bot's own ActivitySource and Meter ("CoordinatieBot": inbound activities,
/// turns, storage, connector and Graph calls), plus ASP.NET Core and HttpClient instrumentation with redacted URLs.
/// Exported by OTLP only when an endpoint is configured (OpenTelemetry:OtlpEndpoint or OTEL_EXPORTER_OTLP_ENDPOINT).
/// Without one, traces and metrics are not collected at all (unless OpenTelemetry:Collect is true, e.g. for a test's
/// in-memory exporter): spans and their tags cost CPU on every message, a fifth of the bot's on the message path.
/// The Meter stays readable by dotnet-counters either way.
/// </summary>
public static class Telemetry
{
    public const string Section = "OpenTelemetry";
    public const string DefaultServiceName = "CoordinatieBot";

    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var services = builder.Services;

        services.AddTransient<IStartupFilter, InboundActivityTelemetry.StartupFilter>();
        RedactedHttpClientLogger.AddRedactedHttpClientLogs(services);

        var otlp = OtlpEndpoint(config);
        if (otlp is null && !config.GetValue($"{Section}:Collect", false)) return builder;

        var otel = services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                if (string.IsNullOrWhiteSpace(config["OTEL_SERVICE_NAME"]))
                    resource.AddService(config[$"{Section}:ServiceName"] is { Length: > 0 } name ? name : DefaultServiceName,
                        serviceVersion: typeof(Telemetry).Assembly.GetName().Version?.ToString());
            })
            .WithTracing(tracing => tracing
                .AddSource(TeamsTelemetry.Name, StorageTelemetry.Name)
                .AddAspNetCoreInstrumentation(o =>
                {
                    o.RecordException = false;
                    o.EnrichWithHttpResponse = (activity, response) => TelemetryRedaction.RedactServerSpan(activity, response.HttpContext);
                })
                .AddHttpClientInstrumentation(o =>
                {
                    o.RecordException = false;
                    o.EnrichWithHttpRequestMessage = (activity, request) => TelemetryRedaction.RedactClientSpan(activity, request.RequestUri);
                }))
            .WithMetrics(metrics => metrics
                .AddMeter(TeamsTelemetry.Name, StorageTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());

        switch (otlp)
        {
            case (Uri endpoint, true):
                otel.UseOtlpExporter(OtlpProtocol(config[$"{Section}:OtlpProtocol"]), endpoint);
                break;
            case (_, false):
                otel.UseOtlpExporter(); // the OTEL_EXPORTER_OTLP_* environment variables say where and how
                break;
        }
        return builder;
    }

    /// <summary>(endpoint, true) from OpenTelemetry:OtlpEndpoint; (null, false) when only the standard variable is set; null when neither.</summary>
    public static (Uri? Endpoint, bool FromSettings)? OtlpEndpoint(IConfiguration config)
    {
        if (config[$"{Section}:OtlpEndpoint"] is { Length: > 0 } configured)
        {
            if (!Uri.TryCreate(configured, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                throw new InvalidOperationException($"{Section}:OtlpEndpoint '{configured}' is not an absolute http(s) URL");
            return (uri, true);
        }
        return string.IsNullOrWhiteSpace(config["OTEL_EXPORTER_OTLP_ENDPOINT"]) ? null : (null, false);
    }

    private static OtlpExportProtocol OtlpProtocol(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "grpc" => OtlpExportProtocol.Grpc,
        "http/protobuf" or "httpprotobuf" => OtlpExportProtocol.HttpProtobuf,
        _ => throw new InvalidOperationException($"{Section}:OtlpProtocol '{value}' is not supported: use grpc or http/protobuf"),
    };
}
