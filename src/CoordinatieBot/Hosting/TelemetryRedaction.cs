using System.Diagnostics;
using Microsoft.AspNetCore.Routing;

namespace CoordinatieBot.Hosting;

/// <summary>
/// Outgoing URLs carry ids (conversation ids, hashed table keys, Entra object ids). Client spans keep the scheme, the
/// host and the words of the REST API; every other path segment becomes "{id}", and the query is dropped.
/// </summary>
public static class TelemetryRedaction
{
    private static readonly HashSet<string> ApiWords = new(StringComparer.Ordinal)
    {
        "v3", "conversations", "activities", "members", "pagedmembers", "attachments", // Bot Connector
        "v1.0", "beta", "users", "manager", "me",                                        // Graph
        "Tables", "$batch",                                                              // Table Storage
        "api", "messages",
    };

    public const string Placeholder = "{id}";

    public static string Redact(Uri? uri)
    {
        if (uri is null || !uri.IsAbsoluteUri) return "";
        var segments = uri.AbsolutePath.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].Length > 0 && !ApiWords.Contains(segments[i])) segments[i] = Placeholder;
        }
        return $"{uri.Scheme}://{uri.Authority}{string.Join('/', segments)}";
    }

    /// <summary>
    /// Server spans show the route template, not the path: the bot's routes carry no ids, and a path nobody routed
    /// (a scanner's, or any other server in the process) is not repeated.
    /// </summary>
    public static void RedactServerSpan(Activity activity, HttpContext http)
    {
        activity.SetTag("url.path", (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(unmatched)");
        activity.SetTag("url.query", null);
    }

    /// <summary>Overwrites the URL tags the HttpClient instrumentation sets.</summary>
    public static void RedactClientSpan(Activity activity, Uri? uri)
    {
        activity.SetTag("url.full", Redact(uri));
        activity.SetTag("url.path", null);
        activity.SetTag("url.query", null);
        activity.SetTag("http.url", null);
    }
}
