using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Escalation;

/// <summary>
/// Who guards which level (Amsterdam model): with a coördinator risicogezinnen configured (Olga), regulier, risicogezin
/// and MPG1 go to her and MPG2 and up to the procesmanager (Karin); a level change moves open escalations with it.
/// </summary>
public class GuardsTests : EscalationTestBase
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["Coordination:DefaultCoordinatorRisicogezinnen:AadObjectId"] = Persona.Olga.AadObjectId,
        ["Coordination:DefaultCoordinatorRisicogezinnen:Name"] = "Olga Buiten",
    };

    private async Task<Chat> FamilyAsync(string chatId, string alias, string level)
    {
        var chat = GroupChat(chatId);
        await chat.SayAsync(Persona.Piet, $"start gezin {alias}");
        await chat.SayAsync(Persona.Piet, "ik neem de regie");
        await chat.SayAsync(Persona.Piet, $"niveau {level}");
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor 4 december", Persona.Ahmed);
        return chat;
    }

    private async Task ClimbTheLadderAsync()
    {
        foreach (var day in new[] { At(2026, 12, 4), At(2026, 12, 8), At(2026, 12, 11), At(2026, 12, 18) })
            await SweepAtAsync(day);
    }

    [Fact]
    public async Task The_ladder_of_an_MPG1_family_goes_to_the_coordinator_and_of_an_MPG2_family_to_the_procesmanager()
    {
        var light = await FamilyAsync("19:licht@thread.v2", "Licht", "MPG1");
        var heavy = await FamilyAsync("19:zwaar@thread.v2", "Zwaar", "MPG2");
        await ClimbTheLadderAsync();

        var toOlga = SentToPersonAnywhere(Persona.Olga.AadObjectId);
        var toKarin = SentToPersonAnywhere(Persona.Karin.AadObjectId);
        Assert.Single(toOlga);
        Assert.Single(toKarin);
        Assert.Contains("Licht", Content(toOlga[0]));
        Assert.Contains("Zwaar", Content(toKarin[0]));
        Assert.Contains(SentTo(light.ConversationId), c => Content(c).Contains("voorgelegd aan de coördinator risicogezinnen"));
        Assert.Contains(SentTo(heavy.ConversationId), c => Content(c).Contains("voorgelegd aan de procesmanager"));
    }

    [Fact]
    public async Task A_knelpunt_names_the_coordinator_and_only_she_may_act_on_its_card()
    {
        var chat = await FamilyAsync("19:licht@thread.v2", "Licht", "risicogezin");
        var reply = await chat.SayAsync(Persona.Fatima, "knelpunt: school reageert niet");
        Assert.Contains("coördinator risicogezinnen **Olga Buiten**", reply);
        var card = Assert.Single(SentToPersonAnywhere(Persona.Olga.AadObjectId));
        Assert.Empty(SentToPersonAnywhere(Persona.Karin.AadObjectId));
        var familyId = Coordination.RegieTests.FindData(card.Card!, "esc.ack")["familyId"]!.GetValue<string>();

        var karinChat = new Chat(App, Http, "a:karin-1on1", "personal");
        var refused = await karinChat.InvokeAsync(Persona.Karin, "esc.ack", new Dictionary<string, string> { ["familyId"] = familyId, ["escalation"] = "1" }, card.ResponseId!);
        Assert.Contains("Alleen deelnemers", refused["value"]!.ToJsonString());

        var olgaChat = new Chat(App, Http, OneToOnes()[Persona.Olga.AadObjectId], "personal");
        var before = Connector.Calls.Count;
        await olgaChat.InvokeAsync(Persona.Olga, "esc.ack", new Dictionary<string, string> { ["familyId"] = familyId, ["escalation"] = "1" }, card.ResponseId!);
        Assert.Contains(SentTo(chat.ConversationId, before), c => Content(c).Contains("De coördinator risicogezinnen heeft escalatie 1 gezien"));
        Assert.Contains("coördinator risicogezinnen Olga Buiten", await chat.SayAsync(Persona.Piet, "geschiedenis"));
    }

    [Fact]
    public async Task A_level_change_moves_an_open_escalation_to_the_new_guard()
    {
        var chat = await FamilyAsync("19:licht@thread.v2", "Licht", "MPG1");
        await chat.SayAsync(Persona.Piet, "doel school: Noor gaat elke dag naar school");
        await chat.SayAsync(Persona.Piet, "escaleer taak 1");
        Assert.Single(SentToPersonAnywhere(Persona.Olga.AadObjectId));
        Assert.Empty(SentToPersonAnywhere(Persona.Karin.AadObjectId));

        Assert.Contains("De open escalaties gaan mee naar procesmanager **Karin Procesmanager**", await chat.SayAsync(Persona.Piet, "niveau MPG2"));
        var toKarin = SentToPersonAnywhere(Persona.Karin.AadObjectId);
        Assert.Contains(toKarin, c => Content(c).Contains("van niveau MPG1 naar MPG2"));
        Assert.Contains(toKarin, c => c.Card is not null && Content(c).Contains("esc.ack"));
        var toldOlga = SentToPersonAnywhere(Persona.Olga.AadObjectId)[^1];
        Assert.Contains("ligt nu bij procesmanager **Karin Procesmanager**", Content(toldOlga));
        // Process facts only: no goal text to either guard.
        Assert.DoesNotContain(SentToPersonAnywhere(Persona.Olga.AadObjectId).Concat(toKarin), c => Content(c).Contains("elke dag naar school"));
        Assert.Contains("escalatie 1 ging mee naar de procesmanager", await chat.SayAsync(Persona.Piet, "geschiedenis"));

        // Karin may act on it now; Olga no longer.
        var familyId = Coordination.RegieTests.FindData(toKarin.Last(c => c.Card is not null).Card!, "esc.ack")["familyId"]!.GetValue<string>();
        var olgaChat = new Chat(App, Http, OneToOnes()[Persona.Olga.AadObjectId], "personal");
        var refused = await olgaChat.InvokeAsync(Persona.Olga, "esc.ack", new Dictionary<string, string> { ["familyId"] = familyId, ["escalation"] = "1" }, "x");
        Assert.Contains("Alleen deelnemers", refused["value"]!.ToJsonString());
    }

    [Fact]
    public async Task Each_guard_gets_the_weekly_overview_of_the_families_they_guard()
    {
        await FamilyAsync("19:licht@thread.v2", "Licht", "MPG1");
        await FamilyAsync("19:zwaar@thread.v2", "Zwaar", "MPG2");
        var monday = await SweepAtAsync(At(2026, 12, 14));
        Assert.Equal(2, monday["overviewsSent"]!.GetValue<int>());
        var olga = Content(Assert.Single(SentToPersonAnywhere(Persona.Olga.AadObjectId), c => Content(c).Contains("Regie op regie")));
        var karin = Content(Assert.Single(SentToPersonAnywhere(Persona.Karin.AadObjectId), c => Content(c).Contains("Regie op regie")));
        Assert.Contains("**Licht**", olga);
        Assert.DoesNotContain("Zwaar", olga);
        Assert.Contains("**Zwaar**", karin);
        Assert.DoesNotContain("Licht", karin);
        Assert.DoesNotContain("woningcorporatie", olga + karin);
    }

    [Fact]
    public async Task Who_is_coordinator_and_who_guards_this_family()
    {
        var chat = await FamilyAsync("19:licht@thread.v2", "Licht", "MPG1");
        Assert.Contains("Coördinator risicogezinnen voor dit team: **Olga Buiten**", await chat.SayAsync(Persona.Piet, "wie is coördinator?"));
        var who = await chat.SayAsync(Persona.Piet, "wie is procesmanager?");
        Assert.Contains("Karin Procesmanager", who);
        Assert.Contains("wordt bewaakt door coördinator risicogezinnen **Olga Buiten**", who);
    }
}

