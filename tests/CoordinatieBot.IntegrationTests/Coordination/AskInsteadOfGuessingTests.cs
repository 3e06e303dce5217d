using System.Text.Json.Nodes;
using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Coordination;

/// <summary>
/// Issue 14 item 3, end to end over HTTP: a message the bot is not sure of changes nothing; it is answered with the
/// likeliest meanings as buttons, and one press (by its writer) makes that one, once.
/// </summary>
public class AskInsteadOfGuessingTests : BotTestBase
{
    [Fact]
    public async Task A_request_without_a_date_is_offered_and_one_press_by_its_writer_makes_the_task_once()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Fatima, "hallo");

        var calls = await chat.SendAsync(Persona.Piet, "@Fatima zou je de schuldhulp aanmelding willen regelen?", Persona.Fatima);
        var offer = calls.Single(c => c.Card is not null);
        var card = offer.Card!.ToJsonString(Relaxed);
        Assert.Contains("Bedoel je", card);
        Assert.Contains("Een taak voor Fatima El Amrani: schuldhulp aanmelding regelen", card);
        Assert.Equal(0, await chat.OpenTasksAsync()); // nothing changed before the press

        var press = Data(offer.Card!);
        var refused = await chat.InvokeAsync(Persona.Ahmed, "ask.choose", press, offer.ResponseId!);
        Assert.Contains("Deze keuze is aan wie het bericht schreef", refused["value"]!.ToString());
        Assert.Equal(0, await chat.OpenTasksAsync());

        var before = Connector.Calls.Count;
        var chosen = await chat.InvokeAsync(Persona.Piet, "ask.choose", press, offer.ResponseId!);
        Assert.Contains("Gekozen: Een taak voor Fatima El Amrani", chosen["value"]!.ToJsonString(Relaxed));
        Assert.DoesNotContain("ask.choose", chosen["value"]!.ToJsonString()); // the buttons are gone
        var after = Connector.Calls.Skip(before).ToList();
        Assert.Contains(after, c => c.Method == "PUT" && c.Path.EndsWith(offer.ResponseId!, StringComparison.Ordinal)); // for everyone
        Assert.Contains(after, c => c.Text?.Contains("schuldhulp aanmelding regelen") == true);
        Assert.Equal(1, await chat.OpenTasksAsync());

        // A second press of the same offer (a double click, or a card not yet refreshed) changes nothing.
        await chat.InvokeAsync(Persona.Piet, "ask.choose", press, offer.ResponseId!);
        Assert.Equal(1, await chat.OpenTasksAsync());
        Assert.Contains("schuldhulp aanmelding regelen", await chat.SayAsync(Persona.Fatima, "mijn taken")); // hers
    }

    [Fact]
    public async Task The_regie_said_in_own_words_is_offered_not_taken()
    {
        var chat = GroupChat();
        await chat.SayAsync(Persona.Piet, "start gezin Vlinder");

        var offer = (await chat.SendAsync(Persona.Fatima, "ik wil de regie wel nemen")).Single(c => c.Card is not null);
        Assert.Contains("Jij neemt de regie", offer.Card!.ToJsonString(Relaxed));
        Assert.Contains("nog geen regisseur", await chat.SayAsync(Persona.Piet, "wie is regisseur?"));

        await chat.InvokeAsync(Persona.Fatima, "ask.choose", Data(offer.Card!), offer.ResponseId!);
        Assert.Contains("**Fatima El Amrani**", await chat.SayAsync(Persona.Piet, "wie is regisseur?"));
    }

    [Fact]
    public async Task A_task_done_in_words_is_done_when_it_fits_one_and_asked_when_it_fits_several()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: school bellen");
        await chat.SayAsync(Persona.Piet, "taak: intake ggz aanvragen");
        await chat.SayAsync(Persona.Piet, "taak: intake jeugdhulp aanvragen");
        Assert.Equal(3, await chat.OpenTasksAsync());

        await chat.SendAsync(Persona.Piet, "school is gebeld");
        Assert.Equal(2, await chat.OpenTasksAsync());

        Assert.Contains("geen open taak die daarbij past", await chat.SayAsync(Persona.Piet, "de printer is gerepareerd"));
        Assert.Equal(2, await chat.OpenTasksAsync());

        var offer = (await chat.SendAsync(Persona.Piet, "de intake is aangevraagd")).Single(c => c.Card is not null);
        var card = offer.Card!.ToJsonString(Relaxed);
        Assert.Contains("Taak 2 is klaar: intake ggz aanvragen", card);
        Assert.Contains("Taak 3 is klaar: intake jeugdhulp aanvragen", card);
        Assert.Equal(2, await chat.OpenTasksAsync());

        await chat.InvokeAsync(Persona.Piet, "ask.choose", Data(offer.Card!, "Taak 3"), offer.ResponseId!);
        var plan = await chat.PlanAsync();
        Assert.Contains("Open taken (1)", plan);
        Assert.Contains("intake ggz aanvragen", plan);
    }

    private static readonly System.Text.Json.JsonSerializerOptions Relaxed =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };


    /// <summary>The data of the choice button in the row whose words contain <paramref name="row"/> (the first row when null).</summary>
    private static Dictionary<string, string> Data(JsonNode card, string? row = null)
    {
        foreach (var columns in RegieTests.Walk(card).OfType<JsonObject>().Where(o => o["type"]?.GetValue<string>() == "ColumnSet"))
        {
            if (row is not null && !columns.ToJsonString(Relaxed).Contains(row, StringComparison.Ordinal)) continue;
            var action = RegieTests.Walk(columns).OfType<JsonObject>().First(o => o["verb"]?.GetValue<string>() == "ask.choose");
            return action["data"]!.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<string>());
        }
        throw new InvalidOperationException("No choice " + row);
    }
}
