using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CoordinatieBot.IntegrationTests.Infrastructure;

/// <summary>
/// A Teams conversation driven through <c>POST /api/messages</c> the way the Bot Connector posts activities:
/// the bot @mentioned, other people as mention entities, replies read back from the fake connector.
/// </summary>
public sealed class Chat(IChatHost app, HttpClient http, string conversationId, string conversationType = "groupChat", string tenantId = "tenant-1")
{
    public const string BotId = "28:coordinatiebot";
    public const string BotName = "CoordinatieBot";
    private static int _activity; // unique across chats and hosts, as Teams activity ids are

    /// <summary>For a channel: the team it belongs to (channelData.team.id).</summary>
    public string? TeamId { get; init; }

    public string ConversationId => conversationId;

    /// <summary>The id of the last message this chat sent.</summary>
    public string? LastActivityId { get; private set; }
    public string TenantId => tenantId;

    /// <summary>Posts a message and returns the bot's text replies to it.</summary>
    public async Task<IReadOnlyList<RecordedCall>> SendAsync(Persona from, string text, params Persona[] mentions)
    {
        var before = app.Connector.Calls.Count;
        var activityId = $"msg-{conversationId}-{Interlocked.Increment(ref _activity)}";
        LastActivityId = activityId;
        var response = await PostAsync(Message(from, text, activityId, mentions));
        response.EnsureSuccessStatusCode();
        await app.IdleAsync();
        return app.Connector.Calls.Skip(before).ToList();
    }

    /// <summary>Posts a message and returns the text of the bot's first reply.</summary>
    public async Task<string> SayAsync(Persona from, string text, params Persona[] mentions)
    {
        var calls = await SendAsync(from, text, mentions);
        // The reply in this conversation; 1:1 messages the turn sent to others (e.g. telling the regisseur) come before it.
        var reply = calls.FirstOrDefault(c => c.Method == "POST" && c.Text is not null && c.Path.StartsWith($"/v3/conversations/{conversationId}/", StringComparison.Ordinal))
                    ?? calls.FirstOrDefault(c => c.Method == "POST" && c.Text is not null)
                    ?? throw new InvalidOperationException($"No text reply to '{text}'. Calls: {string.Join("; ", calls.Select(c => c.Method + " " + c.Path))}");
        return reply.Text!;
    }

