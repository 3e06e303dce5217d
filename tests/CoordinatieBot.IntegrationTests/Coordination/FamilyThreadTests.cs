using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Coordination;

public class FamilyThreadTests : BotTestBase
{
    [Fact]
    public async Task A_family_starts_once_per_conversation()
    {
        var chat = GroupChat();
        Assert.Contains("Vlinder", await chat.SayAsync(Persona.Piet, "start gezin Vlinder"));
        var second = await chat.SayAsync(Persona.Fatima, "nieuw gezin Merel");
        Assert.Contains("al gezin", second);
        Assert.Contains("Vlinder", second);
    }

    [Fact]
    public async Task English_start_works_too()
    {
        var chat = GroupChat("19:en@thread.v2");
        Assert.Contains("Family **Kingfisher** has started", await chat.SayAsync(Persona.Piet, "start family Kingfisher"));
    }

    [Fact]
    public async Task A_family_is_not_started_in_a_one_to_one_chat()
    {
        var reply = await Personal(Persona.Piet).SayAsync(Persona.Piet, "start gezin Vlinder");
        Assert.Contains("kanaalgesprek of groepschat", reply);
    }

    [Theory]
    [InlineData("start gezin 123456782")]
    [InlineData("start gezin jan@example.nl")]
    public async Task A_BSN_or_mail_address_is_not_an_alias(string text)
    {
        var chat = GroupChat("19:bsn@thread.v2");
        Assert.Contains("alias of casuscode", await chat.SayAsync(Persona.Piet, text));
        Assert.Contains("nog geen gezin", await chat.SayAsync(Persona.Piet, "wie is regisseur?"));
    }

    [Fact]
    public async Task Commands_without_a_family_say_how_to_start()
    {
        Assert.Contains("start gezin", await GroupChat("19:empty@thread.v2").SayAsync(Persona.Piet, "plan"));
    }

    [Fact]
    public async Task The_level_goes_up_and_down()
    {
        var chat = await VlinderAsync();
        Assert.Contains("MPG2", await chat.SayAsync(Persona.Piet, "niveau MPG2"));
        Assert.Contains("risicogezin", await chat.SayAsync(Persona.Fatima, "zet niveau op risicogezin"));
    }

    [Fact]
    public async Task Who_is_who_lists_members_with_organisation_and_role()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "ik ben van Wijkteam Noord");
        await chat.SayAsync(Persona.Fatima, "ik werk bij Vraagwijzer");
        await chat.SayAsync(Persona.Fatima, "mijn rol: verwijzer");
        var list = await chat.SayAsync(Persona.Ahmed, "wie is wie?");
        Assert.Contains("**Piet de Vries** · Wijkteam Noord · uitvoerder · **regisseur**", list);
        Assert.Contains("**Fatima El Amrani** · Vraagwijzer · verwijzer", list);
        Assert.Contains("**Ahmed Yilmaz** · organisatie onbekend", list);
    }

    [Fact]
    public async Task History_shows_who_changed_what()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: ik bel morgen de school");
        var history = await chat.SayAsync(Persona.Fatima, "geschiedenis");
        Assert.Contains("Piet de Vries voegde taak 1 toe voor zichzelf", history);
        Assert.Contains("Piet de Vries nam de regie", history);
        Assert.Contains("Piet de Vries startte het gezin", history);
    }

    [Fact]
    public async Task A_closed_family_accepts_no_more_changes()
    {
        var chat = await VlinderAsync();
        Assert.Contains("afgesloten", await chat.SayAsync(Persona.Piet, "gezin afsluiten: doelen bereikt"));
        Assert.Contains("gesloten", await chat.SayAsync(Persona.Piet, "nazorg afsluiten")); // closing starts the nazorg; gesloten after it
        Assert.Contains("afgesloten", await chat.SayAsync(Persona.Piet, "taak: ik bel morgen de school"));
    }
}
