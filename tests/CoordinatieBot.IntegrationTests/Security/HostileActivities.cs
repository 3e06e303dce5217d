using System.Text.Json.Nodes;
using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Security;

/// <summary>
/// The corpus of hostile activities: each a body (built against the family's chat), the HTTP answers that are fine,
/// and, when the bot answers in chat, a piece of the helpful text it must say. None of them may change a family.
/// </summary>
public static class HostileActivities
{
    public sealed record Case(string Name, Func<Chat, string> Body, int[] Statuses, string? ReplyContains = null);

    private const string Outsider = "29:outsider";

    /// <summary>Conversation members the fake connector must deny (GET members/{id} → 404).</summary>
    public static readonly string[] NotInThread = [Outsider];

    private static string Json(JsonNode node) => node.ToJsonString();

    private static string Message(Chat chat, string text, Action<JsonObject>? change = null)
    {
        var activity = chat.Message(Persona.Piet, text, $"hostile-{Guid.NewGuid():N}");
        change?.Invoke(activity);
        return Json(activity);
    }

    private static string Invoke(Chat chat, JsonNode? value, string name = "adaptiveCard/action")
    {
        var activity = chat.Base("invoke", Persona.Piet, $"hostile-inv-{Guid.NewGuid():N}");
        activity["name"] = name;
        activity["replyToId"] = "card-1";
        activity["value"] = value;
        return Json(activity);
    }

