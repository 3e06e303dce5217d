using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CoordinatieBot.Teams.Protocol;

/// <summary>An activity entity: its type plus every other property kept as raw JSON, since entity shapes vary by type.</summary>
public sealed class Entity
{
    public const string MentionType = "mention";

    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    [JsonIgnore]
    public bool IsMention => string.Equals(Type, MentionType, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads this entity as a mention; null when it is not a well-formed mention.</summary>
    public Mention? AsMention()
    {
        if (!IsMention || Properties is null
            || !Properties.TryGetValue("mentioned", out var mentioned)
            || mentioned.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var id = ReadString(mentioned, "id");
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        var text = Properties.TryGetValue("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return new Mention(id, ReadString(mentioned, "name"), text ?? string.Empty);
    }

    public static Entity FromMention(Mention mention) => new()
    {
        Type = MentionType,
        Properties = new Dictionary<string, JsonElement>
        {
            ["mentioned"] = ToElement(new JsonObject { ["id"] = mention.MentionedId, ["name"] = mention.MentionedName }),
            ["text"] = ToElement(JsonValue.Create(mention.Text)),
        },
    };

    private static JsonElement ToElement(JsonNode node) => JsonSerializer.SerializeToElement(node, ProtocolJsonContext.Default.JsonNode);

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
