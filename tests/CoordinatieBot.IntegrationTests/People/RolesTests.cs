using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.People;

/// <summary>Roles are respected: an observer only looks on; closing asks what happens to open actions.</summary>
public class RolesTests : BotTestBase
{
    [Fact]
    public async Task An_observer_cannot_take_the_regie_or_close_the_family()
    {
        var chat = GroupChat();
        await chat.SayAsync(ChatUser.Piet, "start gezin Vlinder");
        await chat.SayAsync(ChatUser.Olga, "mijn rol: observer");
        Assert.Contains("observer kan de regie niet nemen", await chat.SayAsync(ChatUser.Olga, "ik neem de regie"));
        Assert.Contains("nog geen regisseur", await chat.SayAsync(ChatUser.Piet, "wie is regisseur?"));
        Assert.Contains("observer kan de regie niet nemen", await chat.SayAsync(ChatUser.Olga, "gezin afsluiten: doelen bereikt"));

        await chat.SayAsync(ChatUser.Piet, "ik neem de regie");
        Assert.Contains("observer kan de regie niet nemen", await chat.SayAsync(ChatUser.Piet, "regie overdragen aan @Olga", ChatUser.Olga));
        Assert.Contains("Piet de Vries", await chat.SayAsync(ChatUser.Olga, "wie is regisseur?"));
    }

    [Fact]
    public async Task Closing_with_open_actions_asks_what_happens_to_them()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(ChatUser.Piet, "taak: ik bel de school voor 4 december");
        await chat.SayAsync(ChatUser.Piet, "taak: ik bel de huisarts voor 4 december");
        await chat.SayAsync(ChatUser.Piet, "klaar met 2");

        var asked = await chat.SayAsync(ChatUser.Piet, "gezin afsluiten: doelen bereikt");
        Assert.Contains("nog 1 open taken (1)", asked);
        Assert.Contains("open taken vervallen", asked);
        Assert.Contains("Taak", await chat.SayAsync(ChatUser.Piet, "taak: ik bel de wijkagent voor 5 december")); // still open

        var closed = await chat.SayAsync(ChatUser.Piet, "gezin afsluiten: open taken vervallen, doelen bereikt");
        Assert.Contains("is afgesloten", closed);
        Assert.Contains("sloot het gezin af (doelen bereikt)", await chat.SayAsync(ChatUser.Piet, "geschiedenis"));
    }
}
