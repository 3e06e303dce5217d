using System.Text.Json.Nodes;
using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Coordination;

/// <summary>
/// Issue 15 item 1, end to end over HTTP: "taak", "doel", "toestemming" alone answer with a form; the task form has
/// Teams' people picker, which answers an Entra object id: that person is looked up in the conversation and must be in
/// it. A sent form is made by the same operation as typing, once, and the form becomes the confirmation.
/// </summary>
public class FormTests : BotTestBase
{
    private static readonly System.Text.Json.JsonSerializerOptions Relaxed =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task The_task_form_with_a_picked_person_and_a_date_adds_the_task_once_and_becomes_the_confirmation()
    {
        var chat = await VlinderAsync();
        await chat.MembersChangedAsync(added: [Persona.Fatima]);
        await chat.SendAsync(Persona.Piet, "plan"); // the living card

        var form = (await chat.SendAsync(Persona.Piet, "taak")).Single(c => c.Card is not null);
        var picker = Inputs(form.Card!).Single(i => i["id"]!.GetValue<string>() == "owner");
        Assert.Equal("graph.microsoft.com/users?scope=currentContext", picker["choices.data"]!["dataset"]!.GetValue<string>());
        Assert.Contains(picker["choices"]!.AsArray(), c => c!["value"]!.GetValue<string>() == Persona.Fatima.AadObjectId);
        Assert.Contains(Inputs(form.Card!), i => i["type"]!.GetValue<string>() == "Input.Date" && i["isRequired"]!.GetValue<bool>());
        Assert.Equal(0, await chat.OpenTasksAsync()); // a form changes nothing

        var sent = Send(form.Card!, new() { ["title"] = "woningcorporatie bellen over de huur", ["owner"] = Persona.Fatima.AadObjectId, ["due"] = Day(3), ["urgent"] = "true" });
        var before = Connector.Calls.Count;
        var answer = await chat.InvokeAsync(Persona.Piet, "form.task", sent, form.ResponseId!);
        var confirmation = answer["value"]!.ToJsonString(Relaxed);
        Assert.Contains("Taak 1 genoteerd voor Fatima El Amrani: woningcorporatie bellen over de huur", confirmation);
        Assert.DoesNotContain("Input.", confirmation); // the form is gone
        var after = Connector.Calls.Skip(before).ToList();
        Assert.Contains(after, c => c.Method == "PUT" && c.Path.EndsWith(form.ResponseId!, StringComparison.Ordinal)); // for everyone
        Assert.Contains(after, c => c.Method == "PUT" && c.Card?.ToJsonString(Relaxed).Contains("woningcorporatie bellen over de huur") == true &&
                                    c.Card.ToJsonString(Relaxed).Contains("Open taken (1)")); // the living plan card
        Assert.DoesNotContain(after, c => c.Method == "POST" && c.Text is not null); // said once, on the card
        Assert.Contains(after, c => c.Method == "GET" && c.Path.EndsWith("/members/" + Persona.Fatima.AadObjectId, StringComparison.Ordinal));

        var plan = await chat.PlanAsync();
        Assert.Contains("Fatima El Amrani", plan);
        Assert.Contains("spoed", plan, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("woningcorporatie bellen over de huur", await chat.SayAsync(Persona.Fatima, "mijn taken"));

        // The same form sent again (a double click, a second device): still one task.
        var again = await chat.InvokeAsync(Persona.Piet, "form.task", sent, form.ResponseId!);
        Assert.Contains("al verstuurd", again["value"]!.ToJsonString(Relaxed));
        Assert.Equal(1, await chat.OpenTasksAsync());
    }

    [Fact]
    public async Task Someone_outside_the_chat_is_not_made_owner_the_form_comes_back_to_the_sender_only()
    {
        var chat = await VlinderAsync();
        Connector.NotInConversation["*|" + Persona.Olga.AadObjectId] = true;
        var form = (await chat.SendAsync(Persona.Piet, "nieuwe taak")).Single(c => c.Card is not null);

        var before = Connector.Calls.Count;
        var back = await chat.InvokeAsync(Persona.Piet, "form.task",
            Send(form.Card!, new() { ["title"] = "aanmelding schuldhulp", ["owner"] = Persona.Olga.AadObjectId, ["due"] = Day(5) }), form.ResponseId!);
        var card = back["value"]!.ToJsonString(Relaxed);
        Assert.Contains("zit niet in deze chat", card);
        Assert.Contains("aanmelding schuldhulp", card); // what was entered stays
        Assert.DoesNotContain(Connector.Calls.Skip(before), c => c.Method == "PUT"); // the others keep the card as it was
        Assert.Equal(0, await chat.OpenTasksAsync());

        // The form that came back sends as the original one: now with Piet himself (the picker left empty).
        await chat.InvokeAsync(Persona.Piet, "form.task", Send(back["value"]!, new() { ["title"] = "aanmelding schuldhulp", ["due"] = Day(5) }), form.ResponseId!);
        Assert.Contains("aanmelding schuldhulp", await chat.SayAsync(Persona.Piet, "mijn taken"));
    }

    [Fact]
    public async Task What_is_missing_is_asked_on_the_form_and_a_smuggled_owner_is_ignored()
    {
        var chat = await VlinderAsync();
        var form = (await chat.SendAsync(Persona.Piet, "add a task")).Single(c => c.Card is not null);
        Assert.Contains("New task for", form.Card!.ToJsonString(Relaxed));

        var noDate = await chat.InvokeAsync(Persona.Piet, "form.task", Send(form.Card!, new() { ["title"] = "call school", ["lang"] = "en" }), form.ResponseId!);
        Assert.Contains("Please pick a date", noDate["value"]!.ToJsonString(Relaxed));
        var noTitle = await chat.InvokeAsync(Persona.Piet, "form.task", Send(form.Card!, new() { ["due"] = Day(2) }), form.ResponseId!);
        Assert.Contains("what needs to happen", noTitle["value"]!.ToJsonString(Relaxed));
        Assert.Equal(0, await chat.OpenTasksAsync());

        // Only the Teams edge names a checked owner: the same field sent by a client is dropped.
        await chat.InvokeAsync(Persona.Piet, "form.task", Send(form.Card!, new() { ["title"] = "call school", ["due"] = Day(2), ["ownerUserId"] = "29:intruder", ["ownerName"] = "Intruder" }), form.ResponseId!);
        var plan = await chat.PlanAsync();
        Assert.DoesNotContain("Intruder", plan);
        Assert.Contains("call school", await chat.SayAsync(Persona.Piet, "mijn taken"));
    }

    [Fact]
    public async Task The_plan_cards_own_task_form_adds_the_task_and_shows_the_plan_again()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "doel wonen: de huur wordt op tijd betaald");
        var plan = (await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null);
        var show = RegieTests.Walk(plan.Card!).OfType<JsonObject>().Single(o => o["type"]?.GetValue<string>() == "Action.ShowCard" && o["title"]!.GetValue<string>() == "Taak toevoegen");
        var leefgebied = Inputs(show["card"]!).Single(i => i["id"]!.GetValue<string>() == "leefgebied");
        var wonen = leefgebied["choices"]![0]!["value"]!.GetValue<string>();
        var add = RegieTests.Walk(show["card"]!).OfType<JsonObject>().Single(o => o["verb"]?.GetValue<string>() == "form.task");
        var data = add["data"]!.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<string>());
        data["title"] = "huurbetaling regelen";
        data["due"] = Day(4);
        data["leefgebied"] = wonen;

        var calls = Connector.Calls.Count;
        var answer = await chat.InvokeAsync(Persona.Piet, "form.task", data, plan.ResponseId!);
        var card = answer["value"]!.ToJsonString(Relaxed);
        Assert.Contains("Open taken (1)", card); // the plan card, with the task
        Assert.Contains($"\"text\":\" · {wonen}\"", card); // the task says which leefgebied it serves
        Assert.Contains(Connector.Calls.Skip(calls), c => c.Text?.Contains("huurbetaling regelen") == true); // the thread hears it
        Assert.Contains(Connector.Calls.Skip(calls), c => c.Method == "PUT" && c.Path.EndsWith(plan.ResponseId!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_goal_and_consent_forms_record_a_goal_in_the_familys_words_and_the_consent()
    {
        var chat = await VlinderAsync();
        var goalForm = (await chat.SendAsync(Persona.Piet, "doel toevoegen")).Single(c => c.Card is not null);
        var leefgebied = Inputs(goalForm.Card!).Single(i => i["id"]!.GetValue<string>() == "leefgebied")["choices"]![0]!["value"]!.GetValue<string>();
        var goal = await chat.InvokeAsync(Persona.Piet, "form.goal",
            Send(goalForm.Card!, "form.goal", new() { ["leefgebied"] = leefgebied, ["goal"] = "schulden in beeld", ["words"] = "Geen enge brieven meer" }), goalForm.ResponseId!);
        Assert.Contains("Doel 1", goal["value"]!.ToJsonString(Relaxed));
        var plan = await chat.PlanAsync();
        Assert.Contains("schulden in beeld", plan);
        Assert.Contains("Geen enge brieven meer", plan);

        var consentForm = (await chat.SendAsync(Persona.Piet, "toestemming")).Single(c => c.Card is not null);
        Assert.Contains("Input.ChoiceSet", consentForm.Card!.ToJsonString());
        var consent = await chat.InvokeAsync(Persona.Piet, "form.consent",
            Send(consentForm.Card!, "form.consent", new() { ["givenBy"] = "moeder", ["how"] = "schriftelijk", ["otherOrgs"] = "Wijkteam Noord, School De Vlinder", ["validUntil"] = Day(180) }),
            consentForm.ResponseId!);
        Assert.Contains("Toestemming vastgelegd: gegeven door moeder (schriftelijk), voor Wijkteam Noord, School De Vlinder", consent["value"]!.ToJsonString(Relaxed));
    }

    private string Day(int days) => DateOnly.FromDateTime(App.Now.UtcDateTime).AddDays(days).ToString("yyyy-MM-dd");

    private static IEnumerable<JsonObject> Inputs(JsonNode card) =>
        RegieTests.Walk(card).OfType<JsonObject>().Where(o => o["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true);

    /// <summary>What Teams sends when the form's button is pressed: the button's data with the inputs' values.</summary>
    private static Dictionary<string, string> Send(JsonNode card, Dictionary<string, string> inputs) => Send(card, "form.task", inputs);

    private static Dictionary<string, string> Send(JsonNode card, string verb, Dictionary<string, string> inputs)
    {
        var button = RegieTests.Walk(card).OfType<JsonObject>().First(o => o["verb"]?.GetValue<string>() == verb);
        var data = button["data"]!.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<string>());
        foreach (var (k, v) in inputs) data[k] = v;
        return data;
    }

}
