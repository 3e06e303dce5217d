using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CoordinatieBot.Teams.Connector;

namespace CoordinatieBot.Teams.Protocol;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(InvokeResponse))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ChannelAccount))]
internal sealed partial class ProtocolJsonContext : JsonSerializerContext;
