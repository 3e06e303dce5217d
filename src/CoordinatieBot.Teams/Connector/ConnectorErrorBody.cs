using System.Text.Json;

namespace CoordinatieBot.Teams.Connector;

/// <summary>Reads the error code and Teams subCode from a Connector error body ({"error":{"code":…}}); message text is ignored.</summary>
internal static class ConnectorErrorBody
{
    public static (string? Code, string? SubCode) Parse(byte[] body)
    {
        if (body.Length == 0)
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 32 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }

            var error = root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object ? e : root;
            return (ReadString(error, "code"), ReadString(error, "subCode") ?? ReadString(root, "subCode"));
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? ReadString(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString();
            }
        }

        return null;
    }
}
