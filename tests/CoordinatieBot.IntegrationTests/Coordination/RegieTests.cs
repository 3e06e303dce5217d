using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Coordination;

public class RegieTests : BotTestBase
{
    [Fact]
    public async Task Who_is_regisseur_always_answers()
    {
        var chat = GroupChat();
        await chat.SayAsync(Persona.Piet, "start gezin Vlinder");
        Assert.Contains("nog geen regisseur", await chat.SayAsync(Persona.Fatima, "wie is regisseur?"));
        Assert.Contains("ik neem de regie", await chat.SayAsync(Persona.Fatima, "Wie is de regisseur"));

        await chat.SayAsync(Persona.Piet, "ik ben van Wijkteam Noord");
        await chat.SayAsync(Persona.Piet, "ik neem de regie");
        var answer = await chat.SayAsync(Persona.Fatima, "wie is regisseur?");
        Assert.Contains("**Piet de Vries** (Wijkteam Noord)", answer);
        Assert.Contains("sinds 25 november 2026", answer);
        Assert.Contains("Piet de Vries", await chat.SayAsync(Persona.Fatima, "who is the regisseur?"));
    }

    [Fact]
    public async Task A_second_person_cannot_take_regie_silently()
    {
        var chat = await VlinderAsync();
        Assert.Contains("Er is al een regisseur", await chat.SayAsync(Persona.Fatima, "ik neem de regie"));
        Assert.Contains("Piet de Vries", await chat.SayAsync(Persona.Fatima, "wie is regisseur?"));
    }

    [Fact]
    public async Task A_handover_is_accepted_on_the_card_by_the_receiver_only()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Fatima, "hallo");
        var calls = await chat.SendAsync(Persona.Piet, "regie overdragen aan @Fatima", Persona.Fatima);
        Assert.Contains(calls, c => c.Text?.Contains("Tot dan blijft Piet de Vries regisseur") == true);
        var card = calls.Single(c => c.Card is not null);
        var cardId = card.ResponseId!;
        var familyId = FindData(card.Card!, "regie.view")["familyId"]!.GetValue<string>();

        Assert.Contains("Piet de Vries", await chat.SayAsync(Persona.Ahmed, "wie is regisseur?"));

        var refused = await chat.InvokeAsync(Persona.Ahmed, "regie.accept", new Dictionary<string, string> { ["familyId"] = familyId }, cardId);
        Assert.Contains("Alleen degene", refused["value"]!.ToString());
        Assert.Contains("Piet de Vries", await chat.SayAsync(Persona.Ahmed, "wie is regisseur?"));

        var accepted = await chat.InvokeAsync(Persona.Fatima, "regie.accept", new Dictionary<string, string> { ["familyId"] = familyId }, cardId);
        Assert.Equal("application/vnd.microsoft.card.adaptive", accepted["type"]!.GetValue<string>());
        Assert.Contains("geaccepteerd", accepted["value"]!.ToJsonString());
        Assert.Contains(Connector.Calls, c => c.Method == "PUT" && c.Path.EndsWith(cardId)); // the card changes for everyone
        var now = await chat.SayAsync(Persona.Ahmed, "wie is regisseur?");
        Assert.Contains("**Fatima El Amrani**", now);
    }

    [Fact]
    public async Task A_declined_handover_keeps_the_regisseur_and_records_the_reason()
    {
        var chat = await VlinderAsync();
        var calls = await chat.SendAsync(Persona.Piet, "regie overdragen aan @Fatima", Persona.Fatima);
        var card = calls.Single(c => c.Card is not null);
        var familyId = FindData(card.Card!, "regie.view")["familyId"]!.GetValue<string>();

        await chat.InvokeAsync(Persona.Fatima, "regie.decline", new Dictionary<string, string> { ["familyId"] = familyId, ["reason"] = "te veel gezinnen" }, card.ResponseId!);
        Assert.Contains("Piet de Vries", await chat.SayAsync(Persona.Ahmed, "wie is regisseur?"));
        Assert.Contains("weigerde de regie (te veel gezinnen)", await chat.SayAsync(Persona.Ahmed, "geschiedenis"));
    }

    [Fact]
    public async Task Regie_can_be_accepted_in_chat_too()
    {
        var chat = await VlinderAsync();
        await chat.SendAsync(Persona.Piet, "regie overdragen aan @Fatima", Persona.Fatima);
        Assert.Contains("geaccepteerd", await chat.SayAsync(Persona.Fatima, "ik accepteer de regie"));
        Assert.Contains("Fatima El Amrani", await chat.SayAsync(Persona.Piet, "wie is regisseur?"));
    }

    internal static System.Text.Json.Nodes.JsonNode FindData(System.Text.Json.Nodes.JsonNode card, string verb)
    {
        foreach (var node in Walk(card))
            if (node is System.Text.Json.Nodes.JsonObject o && o["verb"]?.GetValue<string>() == verb)
                return o["data"]!;
        throw new InvalidOperationException($"No action with verb {verb}");
    }

    internal static IEnumerable<System.Text.Json.Nodes.JsonNode> Walk(System.Text.Json.Nodes.JsonNode? node)
    {
        if (node is null) yield break;
        yield return node;
        if (node is System.Text.Json.Nodes.JsonObject o)
            foreach (var (_, child) in o) foreach (var n in Walk(child)) yield return n;
        if (node is System.Text.Json.Nodes.JsonArray a)
            foreach (var child in a) foreach (var n in Walk(child)) yield return n;
    }
}
