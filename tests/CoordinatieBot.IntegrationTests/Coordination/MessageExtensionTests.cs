using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Coordination;

/// <summary>
/// Issue 15 item 2, end to end over HTTP with the payloads Teams sends: "Maak taak van dit bericht" on a message opens
/// the task form as a dialog, filled in from the message; sending it adds the task in that chat's family (never another's)
/// and the thread hears it; outside a family's chat the dialog says where to use it.
/// </summary>
public class MessageExtensionTests : BotTestBase
{
    private static readonly System.Text.Json.JsonSerializerOptions Relaxed =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A message as Teams gives it to a message action: HTML, the mentioned colleague by Entra object id, the bot as an app.</summary>
    private static JsonObject OnMessage(string html, params Persona[] mentioned)
    {
        var mentions = new JsonArray();
        for (var i = 0; i < mentioned.Length; i++)
            mentions.Add(new JsonObject
            {
                ["id"] = i,
                ["mentionText"] = mentioned[i].Name,
                ["mentioned"] = new JsonObject { ["user"] = new JsonObject { ["id"] = mentioned[i].AadObjectId, ["displayName"] = mentioned[i].Name, ["userIdentityType"] = "aadUser" } },
            });
        mentions.Add(new JsonObject
        {
            ["id"] = mentioned.Length,
            ["mentionText"] = Chat.BotName,
            ["mentioned"] = new JsonObject { ["application"] = new JsonObject { ["id"] = "bot-app", ["displayName"] = Chat.BotName, ["applicationIdentityType"] = "bot" } },
        });
        return new JsonObject
        {
            ["commandId"] = "taskFromMessage",
            ["commandContext"] = "message",
            ["requestId"] = Guid.NewGuid().ToString("N"),
            ["context"] = new JsonObject { ["theme"] = "default" },
            ["messagePayload"] = new JsonObject
            {
                ["id"] = "1611060744833",
                ["createdDateTime"] = "2026-12-01T09:00:00.000Z",
                ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = html },
                ["from"] = new JsonObject { ["user"] = new JsonObject { ["id"] = Persona.Piet.AadObjectId, ["displayName"] = Persona.Piet.Name, ["userIdentityType"] = "aadUser" } },
                ["mentions"] = mentions,
            },
        };
    }

    private static async Task<JsonNode> ComposeAsync(Chat chat, Persona from, string name, JsonObject value)
    {
        var activity = chat.Base("invoke", from, $"me-{Guid.NewGuid():N}");
        activity["name"] = name;
        activity["value"] = value;
        var response = await chat.PostAsync(activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync();
        return body.Length == 0 ? new JsonObject() : JsonNode.Parse(body)!;
    }

    private static JsonNode DialogCard(JsonNode answer)
    {
        Assert.Equal("continue", answer["task"]!["type"]!.GetValue<string>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer["task"]!["value"]!["card"]!["contentType"]!.GetValue<string>());
        return answer["task"]!["value"]!["card"]!["content"]!;
    }

    private static string? Input(JsonNode card, string id) =>
        RegieTests.Walk(card).OfType<JsonObject>().FirstOrDefault(o => o["id"]?.GetValue<string>() == id)?["value"]?.GetValue<string>();

    /// <summary>What Teams sends when the dialog's Action.Submit is pressed: its data merged with the inputs.</summary>
    private static JsonObject Submitted(JsonNode card, params (string Id, string Value)[] changed)
    {
        var submit = RegieTests.Walk(card).OfType<JsonObject>().Single(o => o["type"]?.GetValue<string>() == "Action.Submit");
        var data = submit["data"]!.DeepClone().AsObject();
        foreach (var input in RegieTests.Walk(card).OfType<JsonObject>().Where(o => o["type"]?.GetValue<string>()?.StartsWith("Input.") == true && o["value"] is not null))
            data[input["id"]!.GetValue<string>()] = input["value"]!.GetValue<string>();
        foreach (var (id, value) in changed) data[id] = value;
        return new JsonObject { ["commandId"] = "taskFromMessage", ["commandContext"] = "message", ["context"] = new JsonObject { ["theme"] = "default" }, ["data"] = data };
    }

    [Fact]
    public async Task A_message_becomes_a_prefilled_dialog_and_sending_it_adds_the_task_in_that_chats_family_once()
    {
        var chat = await VlinderAsync();
        var fetched = await ComposeAsync(chat, Persona.Fatima, "composeExtension/fetchTask",
            OnMessage("<p><at id=\"1\">CoordinatieBot</at> <at id=\"0\">Sanne Jansen</at> kun jij de aanmelding bij de schuldhulp regelen voor vrijdag?</p>", Persona.Sanne));
        Assert.Equal("Maak taak van dit bericht", fetched["task"]!["value"]!["title"]!.GetValue<string>());
        var card = DialogCard(fetched);
        Assert.Equal("aanmelding bij de schuldhulp regelen", Input(card, "title"));
        Assert.Equal(Persona.Sanne.AadObjectId, Input(card, "owner"));
        Assert.Equal(DayOfWeek.Friday, DateOnly.Parse(Input(card, "due")!).DayOfWeek);
        Assert.DoesNotContain("Action.Execute", card.ToJsonString()); // a dialog runs no Universal Actions

        var before = Connector.Calls.Count;
        var sent = await ComposeAsync(chat, Persona.Fatima, "composeExtension/submitAction", Submitted(card));
        Assert.Null(sent["task"]); // the dialog closes
        var said = Connector.Calls.Skip(before).Single(c => c.Method == "POST" && c.Text is not null);
        Assert.StartsWith($"/v3/conversations/{chat.ConversationId}/activities", said.Path);
        Assert.Contains("Taak **1** genoteerd voor Sanne Jansen: aanmelding bij de schuldhulp regelen", said.Text);
        Assert.Contains("aanmelding bij de schuldhulp regelen", await chat.SayAsync(Persona.Sanne, "mijn taken"));

        // Teams retries a submit it got no answer to in time: the same dialog sent again adds nothing and says nothing.
        var again = Connector.Calls.Count;
        await ComposeAsync(chat, Persona.Fatima, "composeExtension/submitAction", Submitted(card));
        Assert.DoesNotContain(Connector.Calls.Skip(again), c => c.Method == "POST" && c.Text is not null);
        var plan = (await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null).Card!.ToJsonString(Relaxed);
        Assert.Contains("Open taken (1)", plan);
    }

    [Fact]
    public async Task A_dialog_from_one_family_sent_in_another_chat_adds_nothing_anywhere()
    {
        var vlinder = await VlinderAsync();
        var merel = GroupChat("19:merel@thread.v2");
        await merel.SayAsync(Persona.Ahmed, "start gezin Merel");
        var card = DialogCard(await ComposeAsync(vlinder, Persona.Piet, "composeExtension/fetchTask", OnMessage("<p>ik bel morgen de school</p>")));

        var refused = await ComposeAsync(merel, Persona.Ahmed, "composeExtension/submitAction", Submitted(card, ("title", "school bellen")));
        Assert.Equal("message", refused["task"]!["type"]!.GetValue<string>());
        foreach (var (chat, who) in new[] { (vlinder, Persona.Piet), (merel, Persona.Ahmed) })
            Assert.DoesNotContain("Open taken (1)", (await chat.SendAsync(who, "plan")).Single(c => c.Card is not null).Card!.ToJsonString(Relaxed));
    }

    [Fact]
    public async Task Outside_a_familys_chat_the_dialog_says_where_to_use_it_and_from_the_compose_box_the_form_is_empty()
    {
        var noFamily = GroupChat("19:nofamily@thread.v2");
        var outside = await ComposeAsync(noFamily, Persona.Piet, "composeExtension/fetchTask", OnMessage("<p>bel de school</p>"));
        Assert.Equal("message", outside["task"]!["type"]!.GetValue<string>());
        Assert.Contains("in de chat van een gezin", outside["task"]!["value"]!.GetValue<string>());
        var personal = await ComposeAsync(Personal(Persona.Piet), Persona.Piet, "composeExtension/fetchTask", OnMessage("<p>bel de school</p>"));
        Assert.Contains("in de chat van een gezin", personal["task"]!["value"]!.GetValue<string>());

        var chat = await VlinderAsync();
        var compose = new JsonObject { ["commandId"] = "taskFromMessage", ["commandContext"] = "compose", ["context"] = new JsonObject { ["theme"] = "default" } };
        var card = DialogCard(await ComposeAsync(chat, Persona.Piet, "composeExtension/fetchTask", compose));
        Assert.Null(Input(card, "title"));

        // Something missing: the dialog comes back with the question, and nothing is added.
        var back = await ComposeAsync(chat, Persona.Piet, "composeExtension/submitAction", Submitted(card, ("title", "huisbezoek plannen")));
        Assert.Contains("Kies nog een datum", DialogCard(back).ToJsonString(Relaxed));
    }

    [Fact]
    public async Task Zoek_taak_finds_the_chats_open_tasks_by_words_or_number_as_cards_with_their_buttons()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: woningcorporatie bellen over de huur voor vrijdag");
        await chat.SayAsync(Persona.Piet, "taak: intake ggz aanvragen voor vrijdag");
        var merel = GroupChat("19:merel@thread.v2");
        await merel.SayAsync(Persona.Ahmed, "start gezin Merel");
        await merel.SayAsync(Persona.Ahmed, "taak: merelgeheim bellen voor vrijdag");

        static JsonObject Query(string? text) => new()
        {
            ["commandId"] = "findTask",
            ["parameters"] = new JsonArray(text is null
                ? new JsonObject { ["name"] = "initialRun", ["value"] = "true" }
                : new JsonObject { ["name"] = "query", ["value"] = text }),
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 25 },
        };
        var all = await ComposeAsync(chat, Persona.Piet, "composeExtension/query", Query(null));
        Assert.Equal("result", all["composeExtension"]!["type"]!.GetValue<string>());
        Assert.Equal(2, all["composeExtension"]!["attachments"]!.AsArray().Count);
        Assert.DoesNotContain("merelgeheim", all.ToJsonString(Relaxed)); // only this chat's family

        var byWords = await ComposeAsync(chat, Persona.Piet, "composeExtension/query", Query("woningcorporatie"));
        var found = byWords["composeExtension"]!["attachments"]!.AsArray().Single()!;
        Assert.Equal("1. woningcorporatie bellen over de huur", found["preview"]!["content"]!["title"]!.GetValue<string>());
        Assert.Equal("application/vnd.microsoft.card.thumbnail", found["preview"]!["contentType"]!.GetValue<string>());
        Assert.Contains("action.done", found["content"]!.ToJsonString()); // the card acts on the task once it is in the chat

        var byNumber = await ComposeAsync(chat, Persona.Piet, "composeExtension/query", Query("2"));
        Assert.Contains("intake ggz aanvragen", byNumber.ToJsonString(Relaxed));
        var none = await ComposeAsync(chat, Persona.Piet, "composeExtension/query", Query("merelgeheim"));
        Assert.Equal("message", none["composeExtension"]!["type"]!.GetValue<string>());
    }
}
