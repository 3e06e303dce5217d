using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Escalation;

/// <summary>
/// When the ladder's clock restarts, why waiting without a date is never late, and that proactive messages wait for
/// working hours: over weeks on the dev clock, through the real pipeline, Azurite and the fake connector.
/// </summary>
public class LadderTimingTests : EscalationTestBase
{
    private static readonly Persona Karin = Persona.Karin;

    private static IEnumerable<DateTimeOffset> WorkingMornings(DateTimeOffset from, DateTimeOffset to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) yield return day;
    }

    /// <summary>An action for Ahmed due Friday 4 December that climbs to the procesmanager on Friday 18 December.</summary>
    private async Task<(Chat Chat, RecordedCall EscalationCard, string FamilyId)> EscalatedAsync()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Ahmed, "ik ben van Woonstad");
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor 4 december", Persona.Ahmed);
        foreach (var day in new[] { At(2026, 12, 4), At(2026, 12, 8), At(2026, 12, 11), At(2026, 12, 18) })
            await SweepAtAsync(day);
        var card = Assert.Single(SentToPerson(Persona.Karin.AadObjectId));
        var familyId = Coordination.RegieTests.FindData(card.Card!, "esc.deescalate")["familyId"]!.GetValue<string>();
        return (chat, card, familyId);
    }

    [Fact]
    public async Task A_de_escalated_task_does_not_come_back_to_the_procesmanager_in_the_next_five_working_days()
    {
        var (chat, card, familyId) = await EscalatedAsync();
        var pmChat = new Chat(App, Http, OneToOnes()[Persona.Karin.AadObjectId], "personal");
        App.Clock.SetUtcNow(At(2026, 12, 18, 10));
        var before = Connector.Calls.Count;
        await pmChat.InvokeAsync(Karin, "esc.deescalate", new Dictionary<string, string> { ["familyId"] = familyId, ["escalation"] = "1", ["action"] = "1" }, card.ResponseId!);
        Assert.Contains(SentToPerson(Persona.Piet.Id, before), c => Content(c).Contains("weer in beweging"));
        Assert.Contains(SentTo(chat.ConversationId, before), c => Content(c).Contains("escalatie 1 afgesloten"));

        var afterDeescalation = Connector.Calls.Count;
        foreach (var day in WorkingMornings(At(2026, 12, 21), At(2026, 12, 25)))
        {
            var sweep = await SweepAtAsync(day);
            Assert.DoesNotContain(sweep["notices"]!.AsArray(), n => n!["step"]?.GetValue<string>() == "Procesmanager");
        }
        Assert.DoesNotContain(SentToPerson(Persona.Karin.AadObjectId, afterDeescalation), c => !Content(c).Contains("Regie op regie"));
        Assert.DoesNotContain(SentTo(chat.ConversationId, afterDeescalation), c => Content(c).Contains("voorgelegd aan de procesmanager"));
        // The ladder counts again from the de-escalation: two working days later the owner hears of it again, kindly.
        Assert.Single(SentToPerson(Persona.Ahmed.Id, afterDeescalation), c => Content(c).Contains("staat nog open"));

        // The weekly overview of Monday 21 December counts no open escalation any more.
        var overview = SentToPerson(Persona.Karin.AadObjectId, before).Select(Content).FirstOrDefault(c => c.Contains("Regie op regie"));
        Assert.True(overview is null || !overview.Contains("open escalatie"), overview);
    }

    [Fact]
    public async Task A_waiting_task_without_a_date_is_asked_for_one_never_late_never_escalated_and_checked_every_four_weeks()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed meldt Noor aan bij de GGZ voor 4 december", Persona.Ahmed);
        var replies = await chat.SendAsync(Persona.Ahmed, "taak 1: wacht op de wachtlijst van de GGZ");
        Assert.Contains(replies, c => c.Text?.Contains("Wachten is niet te laat") == true);
        var ask = Assert.Single(replies, c => c.Card is not null && Content(c).Contains("Input.Date"));
        Assert.Contains("action.waiting", Content(ask));

        // Four weeks of sweeps, every working day, past the old due date: no reminder, no regisseur, no procesmanager.
        foreach (var day in WorkingMornings(At(2026, 11, 26), At(2026, 12, 22)))
            await SweepAtAsync(day);
        Assert.Empty(SentToPerson(Persona.Ahmed.Id));
        Assert.DoesNotContain(SentToPerson(Persona.Karin.AadObjectId), c => !Content(c).Contains("Regie op regie"));
        Assert.DoesNotContain(SentToPerson(Persona.Piet.Id), c => !Content(c).Contains("stil rond dit gezin")); // only the stall prompt
        App.Clock.SetUtcNow(At(2026, 12, 22, 10));
        var plan = Content((await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null));
        Assert.DoesNotContain("te laat", plan);

        // Four weeks after it started waiting: the owner is asked whether it still waits, on a card with a date field.
        await SweepAtAsync(At(2026, 12, 23));
        var check = Assert.Single(SentToPerson(Persona.Ahmed.Id));
        Assert.Contains("nog op de wachtlijst", Content(check));
        Assert.Contains("Input.Date", Content(check));

        // The date from the card does what typing it does: waiting until then, reminded once it has passed.
        var familyId = Coordination.RegieTests.FindData(check.Card!, "action.waiting")["familyId"]!.GetValue<string>();
        var personal = new Chat(App, Http, OneToOnes()[Persona.Ahmed.Id], "personal");
        await personal.InvokeAsync(Persona.Ahmed, "action.waiting", new Dictionary<string, string>
        {
            ["familyId"] = familyId,
            ["action"] = "1",
            ["party"] = "de wachtlijst van de GGZ",
            ["until"] = "2027-01-15",
        }, check.ResponseId!);
        Assert.Contains("vr 15 jan", Content((await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null)));
        await SweepAtAsync(At(2027, 1, 14));
        Assert.Single(SentToPerson(Persona.Ahmed.Id));
        await SweepAtAsync(At(2027, 1, 15));
        Assert.Contains("Wat doen we in de tussentijd", Content(SentToPerson(Persona.Ahmed.Id).Last()));
    }

    [Fact]
    public async Task Bezig_without_a_date_asks_when_it_is_expected_and_the_ladder_waits_for_that_date()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor 4 december", Persona.Ahmed);
        var replies = await chat.SendAsync(Persona.Ahmed, "1 bezig");
        Assert.Contains(replies, c => c.Card is not null && Content(c).Contains("Input.Date") && Content(c).Contains("action.inProgress"));
        Assert.Contains("verwacht klaar op 18 december 2026", await chat.SayAsync(Persona.Ahmed, "1 bezig, verwacht 18 december"));
        Assert.Contains("bezig, verwacht vr 18 dec", Content((await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null)));

        foreach (var day in WorkingMornings(At(2026, 12, 4), At(2026, 12, 17)))
            await SweepAtAsync(day);
        Assert.Empty(SentToPerson(Persona.Ahmed.Id));
        await SweepAtAsync(At(2026, 12, 18));
        Assert.Single(SentToPerson(Persona.Ahmed.Id));
    }

    [Fact]
    public async Task Weer_in_beweging_at_ten_at_night_waits_until_eight_and_survives_a_restart()
    {
        await using var connector = await FakeConnector.StartAsync();
        var prefix = TestStorage.NewPrefix();
        var settings = new Dictionary<string, string?> { ["Storage:TablePrefix"] = prefix };
        var app = new BotApp(connector, settings);
        var http = app.CreateClient();
        var chat = new Chat(app, http, "19:night@thread.v2");
        await chat.SayAsync(Persona.Piet, "start gezin Vlinder");
        await chat.SayAsync(Persona.Piet, "ik neem de regie");
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor 4 december", Persona.Ahmed);
        await SweepAtAsync(At(2026, 12, 4), app, http);
        await SweepAtAsync(At(2026, 12, 8), app, http); // two working days late: Piet is informed

        List<RecordedCall> ToPiet(int from) =>
            [.. connector.Calls.Skip(from).Where(c => c.Method == "POST" && Content(c).Contains("weer in beweging"))];

        app.Clock.SetUtcNow(At(2026, 12, 8, 22));
        var evening = connector.Calls.Count;
        Assert.Contains("gedaan", await chat.SayAsync(Persona.Ahmed, "klaar met 1"));
        Assert.Empty(ToPiet(evening));
        Assert.True((await SweepAtAsync(At(2026, 12, 8, 23), app, http))["outsideWorkingHours"]!.GetValue<bool>());
        Assert.Empty(ToPiet(evening));

        // The bot restarts in the night: what waits is in the family, not in memory.
        await app.DisposeAsync();
        await using var restarted = new BotApp(connector, settings);
        var http2 = restarted.CreateClient();
        Assert.True((await SweepAtAsync(At(2026, 12, 9, 7).AddMinutes(59), restarted, http2))["outsideWorkingHours"]!.GetValue<bool>());
        Assert.Empty(ToPiet(evening));

        var morning = await SweepAtAsync(At(2026, 12, 9, 8), restarted, http2);
        Assert.Equal(1, morning["sent"]!.GetValue<int>());
        Assert.Single(ToPiet(evening));
        await SweepAtAsync(At(2026, 12, 9, 9), restarted, http2);
        Assert.Single(ToPiet(evening));
    }

    [Fact]
    public async Task A_procesmanager_outcome_at_night_reaches_the_thread_at_eight_and_a_safety_concern_still_goes_at_once()
    {
        var (chat, card, familyId) = await EscalatedAsync();
        var pmChat = new Chat(App, Http, OneToOnes()[Persona.Karin.AadObjectId], "personal");
        App.Clock.SetUtcNow(At(2026, 12, 18, 22));
        var night = Connector.Calls.Count;
        await pmChat.InvokeAsync(Karin, "esc.decision", new Dictionary<string, string>
        {
            ["familyId"] = familyId,
            ["escalation"] = "1",
            ["action"] = "1",
            ["reason"] = "Woonstad belt maandag terug",
        }, card.ResponseId!);
        Assert.Contains("gaat 21 december 2026 om 08:00 de deur uit", await chat.SayAsync(Persona.Fatima, "knelpunt: de school reageert niet"));
        Assert.DoesNotContain(SentTo(chat.ConversationId, night), c => Content(c).Contains("Besluit van de procesmanager"));
        Assert.DoesNotContain(SentToPerson(Persona.Karin.AadObjectId, night), c => !Content(c).Contains("Regie op regie"));

        await chat.SayAsync(Persona.Fatima, "zorg over veiligheid: het gaat vanavond niet goed thuis");
        Assert.Contains(SentToPerson(Persona.Piet.Id, night), c => Content(c).Contains("Zorg over veiligheid"));

        await SweepAtAsync(At(2026, 12, 21, 8)); // Monday 08:00
        Assert.Contains(SentTo(chat.ConversationId, night), c => Content(c).Contains("Besluit van de procesmanager: Woonstad belt maandag terug"));
        Assert.Contains(SentToPerson(Persona.Karin.AadObjectId, night), c => Content(c).Contains("de school reageert niet"));
    }

    [Fact]
    public async Task Done_on_a_one_to_one_card_in_the_evening_reaches_the_thread_the_next_working_morning()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor 4 december", Persona.Ahmed);
        await SweepAtAsync(At(2026, 12, 4));
        var nudge = Assert.Single(SentToPerson(Persona.Ahmed.Id));
        var familyId = Coordination.RegieTests.FindData(nudge.Card!, "action.done")["familyId"]!.GetValue<string>();

        App.Clock.SetUtcNow(At(2026, 12, 4, 21));
        var evening = Connector.Calls.Count;
        var personal = new Chat(App, Http, OneToOnes()[Persona.Ahmed.Id], "personal");
        var response = await personal.InvokeAsync(Persona.Ahmed, "action.done", new Dictionary<string, string> { ["familyId"] = familyId, ["action"] = "1" }, nudge.ResponseId!);
        Assert.Contains("gedaan", response["value"]!.ToJsonString()); // the card itself answers at once
        Assert.DoesNotContain(SentTo(chat.ConversationId, evening), c => Content(c).Contains("taak **1** is gedaan"));

        await SweepAtAsync(At(2026, 12, 7, 8)); // Monday morning
        Assert.Single(SentTo(chat.ConversationId, evening), c => Content(c).Contains("taak **1** is gedaan"));
    }

    [Fact]
    public async Task An_acknowledged_escalation_closes_when_its_task_is_done_and_the_weekly_overview_no_longer_counts_it()
    {
        var (chat, card, familyId) = await EscalatedAsync();
        var pmChat = new Chat(App, Http, OneToOnes()[Persona.Karin.AadObjectId], "personal");
        App.Clock.SetUtcNow(At(2026, 12, 18, 10));
        await pmChat.InvokeAsync(Karin, "esc.ack", new Dictionary<string, string> { ["familyId"] = familyId, ["escalation"] = "1", ["action"] = "1" }, card.ResponseId!);
        App.Clock.SetUtcNow(At(2026, 12, 18, 11));
        await chat.SayAsync(Persona.Ahmed, "klaar met 1");

        var before = Connector.Calls.Count;
        await SweepAtAsync(At(2026, 12, 21)); // Monday: the weekly overview
        var overview = Content(Assert.Single(SentToPerson(Persona.Karin.AadObjectId, before), c => Content(c).Contains("Regie op regie")));
        Assert.DoesNotContain("escalatie", overview);
        Assert.Contains("Nergens loopt iets vast", overview);
    }
}
