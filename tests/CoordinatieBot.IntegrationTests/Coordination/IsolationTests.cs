using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Coordination;

public class IsolationTests : BotTestBase
{
    [Fact]
    public async Task A_family_is_reachable_only_from_its_own_conversation_and_tenant()
    {
        var vlinder = await VlinderAsync();
        await vlinder.SayAsync(ChatUser.Piet, "taak: ik bel morgen de school");

        var sameIdOtherTenant = GroupChat("19:vlinder@thread.v2", tenant: "tenant-2");
        Assert.Contains("nog geen gezin", await sameIdOtherTenant.SayAsync(ChatUser.Olga, "plan"));
        Assert.Contains("nog geen gezin", await sameIdOtherTenant.SayAsync(ChatUser.Olga, "klaar met 1"));

        var otherChat = GroupChat("19:elsewhere@thread.v2");
        Assert.Contains("nog geen gezin", await otherChat.SayAsync(ChatUser.Olga, "wie is regisseur?"));

        Assert.Contains("geen open taken", await Personal(ChatUser.Olga).SayAsync(ChatUser.Olga, "mijn taken"));
        Assert.Contains("bel de school", await Personal(ChatUser.Piet).SayAsync(ChatUser.Piet, "mijn taken"));
        Assert.Contains("geen open taken", await Personal(ChatUser.Piet, tenant: "tenant-2").SayAsync(ChatUser.Piet, "mijn taken"));
    }
}
