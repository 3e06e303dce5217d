using CoordinatieBot.IntegrationTests.Infrastructure;
using CoordinatieBot.IntegrationTests.Security;

namespace CoordinatieBot.IntegrationTests.Protocol;

/// <summary>Issue 15 item 6: an answer that takes longer than Bot:Connector:TypingAfter shows "…is typing" first; a quick one does not.</summary>
public class TypingTests
{
    [Fact]
    public async Task A_slow_answer_is_preceded_by_typing_and_a_quick_one_is_not()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var proxy = await StorageProxy.StartAsync(TestStorage.ConnectionString);
        await using var app = new BotApp(connector, new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = proxy.ConnectionString,
            ["Bot:Connector:TypingAfter"] = "00:00:00.300",
        });
        var chat = new Chat(app, app.CreateClient(), "19:typing@thread.v2");
        await chat.SayAsync(Persona.Piet, "start gezin Vlinder");

        // Quick: help needs no storage.
        var quick = await chat.SendAsync(Persona.Piet, "help");
        Assert.DoesNotContain(quick, IsTyping);

        // Slow storage: the answer takes well over the threshold, so typing comes first, once, in this conversation.
        proxy.Latency = TimeSpan.FromMilliseconds(400);
        var slow = await chat.SendAsync(Persona.Piet, "taak: ik bel de school voor vrijdag");
        proxy.Latency = TimeSpan.Zero;
        var typing = Assert.Single(slow, IsTyping);
        Assert.StartsWith($"/v3/conversations/{chat.ConversationId}", Uri.UnescapeDataString(typing.Path), StringComparison.Ordinal);
        var reply = slow.First(c => c.Text?.Contains("school") == true);
        Assert.True(slow.ToList().IndexOf(typing) < slow.ToList().IndexOf(reply), "typing comes before the answer");
    }

    private static bool IsTyping(RecordedCall call) => call.Method == "POST" && call.Body?["type"]?.GetValue<string>() == "typing";
}
