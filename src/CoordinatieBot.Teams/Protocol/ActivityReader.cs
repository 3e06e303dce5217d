using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CoordinatieBot.Teams.Protocol;

/// <summary>Parses an inbound request body into an <see cref="Activity"/>. Never throws for bad input: it returns an error instead.</summary>
public static class ActivityReader
{
    public const int MaxDepth = 32;

    /// <summary>Generous: Teams bot messages are limited to about 100 KB.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    private static readonly JsonTypeInfo<Activity> ActivityTypeInfo = CreateTypeInfo();

    public static async Task<ActivityReadResult> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        // A pooled buffer: a new 16 KB chunk and a MemoryStream per message were most of what reading allocated.
        var buffer = ArrayPool<byte>.Shared.Rent(8 * 1024);
        try
        {
            var length = 0;
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
                if (length > MaxBodyBytes)
                {
                    return ActivityReadResult.Failure($"Request body is larger than {MaxBodyBytes} bytes.");
                }

                if (length == buffer.Length)
                {
                    var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
            }

            return Read(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static ActivityReadResult Read(string? json) =>
        string.IsNullOrWhiteSpace(json)
            ? ActivityReadResult.Failure("Request body is empty.")
            : Read(System.Text.Encoding.UTF8.GetBytes(json));

    public static ActivityReadResult Read(ReadOnlySpan<byte> utf8Json)
    {
        if (IsBlank(utf8Json))
        {
            return ActivityReadResult.Failure("Request body is empty.");
        }

        if (utf8Json.Length > MaxBodyBytes)
        {
            return ActivityReadResult.Failure($"Request body is larger than {MaxBodyBytes} bytes.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(utf8Json, ActivityTypeInfo);
        }
        catch (JsonException ex)
        {
            return ActivityReadResult.Failure(DescribeJsonError(ex));
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or OverflowException or ArgumentException)
        {
            return ActivityReadResult.Failure($"Activity JSON could not be read ({ex.GetType().Name}).");
        }

        if (activity is null)
        {
            return ActivityReadResult.Failure("Activity JSON is null.");
        }

        var missing = FindMissingRequiredField(activity);
        return missing is null
            ? ActivityReadResult.Success(activity)
            : ActivityReadResult.Failure($"Activity is missing required field '{missing}'.");
    }

    private static string? FindMissingRequiredField(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "type";
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return "serviceUrl";
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUri)
            || (serviceUri.Scheme != Uri.UriSchemeHttps && serviceUri.Scheme != Uri.UriSchemeHttp))
        {
            return "serviceUrl (absolute http(s) URL)";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "conversation.id";
        }

        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return "from.id";
        }

        return null;
    }

    // The exception message of System.Text.Json can quote input; only the path and position are reported.
    private static string DescribeJsonError(JsonException ex)
    {
        var where = ex.Path is { Length: > 0 } path ? $" at {path}" : string.Empty;
        var position = ex.LineNumber is { } line ? $" (line {line + 1}, byte {ex.BytePositionInLine + 1})" : string.Empty;
        var kind = ex.Message.Contains("depth", StringComparison.OrdinalIgnoreCase)
            ? $"is nested deeper than {MaxDepth} levels"
            : ex.Message.Contains("could not be converted", StringComparison.Ordinal)
                ? "has the wrong type"
                : "is not valid JSON";
        return $"Activity JSON {kind}{where}{position}.";
    }

    private static bool IsBlank(ReadOnlySpan<byte> utf8Json)
    {
        foreach (var b in utf8Json)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static JsonTypeInfo<Activity> CreateTypeInfo()
    {
        var options = new JsonSerializerOptions(ProtocolJson.Options) { MaxDepth = MaxDepth };
        return (JsonTypeInfo<Activity>)options.GetTypeInfo(typeof(Activity));
    }
}
