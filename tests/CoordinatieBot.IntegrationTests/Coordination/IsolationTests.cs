using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Coordination;

public class IsolationTests : BotTestBase
{
    [Fact]
    public async Task A_family_is_reachable_only_from_its_own_conversation_and_tenant()
    {
        var vlinder = await VlinderAsync();
        await vlinder.SayAsync(Persona.Piet, "taak: ik bel morgen de school");

        var sameIdOtherTenant = GroupChat("19:vlinder@thread.v2", tenant: "tenant-2");
        Assert.Contains("nog geen gezin", await sameIdOtherTenant.SayAsync(Persona.Olga, "plan"));
        Assert.Contains("nog geen gezin", await sameIdOtherTenant.SayAsync(Persona.Olga, "klaar met 1"));

        var otherChat = GroupChat("19:elsewhere@thread.v2");
        Assert.Contains("nog geen gezin", await otherChat.SayAsync(Persona.Olga, "wie is regisseur?"));

        Assert.Contains("geen open taken", await Personal(Persona.Olga).SayAsync(Persona.Olga, "mijn taken"));
        Assert.Contains("bel de school", await Personal(Persona.Piet).SayAsync(Persona.Piet, "mijn taken"));
        Assert.Contains("geen open taken", await Personal(Persona.Piet, tenant: "tenant-2").SayAsync(Persona.Piet, "mijn taken"));
    }
}
