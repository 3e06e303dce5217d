using System.Diagnostics;
using System.Diagnostics.Metrics;
using Azure.Core;
using Azure.Core.Pipeline;

namespace CoordinatieBot.Storage.Tables;

/// <summary>
/// Traces and metrics of Table Storage calls under the bot's ActivitySource and Meter ("CoordinatieBot"): one span per
/// logical call (its retries included) with the table's name (without the installation prefix), the operation and the
/// status. Keys, filters and entity contents never become tags.
/// </summary>
public static class StorageTelemetry
{
    public const string Name = "CoordinatieBot";
    public const string TableTag = "bot.storage.table";
    public const string OperationTag = "bot.storage.operation";
    public const string StatusTag = "bot.storage.status";
    public const string ConflictTag = "bot.storage.conflict";

    public static readonly ActivitySource Source = new(Name);
    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Conflicts =
        Meter.CreateCounter<long>("bot.storage.conflicts", "{conflict}", "Writes refused because the row changed (412) or already existed (409).");

    public static readonly Histogram<double> CallDuration =
        Meter.CreateHistogram<double>("bot.storage.duration", "s", "Table Storage calls, retries included.");

    /// <summary>The pipeline policy TableSet adds to its clients.</summary>
    public static HttpPipelinePolicy Policy(string? tablePrefix) => new StoragePolicy(tablePrefix ?? "");

    /// <summary>(table, operation) of a Table REST request; the table without the prefix, "other" when unknown.</summary>
    public static (string Table, string Operation) Describe(string method, string path, bool hasIfMatch, string prefix)
    {
        var last = path.TrimEnd('/');
        last = last[(last.LastIndexOf('/') + 1)..];
        var paren = last.IndexOf('(');
        var resource = paren < 0 ? last : last[..paren];
        var addressed = paren >= 0 && last.Length > paren + 2; // "Table(PartitionKey=..,RowKey=..)", not "Table()"

        if (resource == "$batch") return ("batch", "transaction");
        if (resource.Equals("Tables", StringComparison.OrdinalIgnoreCase))
            return ("Tables", method switch { "POST" => "create_table", "DELETE" => "delete_table", _ => "list_tables" });

        var table = resource.StartsWith(prefix, StringComparison.Ordinal) ? resource[prefix.Length..] : resource;
        if (!TableNames.All.Contains(table)) table = "other";
        var operation = (method, addressed) switch
        {
            ("GET", true) => "get",
            ("GET", false) => "query",
            ("POST", _) => "insert",
            ("PUT", _) => hasIfMatch ? "update_replace" : "upsert_replace",
            ("MERGE" or "PATCH", _) => hasIfMatch ? "update_merge" : "upsert_merge",
            ("DELETE", _) => "delete",
            _ => "other",
        };
        return (table, operation);
    }

    private sealed class StoragePolicy(string prefix) : HttpPipelinePolicy
    {
        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            using var span = Start(message, out var started, out var table, out var operation);
            try
            {
                ProcessNext(message, pipeline);
            }
            catch (Exception e)
            {
                Failed(span, e);
                throw;
            }
            Finish(span, message, started, table, operation);
        }

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            using var span = Start(message, out var started, out var table, out var operation);
            try
            {
                await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                Failed(span, e);
                throw;
            }
            Finish(span, message, started, table, operation);
        }

        private Activity? Start(HttpMessage message, out long started, out string table, out string operation)
        {
            var request = message.Request;
            (table, operation) = Describe(request.Method.Method, request.Uri.Path, request.Headers.Contains("If-Match"), prefix);
            started = Stopwatch.GetTimestamp();
            var span = Source.StartActivity($"storage {operation} {table}", ActivityKind.Client);
            span?.SetTag(TableTag, table);
            span?.SetTag(OperationTag, operation);
            span?.SetTag("db.system.name", "azure.tables");
            return span;
        }

        private static void Failed(Activity? span, Exception e)
        {
            span?.SetTag(StatusTag, 0);
            span?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
        }

        private static void Finish(Activity? span, HttpMessage message, long started, string table, string operation)
        {
            var status = message.HasResponse ? message.Response.Status : 0;
            if (operation == "transaction" && status == 202 && InnerStatus(message) is { } inner) status = inner;
            span?.SetTag(StatusTag, status);

            var conflict = status == 412 || (status == 409 && operation is not "create_table");
            if (conflict)
            {
                span?.SetTag(ConflictTag, true);
                Conflicts.Add(1, new(TableTag, table), new(OperationTag, operation));
            }
            if (status is 0 or >= 500) span?.SetStatus(ActivityStatusCode.Error, $"HTTP {status}");
            CallDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                new(TableTag, table), new(OperationTag, operation), new(StatusTag, status));
        }

        // A failed entity-group transaction answers 202 with the failing operation's status inside the multipart body.
        private static int? InnerStatus(HttpMessage message)
        {
            if (message.Response.ContentStream is not { CanSeek: true } stream) return null;
            var position = stream.Position;
            try
            {
                stream.Position = 0;
                using var reader = new StreamReader(stream, leaveOpen: true);
                var body = reader.ReadToEnd();
                for (var at = body.IndexOf("HTTP/1.1 ", StringComparison.Ordinal); at >= 0 && at + 12 <= body.Length;
                     at = body.IndexOf("HTTP/1.1 ", at + 9, StringComparison.Ordinal))
                {
                    if (int.TryParse(body.AsSpan(at + 9, 3), out var code) && code >= 300) return code;
                }
                return null;
            }
            finally
            {
                stream.Position = position;
            }
        }
    }
}
