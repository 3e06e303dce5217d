using System.Text.Json.Nodes;

namespace CoordinatieBot.Teams.Cards;

/// <summary>
/// Typed builders for the Adaptive Card 1.5 elements the bot uses. User text only ever goes into a
/// <see cref="Literal"/> (a TextRun, which renders no Markdown) or a JSON string value, so it stays text.
/// </summary>
public static class AdaptiveElements
{
    public const string Version = "1.5";
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Teams lists at most this many users in a card's <see cref="Refresh"/>.</summary>
    public const int MaxRefreshUsers = 60;

    public static JsonObject Card(IEnumerable<JsonNode?> body, IEnumerable<JsonNode?>? actions = null, JsonObject? refresh = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = new JsonArray(body.Where(n => n is not null).ToArray()),
        };
        var actionArray = actions?.Where(a => a is not null).ToArray();
        if (actionArray is { Length: > 0 }) card["actions"] = new JsonArray(actionArray);
        if (refresh is not null) card["refresh"] = refresh;
        card["msteams"] = new JsonObject { ["width"] = "Full" };
        return card;
    }

    /// <summary>
    /// Universal Actions refresh: as the card is shown to one of <paramref name="userIds"/> (Teams user ids, 29:…),
    /// Teams invokes <paramref name="action"/> for them (value.trigger "automatic") and shows that user the card the bot
    /// answers. More than <see cref="MaxRefreshUsers"/> and the list is empty: nobody automatically, anyone from the
    /// message menu.
    /// </summary>
    public static JsonObject Refresh(JsonObject action, IEnumerable<string> userIds)
    {
        var ids = userIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count > MaxRefreshUsers) ids.Clear();
        return new JsonObject { ["action"] = action, ["userIds"] = new JsonArray([.. ids.Select(id => (JsonNode)JsonValue.Create(id))]) };
    }

    /// <summary>Bot-authored text (may use the card's Markdown subset).</summary>
    public static JsonObject Text(string text, string? size = null, string? weight = null, string? color = null,
        bool subtle = false, string? spacing = null, bool separator = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null) block["size"] = size;
        if (weight is not null) block["weight"] = weight;
        if (color is not null) block["color"] = color;
        if (subtle) block["isSubtle"] = true;
        if (spacing is not null) block["spacing"] = spacing;
        if (separator) block["separator"] = true;
        return block;
    }

    /// <summary>Text that mixes bot words and user text: each run is rendered literally, never as Markdown.</summary>
    public static JsonObject Literal(params Run[] runs) => LiteralSpaced(null, runs);

    /// <summary>As <see cref="Literal"/>, with the block's spacing ("None", "Small", …) set.</summary>
    public static JsonObject LiteralSpaced(string? spacing, params Run[] runs)
    {
        var inlines = new JsonArray();
        foreach (var run in runs)
        {
            if (string.IsNullOrEmpty(run.Text)) continue;
            var textRun = new JsonObject { ["type"] = "TextRun", ["text"] = run.Text };
            if (run.Bold) textRun["weight"] = "Bolder";
            if (run.Italic) textRun["italic"] = true;
            if (run.Subtle) textRun["isSubtle"] = true;
            if (run.Color is not null) textRun["color"] = run.Color;
            if (run.Size is not null) textRun["size"] = run.Size;
            inlines.Add(textRun);
        }
        var block = new JsonObject { ["type"] = "RichTextBlock", ["inlines"] = inlines };
        if (spacing is not null) block["spacing"] = spacing;
        return block;
    }

    public static JsonObject Container(IEnumerable<JsonNode?> items, string? style = null, bool separator = false, string? spacing = null)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = new JsonArray(items.Where(i => i is not null).ToArray()) };
        if (style is not null) container["style"] = style;
        if (separator) container["separator"] = true;
        if (spacing is not null) container["spacing"] = spacing;
        return container;
    }

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray(facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value }).ToArray()),
    };

    public static JsonObject Actions(params JsonNode?[] actions) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = new JsonArray(actions.Where(a => a is not null).ToArray()),
    };

    /// <summary>Universal Action: Teams sends an adaptiveCard/action invoke with this verb and data.</summary>
    public static JsonObject Execute(string title, string verb, IReadOnlyDictionary<string, string> data, string? style = null)
    {
        var dataObject = new JsonObject();
        foreach (var (key, value) in data) dataObject[key] = value;
        var action = new JsonObject { ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb, ["data"] = dataObject };
        if (style is not null) action["style"] = style;
        return action;
    }

    public static JsonObject ShowCard(string title, IEnumerable<JsonNode?> body, IEnumerable<JsonNode?> actions) => new()
    {
        ["type"] = "Action.ShowCard",
        ["title"] = title,
        ["card"] = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["body"] = new JsonArray(body.Where(b => b is not null).ToArray()),
            ["actions"] = new JsonArray(actions.Where(a => a is not null).ToArray()),
        },
    };

    public static JsonObject InputText(string id, string label, string placeholder, bool required = false, int maxLength = 200,
        string? value = null, bool multiline = false)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.Text", ["id"] = id, ["label"] = label, ["placeholder"] = placeholder,
            ["maxLength"] = maxLength, ["isRequired"] = required,
        };
        if (required) input["errorMessage"] = label;
        if (multiline) input["isMultiline"] = true;
        if (!string.IsNullOrEmpty(value)) input["value"] = value;
        return input;
    }

    public static JsonObject InputDate(string id, string label, DateOnly? min = null, bool required = false, DateOnly? value = null)
    {
        var input = new JsonObject { ["type"] = "Input.Date", ["id"] = id, ["label"] = label, ["isRequired"] = required };
        if (min is { } m) input["min"] = m.ToString("yyyy-MM-dd");
        if (value is { } v) input["value"] = v.ToString("yyyy-MM-dd");
        if (required) input["errorMessage"] = label;
        return input;
    }

    public static JsonObject Toggle(string id, string title, bool on) => new()
    {
        ["type"] = "Input.Toggle", ["id"] = id, ["title"] = title, ["value"] = on ? "true" : "false",
        ["valueOn"] = "true", ["valueOff"] = "false",
    };

    /// <summary>A compact choice list; titles may be user text (names), which Input.ChoiceSet renders as plain text.</summary>
    public static JsonObject ChoiceSet(string id, string label, IEnumerable<(string Title, string Value)> choices,
        bool required = true, bool expanded = false, bool multiSelect = false, string? value = null, string? placeholder = null)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = id,
            ["label"] = label,
            ["style"] = expanded ? "expanded" : "compact",
            ["isRequired"] = required,
            ["choices"] = new JsonArray(choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value }).ToArray()),
        };
        if (required) input["errorMessage"] = label;
        if (multiSelect) input["isMultiSelect"] = true;
        if (!string.IsNullOrEmpty(value)) input["value"] = value;
        if (placeholder is not null) input["placeholder"] = placeholder;
        return input;
    }

    /// <summary>
    /// Teams' people picker: an Input.ChoiceSet whose choices.data searches the members of the conversation the card is in
    /// (Microsoft Graph, by Teams itself); it answers the Entra object id of the person picked. The static choices are
    /// offered too (and are all a client without the Graph search shows).
    /// </summary>
    public static JsonObject PeoplePicker(string id, string label, string placeholder, IEnumerable<(string Title, string Value)> choices, string? value)
    {
        var input = ChoiceSet(id, label, choices, required: false, value: value, placeholder: placeholder);
        input.Remove("style");
        input["choices.data"] = new JsonObject { ["type"] = "Data.Query", ["dataset"] = "graph.microsoft.com/users?scope=currentContext" };
        return input;
    }

    /// <summary>For a Teams dialog (task module), where Universal Actions do not run: the inputs and data go back in the submit.</summary>
    public static JsonObject Submit(string title, IReadOnlyDictionary<string, string> data, string? style = null)
    {
        var dataObject = new JsonObject();
        foreach (var (key, value) in data) dataObject[key] = value;
        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = dataObject };
        if (style is not null) action["style"] = style;
        return action;
    }

    public static JsonObject Column(IEnumerable<JsonNode?> items, string width = "stretch") => new()
    {
        ["type"] = "Column",
        ["width"] = width,
        ["items"] = new JsonArray(items.Where(i => i is not null).ToArray()),
    };

    public static JsonObject Columns(params JsonNode[] columns) => new() { ["type"] = "ColumnSet", ["columns"] = new JsonArray(columns) };
}

/// <summary>A piece of literal text in a <see cref="AdaptiveElements.Literal"/> block.</summary>
public sealed record Run(string? Text, bool Bold = false, bool Italic = false, bool Subtle = false, string? Color = null, string? Size = null);
