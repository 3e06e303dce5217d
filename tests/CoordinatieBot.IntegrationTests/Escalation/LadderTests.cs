using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Escalation;

/// <summary>The whole ladder over weeks with the fake clock, through the real pipeline, Azurite and the fake connector.</summary>
public class LadderTests : EscalationTestBase
{
    [Fact]
    public async Task The_ladder_climbs_over_weeks_and_everyone_hears_it_once()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Ahmed, "ik ben van Woonstad");
        await chat.SayAsync(Persona.Piet, "doel wonen: huurachterstand opgelost, gezin zegt: 'we willen hier blijven wonen'");
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor 4 december", Persona.Ahmed);

        // Before the date: nothing. Then Friday 4 December: the owner, 1:1.
        Assert.Equal(0, (await SweepAtAsync(At(2026, 12, 3)))["sent"]!.GetValue<int>());
        var due = await SweepAtAsync(At(2026, 12, 4));
        Assert.Equal(1, due["sent"]!.GetValue<int>());
        var ahmed = SentToPerson(Persona.Ahmed.Id);
        Assert.Single(ahmed);
        Assert.Contains("geheugensteuntje", Content(ahmed[0]));
        Assert.Contains("action.done", Content(ahmed[0]));

        // The same moment again, and later that day: nothing doubled.
        Assert.Equal(0, (await SweepAtAsync(At(2026, 12, 4)))["sent"]!.GetValue<int>());
        Assert.Equal(0, (await SweepAtAsync(At(2026, 12, 4, 15)))["sent"]!.GetValue<int>());

        // Tuesday 8 December, 2 working days late: the owner again, the regisseur informed.
        await SweepAtAsync(At(2026, 12, 8));
        Assert.Equal(2, SentToPerson(Persona.Ahmed.Id).Count);
        var piet = SentToPerson(Persona.Piet.Id);
        Assert.Single(piet);
        Assert.Contains("2 werkdagen over de datum", Content(piet[0]));

        // Friday 11 December, 5 working days: the regisseur gets the options card.
        await SweepAtAsync(At(2026, 12, 11));
        piet = SentToPerson(Persona.Piet.Id);
        Assert.Equal(2, piet.Count);
        Assert.Contains("regie.askManager", Content(piet[1]));
        Assert.Contains("action.escalate", Content(piet[1]));

        // Friday 18 December, 10 working days: the procesmanager, process facts only; the thread hears it.
        await SweepAtAsync(At(2026, 12, 18));
        var karin = SentToPerson(Persona.Karin.AadObjectId);
        var escalation = Assert.Single(karin);
        var card = Content(escalation);
        Assert.Contains("Vlinder", card);
        Assert.Contains("Woonstad", card);
        Assert.Contains("10 werkdagen te laat", card);
        Assert.DoesNotContain("huurachterstand", card);
        Assert.DoesNotContain("blijven wonen", card);
        Assert.Contains(SentTo(chat.ConversationId), c => Content(c).Contains("voorgelegd aan de procesmanager"));

        // Weeks later: nothing more, nobody got anything twice.
        await SweepAtAsync(At(2026, 12, 28));
        await SweepAtAsync(At(2027, 1, 11));
        Assert.Equal(2, SentToPerson(Persona.Ahmed.Id).Count);
        // (By 11 January the plan is six weeks old and not discussed with the family: that reminder is not the ladder's.)
        Assert.Equal(2, SentToPerson(Persona.Piet.Id).Count(c => !Content(c).Contains("stil rond dit gezin") && !Content(c).Contains("nog niet met het gezin besproken")));
        Assert.Single(SentToPerson(Persona.Karin.AadObjectId));
        Assert.Contains("CoordinatieBot legde taak 1 voor aan de procesmanager", await chat.SayAsync(Persona.Piet, "geschiedenis"));
    }

    [Fact]
    public async Task No_nudges_outside_working_hours()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: ik bel de school voor 4 december");
        var evening = await SweepAtAsync(At(2026, 12, 4, 19));
        Assert.True(evening["outsideWorkingHours"]!.GetValue<bool>());
        var saturday = await SweepAtAsync(At(2026, 12, 5, 10));
        Assert.True(saturday["outsideWorkingHours"]!.GetValue<bool>());
        Assert.Empty(SentToPerson(Persona.Piet.Id));
        Assert.Equal(1, (await SweepAtAsync(At(2026, 12, 7, 8)))["sent"]!.GetValue<int>());
        // Due on Friday, told on Monday: the card says when it was due, not "today".
        Assert.Contains("stond voor vr 4 dec", Content(Assert.Single(SentToPerson(Persona.Piet.Id))));
    }

    [Fact]
    public async Task Done_on_the_nudge_card_shows_in_the_thread_and_brings_the_ladder_down()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor 4 december", Persona.Ahmed);
        await SweepAtAsync(At(2026, 12, 4));
        await SweepAtAsync(At(2026, 12, 8));
        var nudge = SentToPerson(Persona.Ahmed.Id).Last();
        var familyId = Coordination.RegieTests.FindData(nudge.Card!, "action.done")["familyId"]!.GetValue<string>();

        var personal = new Chat(App, Http, OneToOnes()[Persona.Ahmed.Id], "personal");
        var before = Connector.Calls.Count;
        var response = await personal.InvokeAsync(Persona.Ahmed, "action.done", new Dictionary<string, string> { ["familyId"] = familyId, ["action"] = "1" }, nudge.ResponseId!);
        Assert.Contains("gedaan", response["value"]!.ToJsonString());

        Assert.Contains(SentTo(chat.ConversationId, before), c => Content(c).Contains("taak **1** is gedaan"));
        Assert.Contains(SentToPerson(Persona.Piet.Id, before), c => Content(c).Contains("weer in beweging"));
        Assert.Equal(0, (await SweepAtAsync(At(2026, 12, 11)))["sent"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_stranger_cannot_act_on_a_nudge_card()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor 4 december", Persona.Ahmed);
        await SweepAtAsync(At(2026, 12, 4));
        var nudge = SentToPerson(Persona.Ahmed.Id).Single();
        var familyId = Coordination.RegieTests.FindData(nudge.Card!, "action.done")["familyId"]!.GetValue<string>();

        var olga = new Chat(App, Http, "a:olga-1on1", "personal");
        var response = await olga.InvokeAsync(Persona.Olga, "action.done", new Dictionary<string, string> { ["familyId"] = familyId, ["action"] = "1" }, "x");
        Assert.Contains("Alleen deelnemers", response["value"]!.ToJsonString());
        Assert.Contains("Open taken (1)", Content((await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null)));
    }

    [Fact]
    public async Task The_ladder_numbers_working_hours_and_holidays_come_from_settings()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApp(connector, new Dictionary<string, string?>
        {
            ["Escalation:WorkStart"] = "09:30",
            ["Escalation:Holidays:0"] = "2026-12-04",
            ["Escalation:ReminderAfterWorkingDays"] = "1",
        });
        var http = app.CreateClient();
        var chat = new Chat(app, http, "19:settings@thread.v2");
        await chat.SayAsync(Persona.Piet, "start gezin Vlinder");
        await chat.SayAsync(Persona.Piet, "taak: ik bel de school voor 4 december");

        Assert.True((await SweepAtAsync(At(2026, 12, 4, 10), app, http))["outsideWorkingHours"]!.GetValue<bool>()); // a holiday
        Assert.True((await SweepAtAsync(At(2026, 12, 7, 9), app, http))["outsideWorkingHours"]!.GetValue<bool>());  // before 09:30
        var monday = await SweepAtAsync(At(2026, 12, 7, 10), app, http);
        Assert.Equal(1, monday["sent"]!.GetValue<int>());
        // Due on a holiday: Monday is one working day late, and with the reminder after 1 working day that is "late".
        Assert.Equal("Late", monday["notices"]![0]!["step"]!.GetValue<string>());
    }
}
