using System.Text.Json;
using System.Text.Json.Serialization;
using CoordinatieBot.Conversation.Ports;

namespace CoordinatieBot.Storage.Families;

/// <summary>The applied activities as one compact JSON property of the state row (short names: it is read on every load).</summary>
internal static class AppliedTurnsSerializer
{
    private const int MaxReplyChars = 4_000;

    // A table string property holds 32K UTF-16 characters; JSON escaping can make a reply longer than its text.
    private const int MaxPropertyChars = 30_000;

    public static string Serialize(AppliedTurns applied)
    {
        var rows = applied.NewestFirst.Select(t => new Row(t.ActivityId, t.DeliveryId, t.At,
            t.Replies.Count == 0 ? null : t.Replies.Select(r => r.Length <= MaxReplyChars ? r : r[..MaxReplyChars]).ToArray())).ToArray();
        var json = JsonSerializer.Serialize(rows, AppliedTurnsJson.Default.RowArray);
        // Over the limit: the oldest replies go first (the activities stay known, so a duplicate still changes nothing).
        for (var oldest = rows.Length - 1; json.Length > MaxPropertyChars && oldest >= 0; oldest--)
        {
            if (rows[oldest].R is null) continue;
            rows[oldest] = rows[oldest] with { R = null };
            json = JsonSerializer.Serialize(rows, AppliedTurnsJson.Default.RowArray);
        }
        return json;
    }

    public static AppliedTurns Deserialize(string? json)
    {
        if (string.IsNullOrEmpty(json)) return AppliedTurns.None;
        try
        {
            var rows = JsonSerializer.Deserialize(json, AppliedTurnsJson.Default.RowArray) ?? [];
            return new AppliedTurns(rows.Select(r => new AppliedTurn(r.A, r.D, r.R ?? [], r.T)).ToList());
        }
        catch (JsonException)
        {
            return AppliedTurns.None; // a hint for duplicates, never a reason to refuse the family
        }
    }

    internal sealed record Row(string A, string? D, DateTimeOffset T, string[]? R);
}

[JsonSerializable(typeof(AppliedTurnsSerializer.Row[]))]
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class AppliedTurnsJson : JsonSerializerContext;
