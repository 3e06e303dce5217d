using System.Text.Json.Nodes;
using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Coordination;

public class PlanCardTests : BotTestBase
{
    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task The_plan_card_shows_alias_level_regisseur_goals_and_open_tasks()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "niveau MPG2");
        Assert.Contains("Doel **1**", await chat.SayAsync(Persona.Piet, "doel financiën: schulden in kaart, gezin zegt: 'we willen rust'"));
        await chat.SayAsync(Persona.Piet, "eigen woorden bij doel 1: rust in ons hoofd");
        await chat.SayAsync(Persona.Piet, "kracht: moeder is zeer betrokken");
        await chat.SayAsync(Persona.Piet, "zorg: huurachterstand loopt op");
        await chat.SayAsync(Persona.Piet, "plan besproken met gezin");
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor vrijdag", Persona.Ahmed);

        var card = (await chat.SendAsync(Persona.Fatima, "plan")).Single(c => c.Card is not null).Card!.ToJsonString(Readable);
        Assert.Contains("\"version\":\"1.5\"", card);
        foreach (var expected in new[] { "Vlinder", "MPG2", "Piet de Vries", "Financiën en schulden", "schulden in kaart", "rust in ons hoofd",
                     "moeder is zeer betrokken", "huurachterstand loopt op", "25 november 2026", "Open taken (1)", "belt de woningcorporatie", "Ahmed Yilmaz", "vr 27 nov", "Laatst bijgewerkt" })
            Assert.Contains(expected, card);
    }

    [Fact]
    public async Task The_living_card_is_updated_in_place_not_posted_again()
    {
        var chat = await VlinderAsync();
        var posted = (await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null);
        var cardActivity = Connector.Calls.Count(c => c.Card is not null);

        var calls = await chat.SendAsync(Persona.Piet, "taak: ik bel morgen de school");
        var update = Assert.Single(calls, c => c.Method == "PUT");
        Assert.EndsWith("/activities/" + posted.ResponseId, update.Path);
        Assert.Contains("bel de school", update.Card!.ToJsonString());
        Assert.Equal(cardActivity, Connector.Calls.Count(c => c.Method == "POST" && c.Card is not null));
    }

    [Fact]
    public async Task Pressing_done_on_the_card_answers_with_the_refreshed_card()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: ik bel morgen de school");
        await chat.SayAsync(Persona.Piet, "taak: ik mail de GGD voor vrijdag");
        var posted = (await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null);
        var data = RegieTests.FindData(posted.Card!, "action.done").AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());

        var response = await chat.InvokeAsync(Persona.Piet, "action.done", data, posted.ResponseId!);
        Assert.Equal(200, response["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", response["type"]!.GetValue<string>());
        var refreshed = response["value"]!.ToJsonString();
        Assert.Contains("Open taken (1)", refreshed);
        Assert.Contains("Afgerond: 1 taak", refreshed);
    }

    [Fact]
    public async Task Hostile_text_stays_text_on_the_card()
    {
        var chat = await VlinderAsync();
        const string hostile = "taak: ik bel \"}]},{\"type\":\"Action.OpenUrl\",\"url\":\"https://evil\"} [klik](https://evil) <at>x</at> morgen";
        await chat.SayAsync(Persona.Piet, hostile);
        var card = (await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null).Card!;
        Assert.DoesNotContain(RegieTests.Walk(card), n => n is JsonObject o && o["type"]?.GetValue<string>() == "Action.OpenUrl");
        Assert.Contains(RegieTests.Walk(card), n => n is JsonObject o && o["type"]?.GetValue<string>() == "TextRun" && o["text"]!.GetValue<string>().Contains("[klik](https://evil)"));
    }

    [Fact]
    public async Task A_card_action_for_another_family_is_refused()
    {
        var vlinder = await VlinderAsync();
        await vlinder.SayAsync(Persona.Piet, "taak: ik bel morgen de school");
        var vlinderCard = (await vlinder.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null);
        var data = RegieTests.FindData(vlinderCard.Card!, "action.done").AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());

        var other = GroupChat("19:other@thread.v2");
        await other.SayAsync(Persona.Olga, "start gezin Ander");
        var response = await other.InvokeAsync(Persona.Olga, "action.done", data, "act-1");
        Assert.Equal("application/vnd.microsoft.activity.message", response["type"]!.GetValue<string>());

        var plan = (await vlinder.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null).Card!.ToJsonString();
        Assert.Contains("Open taken (1)", plan);
    }

}