    private static JsonObject Action(string verb, JsonObject data) =>
        new() { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } };

    public static IReadOnlyList<Case> All(string familyId) =>
    [
        // --- not an activity at all ---------------------------------------------------------------------------------
        new("invalid JSON", _ => "{ \"type\": \"message\", ", [400]),
        new("empty body", _ => "", [400]),
        new("JSON null", _ => "null", [400]),
        new("JSON array", _ => "[{\"type\":\"message\"}]", [400]),
        new("a string", _ => "\"message\"", [400]),
        new("deeply nested JSON", _ => string.Concat(Enumerable.Repeat("{\"value\":", 500)) + "1" + new string('}', 500), [400]),
        new("deeply nested value in a real activity", c => "{\"value\":" + new string('[', 100) + new string(']', 100) + "," + Message(c, "help")[1..], [400]),
        new("1 MB of text", c => Message(c, new string('x', 1024 * 1024)), [400, 413]),
        new("3 MB body", c => Message(c, new string('y', 3 * 1024 * 1024)), [400, 413]),

        // --- wrong types --------------------------------------------------------------------------------------------
        new("type is a number", c => Message(c, "help", a => a["type"] = 5), [400]),
        new("from is a string", c => Message(c, "help", a => a["from"] = "29:piet"), [400]),
        new("conversation is an array", c => Message(c, "help", a => a["conversation"] = new JsonArray(1, 2)), [400]),
        new("text is an object", c => Message(c, "help", a => a["text"] = new JsonObject { ["$ne"] = "" }), [400]),
        new("entities is an object", c => Message(c, "help", a => a["entities"] = new JsonObject()), [400]),
        new("membersAdded is a number", c => Message(c, "help", a => a["membersAdded"] = 7), [400]),
        new("timestamp is garbage", c => Message(c, "help", a => a["timestamp"] = "gisteren ofzo"), [200], "start gezin"),

        // --- missing parts --------------------------------------------------------------------------------------------
        new("no conversation", c => Message(c, "plan", a => a.Remove("conversation")), [400]),
        new("no conversation id", c => Message(c, "plan", a => a["conversation"]!.AsObject().Remove("id")), [400]),
        new("no from", c => Message(c, "plan", a => a.Remove("from")), [400]),
        new("empty from id", c => Message(c, "plan", a => a["from"]!["id"] = ""), [400]),
        new("no serviceUrl", c => Message(c, "plan", a => a.Remove("serviceUrl")), [400]),
        new("serviceUrl javascript:", c => Message(c, "plan", a => a["serviceUrl"] = "javascript:alert(1)"), [400]),
        new("serviceUrl file:", c => Message(c, "plan", a => a["serviceUrl"] = "file:///etc/passwd"), [400]),
        new("serviceUrl relative", c => Message(c, "plan", a => a["serviceUrl"] = "/v3/conversations"), [400]),
        new("no type", c => Message(c, "plan", a => a.Remove("type")), [400]),
        new("no tenant anywhere", c => Message(c, "plan", a => { a["conversation"]!.AsObject().Remove("tenantId"); a.Remove("channelData"); }), [200]),
        new("two different tenants", c => Message(c, "plan", a => a["channelData"]!["tenant"]!["id"] = "tenant-evil"), [403]),

        // --- odd but valid: a clear answer, nothing changed -----------------------------------------------------------
        new("control characters", c => Message(c, "\u0000\u0001\u0007\u001b[2J\u001b[31mhallo\u0008\u007f"), [200], "plan"),
        new("bidi override and zero-width", c => Message(c, "\u202Ehulp\u200B\u200D"), [200], "help"),
        new("card JSON as text", c => Message(c, "{\"type\":\"AdaptiveCard\",\"body\":[{\"type\":\"Action.OpenUrl\",\"url\":\"https://evil.example\"}]}"), [200], "begreep ik niet"),
        new("markdown/HTML injection in a second family", c => Message(c, "start gezin **Kraai** <img src=x onerror=alert(1)> [klik](https://evil.example)"), [200], "alias"),
        new("template injection", c => Message(c, "${{7*7}} {{DATE(2026-01-01)}} <%= 7*7 %>"), [200], "begreep ik niet"),
        new("SQL/OData-looking text", c => Message(c, "plan' or PartitionKey ne '' --"), [200]),
        new("mention of someone not in the chat", c => Json(c.Message(Persona.Piet, "taak: @Onbekend belt de school voor vrijdag", $"hostile-{Guid.NewGuid():N}",
            new Persona(Outsider, "Onbekend Buiten", "aad-outsider"))), [200], "Wie bedoel je"),
        new("mention of an outsider as regie receiver", c => Json(c.Message(Persona.Piet, "regie overdragen aan @Onbekend", $"hostile-{Guid.NewGuid():N}",
            new Persona(Outsider, "Onbekend Buiten", "aad-outsider"))), [200], "Wie bedoel je"),
        new("mention entity without an id", c => Message(c, "taak: <at>Niemand</at> belt voor vrijdag", a => a["entities"]!.AsArray().Add(new JsonObject
            { ["type"] = "mention", ["mentioned"] = new JsonObject { ["name"] = "Niemand" }, ["text"] = "<at>Niemand</at>" })), [200], "Wie bedoel je"),
        new("5000 entities", c => Message(c, "help", a =>
        {
            var many = new JsonArray();
            for (var i = 0; i < 5000; i++) many.Add(new JsonObject { ["type"] = "mention", ["mentioned"] = new JsonObject { ["id"] = $"29:x{i}", ["name"] = "x" }, ["text"] = "<at>x</at>" });
            a["entities"] = many;
        }), [200], "start gezin"),
        new("5000 attachments of junk", c => Message(c, "help", a =>
        {
            var many = new JsonArray();
            for (var i = 0; i < 5000; i++) many.Add(new JsonObject { ["contentType"] = "text/html", ["content"] = "<script>x</script>" });
            a["attachments"] = many;
        }), [200], "start gezin"),
        new("conversation id with path traversal", c => Message(c, "help", a => a["conversation"]!["id"] = "../../v3/conversations/other/activities"), [200], "start gezin"),
        new("replyToId with path traversal", c => Message(c, "help", a => a["id"] = "../../../v3/botstate"), [200], "start gezin"),
        new("unknown activity type", c => Message(c, "gezin afsluiten: weg", a => a["type"] = "deleteUserData"), [200]),
        new("messageReaction", c => Message(c, "gezin afsluiten: weg", a => a["type"] = "messageReaction"), [200]),
        new("endOfConversation", c => Message(c, "gezin afsluiten: weg", a => a["type"] = "endOfConversation"), [200]),
        new("a 1000-character type", c => Message(c, "help", a => a["type"] = new string('m', 1000)), [200]),
        new("message without text", c => Message(c, "help", a => a.Remove("text")), [200]),

        // --- invokes (Universal Actions answer HTTP 200 with statusCode 400 and an error body) --------------------------------------------------------------------------------------------------
        new("invoke with a forged verb", c => Invoke(c, Action("admin.eraseAll", new JsonObject { ["familyId"] = familyId })), [200], "Die taak bestaat niet"),
        new("invoke with a forged escalation verb", c => Invoke(c, Action("esc.ack", new JsonObject { ["familyId"] = familyId, ["escalation"] = "1" })), [200], "Alleen deelnemers"),
        new("invoke done on a task that does not exist", c => Invoke(c, Action("action.done", new JsonObject { ["familyId"] = familyId, ["action"] = "999" })), [200], "bestaat niet"),
        new("invoke with a forged family id", c => Invoke(c, Action("action.done", new JsonObject { ["familyId"] = "00000000000000000000000000000000", ["action"] = "1" })), [200], "Alleen deelnemers"),
        new("invoke without family id", c => Invoke(c, Action("action.done", new JsonObject { ["action"] = "1" })), [200], "bestaat niet"),
        new("invoke with data of the wrong types", c => Invoke(c, Action("action.done", new JsonObject { ["familyId"] = new JsonArray(familyId), ["action"] = new JsonObject() })), [200], "bestaat niet"),
        new("invoke with a huge data value", c => Invoke(c, Action("action.notPossible", new JsonObject { ["familyId"] = familyId, ["action"] = "1", ["reason"] = new string('r', 100_000) })), [200]),
        new("invoke with a value that is a string", c => Invoke(c, JsonValue.Create("drop table")), [200], "application/vnd.microsoft.error"),
        new("invoke without a verb", c => Invoke(c, new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["data"] = new JsonObject { ["familyId"] = familyId } } }), [200], "application/vnd.microsoft.error"),
        new("invoke with the verb as a number", c => Invoke(c, Action("x", new JsonObject()).Also(v => v["action"]!["verb"] = 42)), [200], "application/vnd.microsoft.error"),
        new("invoke of another kind", c => Invoke(c, new JsonObject { ["commandId"] = "x" }, "fileConsent/invoke"), [200], "application/vnd.microsoft.error"),
        // --- message extension invokes: a command it does not have, a dialog of another family, values of the wrong types ----
        new("message extension command it does not have", c => Invoke(c, new JsonObject { ["commandId"] = "x" }, "composeExtension/fetchTask"), [200], "\"task\""),
        new("message extension dialog sent with a forged family", c => Invoke(c, new JsonObject { ["commandId"] = "taskFromMessage", ["data"] = new JsonObject { ["familyId"] = "00000000000000000000000000000000", ["title"] = "aanval", ["due"] = "2030-01-01" } }, "composeExtension/submitAction"), [200], "Alleen deelnemers"),
        new("message extension dialog with data of the wrong types", c => Invoke(c, new JsonObject { ["commandId"] = "taskFromMessage", ["data"] = new JsonArray(1, 2) }, "composeExtension/submitAction"), [200], "\"task\""),
        new("message extension search with a huge query", c => Invoke(c, new JsonObject { ["commandId"] = "findTask", ["parameters"] = new JsonArray(new JsonObject { ["name"] = "query", ["value"] = new string('q', 100_000) }) }, "composeExtension/query"), [200], "composeExtension"),
        new("invoke without a name", c => Invoke(c, Action("action.done", new JsonObject { ["familyId"] = familyId, ["action"] = "1" }), name: ""), [200], "application/vnd.microsoft.error"),
    ];

    private static JsonObject Also(this JsonObject node, Action<JsonObject> change)
    {
        change(node);
        return node;
    }
}
