using System.Text.Json.Nodes;
using Azure.Data.Tables;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Domain;
using CoordinatieBot.IntegrationTests.Escalation;
using CoordinatieBot.IntegrationTests.Infrastructure;
using CoordinatieBot.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace CoordinatieBot.IntegrationTests.Coordination;

/// <summary>
/// Issue 15 item 5, over HTTP as Teams sends them: a message edited (a task it made is offered an update, never changed
/// silently), a message deleted (the task stays, the bot's copy of its answer goes), the bot removed from the chat (the
/// regisseur hears it 1:1, nothing more is posted in the chat) and added back (it picks up again).
/// </summary>
public class ChatEventsTests : EscalationTestBase
{
    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private async Task<FamilyState> StateAsync(Chat chat) =>
        (await App.Services.GetRequiredService<IFamilyRepository>().FindByConversationAsync(chat.TenantId, chat.ConversationId, default))!.Family.State;

    [Fact]
    public async Task An_edit_that_moves_the_date_offers_the_update_and_one_press_makes_it()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: ik bel de school voor 4 december");
        var message = chat.LastActivityId!;

        var calls = await chat.EditAsync(Persona.Piet, message, "taak: ik bel de school voor 11 december");
        Assert.Contains(calls, c => c.Text?.Contains("Je hebt je bericht aangepast") == true);
        var offer = calls.Single(c => c.Card is not null);
        var card = offer.Card!.ToJsonString(Relaxed);
        Assert.Contains("Taak 1 bijwerken zoals in je aangepaste bericht?", card);
        Assert.Contains("11 dec", card);
        Assert.Equal(new DateOnly(2026, 12, 4), Assert.Single((await StateAsync(chat)).Actions).Due); // offered, not changed

        var chosen = await chat.InvokeAsync(Persona.Piet, "ask.choose", Data(offer.Card!), offer.ResponseId!);
        Assert.Contains("Gekozen: Taak 1 bijwerken", chosen["value"]!.ToJsonString(Relaxed));
        var task = Assert.Single((await StateAsync(chat)).Actions);
        Assert.Equal(new DateOnly(2026, 12, 11), task.Due);
        Assert.Equal("bel de school", task.Description);
        Assert.Contains("werkte taak 1 bij na het aanpassen van het bericht", await chat.SayAsync(Persona.Piet, "geschiedenis"));

