using System.Text.Json.Nodes;
using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Coordination;

/// <summary>
/// Universal Actions refresh over HTTP: Teams posts the card's refresh action (value.trigger "automatic") as the card is
/// shown to someone in its userIds, and shows that person the card the bot answers. A refresh is a read: nothing in
/// storage changes, nothing is posted or updated for the others.
/// </summary>
public class CardRefreshTests : BotTestBase
{
    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task The_handover_card_shows_the_receiver_accept_and_decline_and_anyone_else_the_status()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Fatima, "hallo");
        await chat.SayAsync(Persona.Ahmed, "hallo");
        var posted = (await chat.SendAsync(Persona.Piet, "regie overdragen aan @Fatima", Persona.Fatima)).Single(c => c.Card is not null);
        var shared = posted.Card!;
        Assert.DoesNotContain("regie.accept", shared.ToJsonString());
        Assert.Contains("Wacht op het antwoord van", shared.ToJsonString(Readable));
        Assert.Equal(["29:fatima"], shared["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()));

        var before = await StorageAsync();
        var calls = Connector.Calls.Count;
        var fatima = await chat.RefreshAsync(Persona.Fatima, shared, posted.ResponseId!);
        var ahmed = await chat.RefreshAsync(Persona.Ahmed, shared, posted.ResponseId!);
        var piet = await chat.RefreshAsync(Persona.Piet, shared, posted.ResponseId!);

        Assert.Equal("application/vnd.microsoft.card.adaptive", fatima["type"]!.GetValue<string>());
        var hers = fatima["value"]!.ToJsonString();
        Assert.Contains("regie.accept", hers);
        Assert.Contains("regie.decline", hers);
        Assert.Contains("\"refresh\"", hers); // the answer keeps the refresh
        foreach (var other in new[] { ahmed, piet })
        {
            Assert.Equal("application/vnd.microsoft.card.adaptive", other["type"]!.GetValue<string>());
            Assert.DoesNotContain("regie.accept", other["value"]!.ToJsonString());
            Assert.Contains("Wacht op het antwoord van", other["value"]!.ToJsonString(Readable));
        }
        Assert.Equal(calls, Connector.Calls.Count); // no PUT, no post: the card changed for the viewer alone
        Assert.Empty((await StorageAsync()).DiffFrom(before));

        // The buttons of her view still check who presses.
        var data = RegieTests.FindData(fatima["value"]!, "regie.accept").AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        Assert.Contains("Alleen degene", (await chat.InvokeAsync(Persona.Ahmed, "regie.accept", data, posted.ResponseId!))["value"]!.ToString());
        Assert.Contains("geaccepteerd", (await chat.InvokeAsync(Persona.Fatima, "regie.accept", data, posted.ResponseId!))["value"]!.ToJsonString());
        var put = Assert.Single(Connector.Calls.Skip(calls), c => c.Method == "PUT");
        Assert.DoesNotContain("\"refresh\"", put.Card!.ToJsonString()); // ended: nothing left to see per person

        // Refreshed after it was taken (an old copy on another client): the receiver leads, no buttons.
        var late = await chat.RefreshAsync(Persona.Fatima, shared, posted.ResponseId!);
        Assert.DoesNotContain("regie.accept", late["value"]!.ToJsonString());
        Assert.Contains("heeft de regie geaccepteerd", late["value"]!.ToJsonString(Readable));
    }

    [Fact]
    public async Task A_plan_refresh_from_Ahmed_shows_the_buttons_on_his_tasks_only()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Ahmed, "ik ben van Woonstad");
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor vrijdag", Persona.Ahmed);
        await chat.SayAsync(Persona.Piet, "taak: ik mail de GGD voor vrijdag");
        var posted = (await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null);
        var shared = posted.Card!;
        Assert.Equal(["29:ahmed", "29:piet"], shared["refresh"]!["userIds"]!.AsArray().Select(u => u!.GetValue<string>()).Order());
        Assert.Equal([1, 2], TasksWith(shared, "action.done")); // the card in the thread keeps every button

        var before = await StorageAsync();
        var calls = Connector.Calls.Count;
        var ahmed = (await chat.RefreshAsync(Persona.Ahmed, shared, posted.ResponseId!))["value"]!;
        Assert.Equal([1], TasksWith(ahmed, "action.done"));
        Assert.Equal([1], TasksWith(ahmed, "action.inProgress"));
        Assert.Equal([1], TasksWith(ahmed, "action.newDate"));
        Assert.Contains("jouw taak", ahmed.ToJsonString(Readable));
        Assert.Contains("Taak toevoegen", ahmed.ToJsonString(Readable));
        Assert.Equal([1, 2], TasksWith((await chat.RefreshAsync(Persona.Piet, shared, posted.ResponseId!))["value"]!, "action.done")); // the regisseur

        // "Vernieuwen" pressed is the same read.
        var pressed = await chat.InvokeAsync(Persona.Ahmed, "plan.refresh", RegieTests.FindData(shared, "plan.refresh").AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>()), posted.ResponseId!);
        Assert.Equal([1], TasksWith(pressed["value"]!, "action.done"));

        // Someone in the chat who never spoke sees the plan without buttons, and is not made a member by looking.
        var sanne = (await chat.RefreshAsync(Persona.Sanne, shared, posted.ResponseId!))["value"]!;
        Assert.Empty(TasksWith(sanne, "action.done"));
        Assert.Contains("belt de woningcorporatie", sanne.ToJsonString(Readable));

        Assert.Equal(calls, Connector.Calls.Count);
        Assert.Empty((await StorageAsync()).DiffFrom(before));
    }

    [Fact]
    public async Task A_press_updates_the_card_for_everyone_with_the_shared_view_and_answers_the_presser_with_theirs()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Ahmed, "ik ben van Woonstad");
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor vrijdag", Persona.Ahmed);
        await chat.SayAsync(Persona.Ahmed, "taak: @Ahmed mailt de school voor vrijdag", Persona.Ahmed);
        await chat.SayAsync(Persona.Piet, "taak: ik mail de GGD voor vrijdag");
        var posted = (await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null);
        var data = new Dictionary<string, string>(RegieTests.FindData(posted.Card!, "plan.refresh").AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>())) { ["action"] = "1" };

        var calls = Connector.Calls.Count;
        var response = await chat.InvokeAsync(Persona.Ahmed, "action.done", data, posted.ResponseId!);
        Assert.Equal([2], TasksWith(response["value"]!, "action.done")); // his other task
        var put = Assert.Single(Connector.Calls.Skip(calls), c => c.Method == "PUT" && c.Path.EndsWith(posted.ResponseId!));
        Assert.Equal([2, 3], TasksWith(put.Card!, "action.done")); // everyone: every open task
        Assert.DoesNotContain("jouw taak", put.Card!.ToJsonString(Readable));
    }

    [Fact]
    public async Task A_refresh_that_names_a_change_changes_nothing()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: ik mail de GGD voor vrijdag");
        var posted = (await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null);
        var data = RegieTests.FindData(posted.Card!, "action.done").AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        var before = await StorageAsync();
        var calls = Connector.Calls.Count;

        var forged = await chat.PostAsync(chat.Invoke(Persona.Piet, "action.done", data, posted.ResponseId!, trigger: "automatic"));
        forged.EnsureSuccessStatusCode();
        await App.IdleAsync();

        Assert.Equal(calls, Connector.Calls.Count);
        Assert.Empty((await StorageAsync()).DiffFrom(before));
        Assert.Contains("Open taken (1)", (await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null).Card!.ToJsonString(Readable));
    }

    private static List<int> TasksWith(JsonNode card, string verb) =>
        [.. RegieTests.Walk(card).OfType<JsonObject>().Where(o => o["verb"]?.GetValue<string>() == verb).Select(o => int.Parse(o["data"]!["action"]!.GetValue<string>())).Distinct().Order()];

    /// <summary>Every row of this bot's tables, the conversation references too: a refresh does not even remember an address.</summary>
    private Task<Security.StorageSnapshot> StorageAsync() => Security.StorageSnapshot.TakeAsync(App.Services, withAddresses: true);
}
