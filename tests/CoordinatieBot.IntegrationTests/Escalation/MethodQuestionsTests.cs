using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Escalation;

/// <summary>The method's questions (silent referral, waiting) reach people, also on the daily overview, and re-arm.</summary>
public class MethodQuestionsTests : EscalationTestBase
{
    [Fact]
    public async Task The_receiver_is_asked_for_terugkoppeling_the_referrer_whether_it_came_and_no_news_after_bezig_asks_again()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Sanne, "hallo");
        await chat.SayAsync(Persona.Fatima, "verwijzing naar @Sanne: aanmelding schuldhulpverlening", Persona.Sanne);
        await SweepAtAsync(At(2026, 12, 7));
        var toSanne = Content(Assert.Single(SentToPerson(Persona.Sanne.Id)));
        var toFatima = Content(Assert.Single(SentToPerson(Persona.Fatima.Id)));
        Assert.Contains("bij jou terechtgekomen", toSanne);
        Assert.Contains("terugkoppeling geven", toSanne);
        Assert.Contains("goed aangekomen", toFatima);
        Assert.DoesNotContain("bij jou terechtgekomen", toFatima);

        App.Clock.SetUtcNow(At(2026, 12, 8, 10));
        await chat.SayAsync(Persona.Sanne, "1 bezig, verwacht 15 januari");
        foreach (var day in new[] { At(2026, 12, 9), At(2026, 12, 14), At(2026, 12, 17) })
            await SweepAtAsync(day);
        Assert.Single(SentToPerson(Persona.Sanne.Id));

        // Ten days after "bezig" without news: both are asked again, once.
        await SweepAtAsync(At(2026, 12, 18));
        Assert.Equal(2, SentToPerson(Persona.Sanne.Id).Count);
        Assert.Equal(2, SentToPerson(Persona.Fatima.Id).Count);
        await SweepAtAsync(At(2026, 12, 28));
        Assert.Equal(2, SentToPerson(Persona.Fatima.Id).Count);
    }

    [Fact]
    public async Task Who_is_on_the_daily_overview_gets_the_questions_in_it()
    {
        var chat = await VlinderAsync();
        Assert.Contains("Dagoverzicht staat aan", await Personal(Persona.Fatima).SayAsync(Persona.Fatima, "dagoverzicht aan"));
        Assert.Contains("Dagoverzicht staat aan", await Personal(Persona.Sanne).SayAsync(Persona.Sanne, "dagoverzicht aan"));
        await chat.SayAsync(Persona.Fatima, "verwijzing naar @Sanne: aanmelding schuldhulpverlening", Persona.Sanne);
        await chat.SayAsync(Persona.Piet, "taak: @Sanne vraagt bewindvoering aan", Persona.Sanne);
        await chat.SayAsync(Persona.Sanne, "taak 2: wacht op de wachtlijst van het fonds");

        await SweepAtAsync(At(2026, 12, 7)); // the referral is asked about today
        var sanneChat = Personal(Persona.Sanne).ConversationId;
        var fatimaChat = Personal(Persona.Fatima).ConversationId;
        var before = Connector.Calls.Count;
        await SweepAtAsync(At(2026, 12, 8));
        var sanneDigest = Content(Assert.Single(SentTo(sanneChat, before)));
        Assert.Contains("Vragen voor jou", sanneDigest);
        Assert.Contains("wil je terugkoppelen", sanneDigest);
        var fatimaDigest = Content(Assert.Single(SentTo(fatimaChat, before)));
        Assert.Contains("is je verwijzing aangekomen", fatimaDigest);
        Assert.DoesNotContain(Connector.Calls, c => c.Card is not null && Content(c).Contains("terechtgekomen")); // in the overview, not on a card

        // Four weeks after it started waiting, the waiting check is in the overview too.
        foreach (var day in new[] { At(2026, 12, 14), At(2026, 12, 21) }) await SweepAtAsync(day);
        await SweepAtAsync(At(2026, 12, 23));
        before = Connector.Calls.Count;
        await SweepAtAsync(At(2026, 12, 24));
        Assert.Contains("nog op de wachtlijst", Content(Assert.Single(SentTo(sanneChat, before))));
    }

    [Fact]
    public async Task The_weekly_overview_goes_on_the_first_working_day_when_monday_is_a_holiday()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApp(connector, new Dictionary<string, string?> { ["Escalation:Holidays:0"] = "2026-12-07" });
        var http = app.CreateClient();
        var chat = new Chat(app, http, "19:holiday@thread.v2");
        await chat.SayAsync(Persona.Piet, "start gezin Vlinder");

        Assert.True((await SweepAtAsync(At(2026, 12, 7), app, http))["outsideWorkingHours"]!.GetValue<bool>());
        Assert.Equal(1, (await SweepAtAsync(At(2026, 12, 8), app, http))["overviewsSent"]!.GetValue<int>());
        Assert.Equal(0, (await SweepAtAsync(At(2026, 12, 9), app, http))["overviewsSent"]!.GetValue<int>());
    }
}
