using System.Text.Json.Nodes;

namespace CoordinatieBot.Teams.Protocol;

/// <summary>What the host writes back for an invoke activity: HTTP status plus a JSON body.</summary>
public sealed class InvokeResponse
{
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public int Status { get; init; }
    public JsonNode? Body { get; init; }

    /// <summary>Universal Actions: replace the card for the user who clicked.</summary>
    public static InvokeResponse AdaptiveCard(JsonNode card) => Universal(200, AdaptiveCardType, card.DeepClone());

    /// <summary>Universal Actions: show a short text to the user who clicked.</summary>
    public static InvokeResponse Message(string text) => Universal(200, MessageType, JsonValue.Create(text));

    /// <summary>Universal Actions error; statusCode 400 (bad request) or 500 (bot failure).</summary>
    public static InvokeResponse Error(string code, string message, int statusCode = 400) =>
        Universal(statusCode, ErrorType, new JsonObject { ["code"] = code, ["message"] = message });

    public static InvokeResponse Empty(int status = 200) => new() { Status = status };

    /// <summary>A message extension's dialog (task module) with this Adaptive Card.</summary>
    public static InvokeResponse Dialog(string title, JsonNode card) => new()
    {
        Status = 200,
        Body = new JsonObject
        {
            ["task"] = new JsonObject
            {
                ["type"] = "continue",
                ["value"] = new JsonObject
                {
                    ["title"] = title,
                    ["height"] = "large",
                    ["width"] = "medium",
                    ["card"] = new JsonObject { ["contentType"] = AdaptiveCardType, ["content"] = card.DeepClone() },
                },
            },
        },
    };

    /// <summary>A dialog (task module) that shows a web page of the host (an https URL of a domain in the app's manifest).</summary>
    public static InvokeResponse DialogPage(string title, string url, string fallbackUrl, int height, int width) => new()
    {
        Status = 200,
        Body = new JsonObject
        {
            ["task"] = new JsonObject
            {
                ["type"] = "continue",
                ["value"] = new JsonObject
                {
                    ["title"] = title,
                    ["url"] = url,
                    ["fallbackUrl"] = fallbackUrl,
                    ["height"] = height,
                    ["width"] = width,
                },
            },
        },
    };

    /// <summary>A message extension search's results: each an Adaptive Card to put in the compose box, listed by its preview.</summary>
    public static InvokeResponse SearchResults(IEnumerable<(JsonNode Card, string Title, string Text)> results) => new()
    {
        Status = 200,
        Body = new JsonObject
        {
            ["composeExtension"] = new JsonObject
            {
                ["type"] = "result",
                ["attachmentLayout"] = "list",
                ["attachments"] = new JsonArray(results.Select(r => (JsonNode)new JsonObject
                {
                    ["contentType"] = AdaptiveCardType,
                    ["content"] = r.Card.DeepClone(),
                    ["preview"] = new JsonObject
                    {
                        ["contentType"] = "application/vnd.microsoft.card.thumbnail",
                        ["content"] = new JsonObject { ["title"] = r.Title, ["text"] = r.Text },
                    },
                }).ToArray()),
            },
        },
    };

    /// <summary>A message extension search that has no results to show, only words (plain text).</summary>
    public static InvokeResponse SearchMessage(string text) => new()
    {
        Status = 200,
        Body = new JsonObject { ["composeExtension"] = new JsonObject { ["type"] = "message", ["text"] = text } },
    };

    /// <summary>A message extension's short pop-up text (plain: Teams shows no formatting there).</summary>
    public static InvokeResponse DialogMessage(string text) => new()
    {
        Status = 200,
        Body = new JsonObject { ["task"] = new JsonObject { ["type"] = "message", ["value"] = text } },
    };

    // The HTTP status is 200 even for errors: Teams reads the statusCode inside the body.
    private static InvokeResponse Universal(int statusCode, string type, JsonNode? value) => new()
    {
        Status = 200,
        Body = new JsonObject
        {
            ["statusCode"] = statusCode,
            ["type"] = type,
            ["value"] = value,
        },
    };
}