    /// <summary>Presses a card button (Action.Execute) and returns the invoke response body.</summary>
    public async Task<JsonNode> InvokeAsync(Persona from, string verb, IDictionary<string, string> data, string cardActivityId)
    {
        var response = await PostAsync(Invoke(from, verb, data, cardActivityId));
        response.EnsureSuccessStatusCode();
        await app.IdleAsync();
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    /// <summary>
    /// What Teams posts as <paramref name="card"/> is shown to <paramref name="from"/>: the card's refresh action, with
    /// value.trigger "automatic". Returns the invoke response body.
    /// </summary>
    public async Task<JsonNode> RefreshAsync(Persona from, JsonNode card, string cardActivityId)
    {
        var action = card["refresh"]?["action"] ?? throw new InvalidOperationException("The card has no refresh");
        var data = action["data"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        var response = await PostAsync(Invoke(from, action["verb"]!.GetValue<string>(), data, cardActivityId, trigger: "automatic"));
        response.EnsureSuccessStatusCode();
        await app.IdleAsync();
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    /// <summary>The invoke activity Teams posts when a card button (Action.Execute) is pressed, or (trigger "automatic") the card refreshed.</summary>
    public JsonObject Invoke(Persona from, string verb, IDictionary<string, string> data, string cardActivityId, string? activityId = null, string trigger = "manual")
    {
        var dataNode = new JsonObject();
        foreach (var (k, v) in data) dataNode[k] = v;
        var activity = Base("invoke", from, activityId ?? $"inv-{Interlocked.Increment(ref _activity)}");
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = cardActivityId;
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = dataNode },
            ["trigger"] = trigger,
        };
        return activity;
    }

    /// <summary>
    /// Posts a conversationUpdate as Teams does when people join or leave: in a group chat plain membersAdded /
    /// membersRemoved, in a team with channelData.eventType teamMemberAdded / teamMemberRemoved.
    /// </summary>
    public async Task MembersChangedAsync(Persona[]? added = null, Persona[]? removed = null)
    {
        var activity = Base("conversationUpdate", added?.FirstOrDefault() ?? removed![0], $"cu-{Interlocked.Increment(ref _activity)}");
        activity.Remove("text");
        if (added is { Length: > 0 }) activity["membersAdded"] = new JsonArray([.. added.Select(u => (JsonNode)new JsonObject { ["id"] = u.Id, ["name"] = u.Name, ["aadObjectId"] = u.AadObjectId })]);
        if (removed is { Length: > 0 }) activity["membersRemoved"] = new JsonArray([.. removed.Select(u => (JsonNode)new JsonObject { ["id"] = u.Id, ["aadObjectId"] = u.AadObjectId })]);
        if (TeamId is not null) activity["channelData"]!["eventType"] = added is { Length: > 0 } ? "teamMemberAdded" : "teamMemberRemoved";
        var response = await PostAsync(activity);
        response.EnsureSuccessStatusCode();
        await app.IdleAsync();
    }

    /// <summary>
    /// Posts what Teams sends when <paramref name="from"/> edits their message <paramref name="activityId"/>: type
    /// messageUpdate, the edited message's id, the new text with the bot's @mention entities, channelData.eventType
    /// editMessage. Returns what the bot sent.
    /// </summary>
    public async Task<IReadOnlyList<RecordedCall>> EditAsync(Persona from, string activityId, string newText, params Persona[] mentions)
    {
        var before = app.Connector.Calls.Count;
        var activity = Message(from, newText, activityId, mentions);
        activity["type"] = "messageUpdate";
        activity["channelData"]!["eventType"] = "editMessage";
        (await PostAsync(activity)).EnsureSuccessStatusCode();
        await app.IdleAsync();
        return app.Connector.Calls.Skip(before).ToList();
    }

    /// <summary>Posts what Teams sends when a message is deleted: type messageDelete, its id, channelData.eventType softDeleteMessage.</summary>
    public async Task<IReadOnlyList<RecordedCall>> DeleteAsync(Persona from, string activityId)
    {
        var before = app.Connector.Calls.Count;
        var activity = Base("messageDelete", from, activityId);
        activity["channelData"]!["eventType"] = "softDeleteMessage";
        (await PostAsync(activity)).EnsureSuccessStatusCode();
        await app.IdleAsync();
        return app.Connector.Calls.Skip(before).ToList();
    }

    /// <summary>
    /// The bot removed from this chat by <paramref name="by"/>, as Teams tells it: an installationUpdate with action
    /// remove, and a conversationUpdate whose membersRemoved holds the bot.
    /// </summary>
    public Task BotRemovedAsync(Persona by) => BotPresenceAsync(by, present: false);

    /// <summary>The bot added to this chat again: installationUpdate add, and a conversationUpdate whose membersAdded holds the bot.</summary>
    public Task BotAddedAsync(Persona by) => BotPresenceAsync(by, present: true);

    private async Task BotPresenceAsync(Persona by, bool present)
    {
        var installation = Base("installationUpdate", by, $"f:iu-{Interlocked.Increment(ref _activity)}");
        installation["action"] = present ? "add" : "remove";
        (await PostAsync(installation)).EnsureSuccessStatusCode();
        var update = Base("conversationUpdate", by, $"f:cu-{Interlocked.Increment(ref _activity)}");
        update[present ? "membersAdded" : "membersRemoved"] = new JsonArray(new JsonObject { ["id"] = BotId });
        if (TeamId is not null) update["channelData"]!["eventType"] = present ? "teamMemberAdded" : "teamMemberRemoved";
        (await PostAsync(update)).EnsureSuccessStatusCode();
        await app.IdleAsync();
    }

    public Task<HttpResponseMessage> PostAsync(JsonNode activity) =>
        http.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

    public JsonObject Message(Persona from, string text, string activityId, params Persona[] mentions)
    {
        var activity = Base("message", from, activityId);
        var entities = new JsonArray { Mention(BotId, BotName) };
        var body = text;
        foreach (var person in mentions)
        {
            entities.Add(Mention(person.Id, person.Name));
            body = body.Replace("@" + person.Name.Split(' ')[0], $"<at>{person.Name}</at>");
        }
        activity["text"] = conversationType == "personal" ? body : $"<at>{BotName}</at> {body}";
        activity["textFormat"] = "plain";
        activity["entities"] = entities;
        return activity;
    }

    public JsonObject Base(string type, Persona from, string activityId) => new()
    {
        ["type"] = type,
        ["id"] = activityId,
        ["timestamp"] = app.Now.ToString("O"),
        ["serviceUrl"] = app.Connector.ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = from.Id, ["name"] = from.Name, ["aadObjectId"] = from.AadObjectId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["conversation"] = new JsonObject
        {
            ["id"] = conversationId,
            ["conversationType"] = conversationType,
            ["tenantId"] = tenantId,
            ["isGroup"] = conversationType != "personal",
        },
        ["channelData"] = TeamId is null
            ? new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } }
            : new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId }, ["team"] = new JsonObject { ["id"] = TeamId } },
        ["locale"] = "nl-NL",
    };

    private static JsonObject Mention(string id, string name) => new()
    {
        ["type"] = "mention",
        ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name },
        ["text"] = $"<at>{name}</at>",
    };
}
