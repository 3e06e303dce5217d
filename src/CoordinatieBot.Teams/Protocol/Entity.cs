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
    public JsonObject? Properties { get; set; }

    public bool IsMention => string.Equals(Type, MentionType, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads this entity as a mention; null when it is not a well-formed mention.</summary>
    public Mention? AsMention()
    {
        if (!IsMention || Properties is null)
        {
            return null;
        }

        if (Properties["mentioned"] is not JsonObject mentioned)
        {
            return null;
        }

        var id = ReadString(mentioned["id"]);
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        return new Mention(id, ReadString(mentioned["name"]), ReadString(Properties["text"]) ?? string.Empty);
    }

    public static Entity FromMention(Mention mention) => new()
    {
        Type = MentionType,
        Properties = new JsonObject
        {
            ["mentioned"] = new JsonObject { ["id"] = mention.MentionedId, ["name"] = mention.MentionedName },
            ["text"] = mention.Text,
        },
    };

    private static string? ReadString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