        // A second press of the same offer changes nothing more.
        await chat.InvokeAsync(Persona.Piet, "ask.choose", Data(offer.Card!), offer.ResponseId!);
        Assert.Single((await StateAsync(chat)).Actions);
    }

    [Fact]
    public async Task An_edit_that_gives_the_task_to_someone_else_offers_that_and_the_new_owner_is_asked_1_to_1()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Ahmed, "ik ben van Woonstad");
        await chat.SayAsync(Persona.Piet, "taak: ik bel de school voor 4 december");
        var calls = await chat.EditAsync(Persona.Piet, chat.LastActivityId!, "taak: @Ahmed belt de school voor 4 december", Persona.Ahmed);
        var offer = calls.Single(c => c.Card is not null);
        Assert.Contains("voor Ahmed", offer.Card!.ToJsonString(Relaxed));

        await chat.InvokeAsync(Persona.Piet, "ask.choose", Data(offer.Card!), offer.ResponseId!);
        var task = Assert.Single((await StateAsync(chat)).Actions);
        Assert.Equal(Persona.Ahmed.Id, task.OwnerUserId);
        Assert.Equal("belt de school", task.Description);
        Assert.NotEmpty(SentToPerson(Persona.Ahmed.Id)); // the card to accept it, as after a reassignment
    }

    [Fact]
    public async Task An_edit_that_changes_nothing_of_the_task_says_nothing()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: ik bel de school voor 4 december");
        var message = chat.LastActivityId!;

        Assert.DoesNotContain(await chat.EditAsync(Persona.Piet, message, "taak: ik bel de school voor 4 december"), c => c.Method == "POST");
        Assert.DoesNotContain(await chat.EditAsync(Persona.Piet, message, "Taak: ik bel de school voor vrijdag 4 december"), c => c.Method == "POST");
        // The same message with a real change is offered: the silence above was about the words, not about edits.
        Assert.Contains(await chat.EditAsync(Persona.Piet, message, "taak: ik bel de school voor 7 december"), c => c.Card is not null);
        Assert.Equal(new DateOnly(2026, 12, 4), Assert.Single((await StateAsync(chat)).Actions).Due);
    }

    [Fact]
    public async Task An_edit_of_a_message_that_made_no_task_or_in_a_chat_without_family_says_nothing()
    {
        var chat = await VlinderAsync();
        await chat.SendAsync(Persona.Piet, "plan");
        var question = chat.LastActivityId!;
        await chat.SayAsync(Persona.Piet, "taak: ik bel de school voor 4 december");
        var task = chat.LastActivityId!;

        Assert.DoesNotContain(await chat.EditAsync(Persona.Piet, question, "taak: ik bel de huisarts voor 4 december"), c => c.Method == "POST");
        Assert.Equal("bel de school", Assert.Single((await StateAsync(chat)).Actions).Description); // no task made by the edit

        var elsewhere = GroupChat("19:no-family@thread.v2");
        await elsewhere.SendAsync(Persona.Piet, "hallo");
        Assert.DoesNotContain(await elsewhere.EditAsync(Persona.Piet, elsewhere.LastActivityId!, "taak: ik bel de school voor 4 december"), c => c.Method == "POST");

        // The task's own message, edited, is offered.
        Assert.Contains(await chat.EditAsync(Persona.Piet, task, "taak: ik bel de huisarts voor 4 december"), c => c.Card is not null);
    }

    [Fact]
    public async Task A_deleted_message_keeps_its_task_drops_the_kept_answer_and_its_redelivery_still_changes_nothing()
    {
        var chat = await VlinderAsync();
        var original = chat.Message(Persona.Piet, "taak: ik bel de school voor 4 december", "del-1");
        (await chat.PostAsync(original)).EnsureSuccessStatusCode();
        await App.IdleAsync();
        Assert.True(await StoredTextContainsAsync("bel de school")); // the answer kept for a replay after a crash

        var calls = await chat.DeleteAsync(Persona.Piet, "del-1");
        Assert.DoesNotContain(calls, c => c.Method == "POST"); // nothing said in the chat
        Assert.False(await StoredTextContainsAsync("bel de school"));
        Assert.Equal("bel de school", Assert.Single((await StateAsync(chat)).Actions).Description);
        Assert.Contains("verwijderde een bericht; taak 1 blijft staan", await chat.SayAsync(Persona.Piet, "geschiedenis"));

        // The original message delivered again, on a host that never saw it: still one task, no second answer.
        await using var other = new BotApp(Connector, new Dictionary<string, string?> { ["Storage:TablePrefix"] = App.Prefix });
        (await new Chat(other, other.CreateClient(), chat.ConversationId, tenantId: chat.TenantId).PostAsync(original)).EnsureSuccessStatusCode();
        await other.IdleAsync();
        Assert.Single((await StateAsync(chat)).Actions);
        Assert.Equal(1, Connector.Calls.Count(c => c.Method == "POST" && c.Path.EndsWith("/activities/del-1", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_bot_removed_tells_the_regisseur_and_the_weeks_after_post_nothing_in_the_chat()
    {
        var chat = await LadderFamilyAsync();
        App.Clock.SetUtcNow(At(2026, 12, 1));
        await chat.BotRemovedAsync(Persona.Fatima);

        var told = SentToPerson(Persona.Piet.Id).Where(c => Content(c).Contains("uit het gesprek van gezin **Vlinder** gehaald")).ToList();
        Assert.Single(told); // Teams tells it twice (installation and member): the regisseur hears it once
        Assert.Contains("Voeg CoordinatieBot opnieuw toe", Content(told[0]));
        Assert.NotNull((await StateAsync(chat)).ThreadLostAt);

        var mark = Connector.Calls.Count;
        foreach (var day in new[] { At(2026, 12, 4), At(2026, 12, 8), At(2026, 12, 11), At(2026, 12, 18), At(2026, 12, 28), At(2027, 1, 11) })
            await SweepAtAsync(day);
        Assert.Empty(SentTo(chat.ConversationId, mark));
        // 1:1 goes on: the owner is reminded, the procesmanager gets the escalation.
        Assert.NotEmpty(SentToPerson(Persona.Ahmed.Id, mark));
        Assert.Single(SentToPerson(Persona.Karin.AadObjectId, mark));
    }

    [Fact]
    public async Task The_bot_added_back_picks_up_again_in_the_chat()
    {
        var chat = await LadderFamilyAsync();
        App.Clock.SetUtcNow(At(2026, 12, 1));
        await chat.BotRemovedAsync(Persona.Fatima);
        App.Clock.SetUtcNow(At(2026, 12, 2));
        var mark = Connector.Calls.Count;
        await chat.BotAddedAsync(Persona.Fatima);
        Assert.Contains(SentTo(chat.ConversationId, mark), c => Content(c).Contains("Fijn dat ik er weer bij ben"));
        Assert.Null((await StateAsync(chat)).ThreadLostAt);
        var history = await chat.SayAsync(Persona.Piet, "geschiedenis");
        Assert.True(history.Contains("Fatima El Amrani haalde CoordinatieBot uit het gesprek"), history);
        Assert.Contains("Fatima El Amrani voegde CoordinatieBot weer toe aan het gesprek", history);
        mark = Connector.Calls.Count;

        foreach (var day in new[] { At(2026, 12, 4), At(2026, 12, 8), At(2026, 12, 11), At(2026, 12, 18) })
            await SweepAtAsync(day);
        Assert.Contains(SentTo(chat.ConversationId, mark), c => Content(c).Contains("voorgelegd aan de procesmanager"));
    }

    /// <summary>Vlinder with Piet as regisseur, Fatima (wijkteam) and Ahmed (Woonstad) in it, and a task for Ahmed due 4 December.</summary>
    private async Task<Chat> LadderFamilyAsync()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Fatima, "ik ben van het wijkteam");
        await chat.SayAsync(Persona.Ahmed, "ik ben van Woonstad");
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor 4 december", Persona.Ahmed);
        return chat;
    }

    /// <summary>Whether any text property of any row of this bot's tables holds <paramref name="text"/> (the family state itself is compressed).</summary>
    private async Task<bool> StoredTextContainsAsync(string text)
    {
        var tables = App.Services.GetRequiredService<TableSet>();
        foreach (var name in TableNames.All)
        {
            try
            {
                await foreach (var e in tables[name].QueryAsync<TableEntity>())
                    if (e.Select(p => p.Value).OfType<string>().Any(v => v.Contains(text, StringComparison.Ordinal))) return true;
            }
            catch (Azure.RequestFailedException e) when (e.Status == 404)
            {
                // table not created
            }
        }
        return false;
    }

    /// <summary>The data of the (first) choice button on a card.</summary>
    private static Dictionary<string, string> Data(JsonNode card)
    {
        var action = RegieTests.Walk(card).OfType<JsonObject>().First(o => o["verb"]?.GetValue<string>() == "ask.choose");
        return action["data"]!.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<string>());
    }
}
