using CoordinatieBot.IntegrationTests.Coordination;
using CoordinatieBot.IntegrationTests.Escalation;
using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.People;

/// <summary>A reassigned action reaches its new owner: an @mention in the thread and a 1:1 card to accept or hand back.</summary>
public class ReassignTests : EscalationTestBase
{
    [Fact]
    public async Task A_reassigned_task_reaches_the_new_owner_who_can_say_it_is_not_theirs()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor 4 december", Persona.Ahmed);

        var calls = await chat.SendAsync(Persona.Piet, "taak 1 naar @Fatima", Persona.Fatima);

        // The thread reply mentions Fatima with an entity, not just her name.
        var reply = Assert.Single(calls, c => c.Path.StartsWith($"/v3/conversations/{chat.ConversationId}/activities") && c.Text is not null);
        Assert.Contains("Taak **1** is nu van <at>Fatima El Amrani</at>", reply.Text);
        var entity = Assert.Single(reply.Body!["entities"]!.AsArray());
        Assert.Equal("mention", entity!["type"]!.GetValue<string>());
        Assert.Equal(Persona.Fatima.Id, entity["mentioned"]!["id"]!.GetValue<string>());
        Assert.Equal("<at>Fatima El Amrani</at>", entity["text"]!.GetValue<string>());

        // Fatima gets the task 1:1, with the buttons to accept or say it is not hers.
        var card = Assert.Single(SentToPerson(Persona.Fatima.Id));
        Assert.Contains("belt de woningcorporatie", Content(card));
        Assert.Contains("Piet de Vries", Content(card));
        var data = RegieTests.FindData(card.Card!, "action.notMine").AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        Assert.NotNull(RegieTests.FindData(card.Card!, "action.accept"));

        var personal = Personal(Persona.Fatima);
        data["reason"] = "schulden zijn niet mijn terrein";
        var answer = await personal.InvokeAsync(Persona.Fatima, "action.notMine", data, card.ResponseId!);
        Assert.Contains("gevraagd taak 1 bij iemand anders te leggen", answer["value"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

        // The regisseur is told, with the reason.
        var piet = SentToPerson(Persona.Piet.Id);
        Assert.Contains(piet, c => Content(c).Contains("niet bij hem of haar hoort: schulden zijn niet mijn terrein"));
        Assert.Contains("Fatima El Amrani gaf taak 1 terug (schulden zijn niet mijn terrein)", await chat.SayAsync(Persona.Piet, "geschiedenis"));
    }

    [Fact]
    public async Task The_new_owner_accepts_and_the_thread_hears_it()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: ik bel de school voor 4 december");
        await chat.SendAsync(Persona.Piet, "taak 1 naar @Sanne", Persona.Sanne);
        var card = Assert.Single(SentToPerson(Persona.Sanne.Id));
        var data = RegieTests.FindData(card.Card!, "action.accept").AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());
        var before = Connector.Calls.Count;
        await Personal(Persona.Sanne).InvokeAsync(Persona.Sanne, "action.accept", data, card.ResponseId!);
        Assert.Contains(SentTo(chat.ConversationId, before), c => c.Text?.Contains("Sanne Jansen pakt taak **1** op") == true);
        Assert.Contains("Sanne Jansen pakt taak 1 op", await chat.SayAsync(Persona.Piet, "geschiedenis"));
    }

    [Fact]
    public async Task Taking_a_task_yourself_sends_no_card()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Fatima, "hallo");
        await chat.SayAsync(Persona.Piet, "taak: ik bel de school voor 4 december");
        var calls = await chat.SendAsync(Persona.Fatima, "taak 1 naar mij");
        Assert.Contains(calls, c => c.Text?.Contains("Taak **1** is nu van Fatima El Amrani") == true);
        Assert.Empty(SentToPerson(Persona.Fatima.Id));
    }
}