/// <summary>Without a coördinator configured the procesmanager guards every level, and one can be set in chat.</summary>
public class GuardsWithoutCoordinatorTests : EscalationTestBase
{
    [Fact]
    public async Task Without_a_coordinator_both_levels_go_to_the_procesmanager_and_one_set_in_chat_takes_the_lighter_ones()
    {
        var light = GroupChat("19:licht@thread.v2");
        await light.SayAsync(Persona.Piet, "start gezin Licht");
        await light.SayAsync(Persona.Piet, "niveau MPG1");
        var heavy = GroupChat("19:zwaar@thread.v2");
        await heavy.SayAsync(Persona.Piet, "start gezin Zwaar");
        await heavy.SayAsync(Persona.Piet, "niveau MPG2");
        Assert.Contains("procesmanager **Karin Procesmanager**", await light.SayAsync(Persona.Fatima, "knelpunt: school reageert niet"));
        Assert.Contains("procesmanager **Karin Procesmanager**", await heavy.SayAsync(Persona.Fatima, "knelpunt: huisarts reageert niet"));
        Assert.Equal(2, SentToPersonAnywhere(Persona.Karin.AadObjectId).Count);
        Assert.Contains("geen coördinator risicogezinnen ingesteld", await light.SayAsync(Persona.Piet, "wie is coördinator?"));

        // Only who may set the procesmanager may set the coördinator.
        Assert.Contains("Alleen een beheerder", await light.SayAsync(Persona.Piet, "coördinator is @Olga", Persona.Olga));
        Assert.Contains("is nu coördinator risicogezinnen", await light.SayAsync(Persona.Karin, "coördinator is @Olga", Persona.Olga));
        Assert.Contains("Olga Buiten", await light.SayAsync(Persona.Piet, "wie is coördinator?"));

        await light.SayAsync(Persona.Fatima, "knelpunt: de GGD belt niet terug");
        await heavy.SayAsync(Persona.Fatima, "knelpunt: de GGD belt niet terug");
        Assert.Single(SentToPersonAnywhere(Persona.Olga.Id));
        Assert.Equal(3, SentToPersonAnywhere(Persona.Karin.AadObjectId).Count);
    }
}
