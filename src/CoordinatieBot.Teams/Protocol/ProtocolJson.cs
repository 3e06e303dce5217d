using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CoordinatieBot.Teams.Protocol;

/// <summary>The one set of JSON rules for everything that crosses the wire: camelCase, nulls left out, unknown properties ignored.</summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options => ProtocolJsonContext.Default.Options;

    public static JsonTypeInfo<Activity> Activity => ProtocolJsonContext.Default.Activity;

    public static JsonTypeInfo<InvokeResponse> InvokeResponse => ProtocolJsonContext.Default.InvokeResponse;

    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, Activity);

    public static byte[] SerializeToUtf8Bytes<T>(T value) =>
        JsonSerializer.SerializeToUtf8Bytes(value, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)));

    public static T? Deserialize<T>(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)));
}
