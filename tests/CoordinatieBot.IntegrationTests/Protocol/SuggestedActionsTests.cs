using System.Text.Json.Nodes;
using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Protocol;

/// <summary>Issue 15 item 4: the next steps under the answer as Teams' suggestedActions (imBack, at most three).</summary>
public class SuggestedActionsTests : BotTestBase
{
    [Fact]
    public async Task Starting_a_family_adding_a_task_a_question_for_a_date_and_not_understood_offer_next_steps()
    {
        var chat = GroupChat();
        Assert.Equal(["ik neem de regie", "plan", "help"], Suggested(await chat.SendAsync(Persona.Piet, "start gezin Vlinder")));
        await chat.SayAsync(Persona.Piet, "ik neem de regie");
        Assert.Equal(["plan", "mijn taken"], Suggested(await chat.SendAsync(Persona.Piet, "taak: ik bel de school voor vrijdag")));
        // Without a date the bot asks for one: the likeliest answers come first.
        Assert.Equal(["2 nieuwe datum vrijdag", "2 nieuwe datum over 2 weken", "plan"], Suggested(await chat.SendAsync(Persona.Piet, "taak: huisbezoek plannen")));
        Assert.Contains("help", Suggested(await chat.SendAsync(Persona.Piet, "blablabla wat een dag")));
        // A plain answer offers nothing.
        Assert.Empty(Suggested(await chat.SendAsync(Persona.Piet, "wie is regisseur?")));
    }

    private static List<string> Suggested(IReadOnlyList<RecordedCall> calls)
    {
        var reply = calls.Last(c => c.Method == "POST" && c.Text is not null);
        var actions = reply.Body?["suggestedActions"]?["actions"]?.AsArray() ?? [];
        Assert.All(actions, a => Assert.Equal("imBack", a!["type"]!.GetValue<string>()));
        Assert.True(actions.Count <= 3);
        return actions.Select(a => a!["value"]!.GetValue<string>()).ToList();
    }
}
