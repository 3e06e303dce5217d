using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Escalation;

/// <summary>
/// A family's life through the real pipeline, with the dev clock over the months: the six-week plan reminder, the
/// evaluation at six months and an extension, closing with the outcome per goal and nazorg ending by itself.
/// The families start on Wednesday 25 November 2026.
/// </summary>
public class LifecycleTests : EscalationTestBase
{
    private int Told(Persona person, string words) => SentToPerson(person.Id).Count(c => Content(c).Contains(words));

    private int ToldInThread(Chat chat, string words) => SentTo(chat.ConversationId).Count(c => Content(c).Contains(words));

    /// <summary>Every Monday and Wednesday morning from <paramref name="from"/> up to <paramref name="to"/>.</summary>
    private async Task SweepWeeksAsync(DateTimeOffset from, DateTimeOffset to)
    {
        for (var day = from; day <= to; day = day.AddDays(day.DayOfWeek == DayOfWeek.Monday ? 2 : 5))
            await SweepAtAsync(day);
    }

    [Fact]
    public async Task Six_weeks_without_a_plan_reminds_the_regisseur_once_the_thread_without_one_and_nobody_when_the_plan_was_agreed()
    {
        var vlinder = await VlinderAsync();
        Assert.Contains("aangemeld", Content(Assert.Single(await vlinder.SendAsync(Persona.Piet, "plan"), c => c.Card is not null)));

        var ekster = GroupChat("19:ekster@thread.v2");
        await ekster.SayAsync(Persona.Sanne, "start gezin Ekster");
        await ekster.SayAsync(Persona.Sanne, "ik neem de regie");
        await ekster.SayAsync(Persona.Sanne, "plan besproken met gezin");

        var reiger = GroupChat("19:reiger@thread.v2");
        await reiger.SayAsync(Persona.Fatima, "start gezin Reiger"); // nobody takes the regie

        await SweepWeeksAsync(At(2026, 11, 30), At(2027, 1, 5));
        Assert.Equal(0, Told(Persona.Piet, "nog niet met het gezin besproken"));
        await SweepAtAsync(At(2027, 1, 6)); // six weeks after the start, 08:00 or later
        await SweepAtAsync(At(2027, 1, 6, 14));
        await SweepWeeksAsync(At(2027, 1, 11), At(2027, 2, 15));

        Assert.Equal(1, Told(Persona.Piet, "Gezin **Vlinder** is 6 weken geleden aangemeld en het plan is nog niet met het gezin besproken"));
        Assert.Equal(0, Told(Persona.Sanne, "nog niet met het gezin besproken"));
        Assert.Equal(1, ToldInThread(reiger, "Er is nog geen regisseur: wie neemt de regie?"));
        Assert.Contains("herinnerde de regisseur aan het plan met het gezin", await vlinder.SayAsync(Persona.Piet, "geschiedenis"));

        var plan = Content(Assert.Single(await ekster.SendAsync(Persona.Sanne, "plan"), c => c.Card is not null));
        Assert.Contains("actief · evaluatie op 25 mei 2027", plan);
    }

    [Fact]
    public async Task The_evaluation_is_due_at_six_months_and_an_extension_of_three_months_reminds_at_its_end()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "plan besproken met gezin");

        await SweepAtAsync(At(2027, 5, 24));
        Assert.Equal(0, Told(Persona.Piet, "tijd voor de evaluatie"));
        await SweepAtAsync(At(2027, 5, 25));
        await SweepAtAsync(At(2027, 5, 26));
        Assert.Equal(1, Told(Persona.Piet, "Gezin **Vlinder** krijgt nu zes maanden hulp: tijd voor de evaluatie met het gezin"));
        Assert.Contains("evaluatie", Content(Assert.Single(await chat.SendAsync(Persona.Piet, "plan"), c => c.Card is not null)));

        Assert.Contains("Waarom verlengen?", await chat.SayAsync(Persona.Piet, "verlengen met 3 maanden"));
        Assert.Contains("An extension is 3 months", await chat.SayAsync(Persona.Piet, "extend by 2 months: waiting list"));
        Assert.Contains("verlengd tot **25 augustus 2027**", await chat.SayAsync(Persona.Piet, "verlengen met 3 maanden: schuldhulp loopt nog"));
        Assert.Contains("verlengde de hulp tot 25 augustus 2027 (schuldhulp loopt nog)", await chat.SayAsync(Persona.Piet, "geschiedenis"));
        Assert.Contains("actief · verlengd tot 25 augustus 2027", Content(Assert.Single(await chat.SendAsync(Persona.Piet, "plan"), c => c.Card is not null)));

        await SweepWeeksAsync(At(2027, 5, 31), At(2027, 8, 24));
        Assert.Equal(0, Told(Persona.Piet, "loopt af"));
        await SweepAtAsync(At(2027, 8, 25));
        await SweepAtAsync(At(2027, 8, 26));
        Assert.Equal(1, Told(Persona.Piet, "De verlenging van gezin **Vlinder** loopt af (25 augustus 2027)"));

        // Repeatable, in English too: three months on from the last end.
        Assert.Contains("extended until **25 November 2027**", await chat.SayAsync(Persona.Piet, "extend by 3 months: debt plan needs to settle"));
    }

    [Fact]
    public async Task Closing_asks_the_outcome_per_goal_then_nazorg_ends_by_itself_and_retention_counts_from_gesloten()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "doel wonen: huurachterstand opgelost");
        await chat.SayAsync(Persona.Piet, "doel financiën: schulden in kaart");
        await chat.SayAsync(Persona.Piet, "plan besproken met gezin");

        App.Clock.SetUtcNow(At(2027, 3, 1, 10));
        var asked = await chat.SayAsync(Persona.Piet, "gezin afsluiten: doelen grotendeels bereikt");
        Assert.Contains("is afgesloten", asked);
        Assert.Contains("Hoe ging het per doel?", asked);
        Assert.Contains("doel 1 (Wonen en huishouden): huurachterstand opgelost", asked);
        Assert.Contains("afgesloten · uitkomst per doel nog nodig", Content(Assert.Single(await chat.SendAsync(Persona.Piet, "plan"), c => c.Card is not null)));

        var first = await chat.SayAsync(Persona.Piet, "doel 1 behaald: huur is op orde");
        Assert.Contains("Doel **1** is behaald", first);
        Assert.Contains("Nog een uitkomst nodig voor: doel 2", first);
        Assert.Contains("Schrijf er een woord bij", await chat.SayAsync(Persona.Piet, "doel 2 deels"));
        Assert.Contains("Aftercare for family **Vlinder** runs until **1 June 2027**", await chat.SayAsync(Persona.Fatima, "goal 2 partly achieved: payment plan running"));
        var history = await chat.SayAsync(Persona.Piet, "geschiedenis");
        Assert.Contains("legde de uitkomst van doel 1 vast: behaald (huur is op orde)", history);
        Assert.Contains("legde de uitkomst van doel 2 vast: deels behaald (payment plan running)", history);
        var card = Content(Assert.Single(await chat.SendAsync(Persona.Piet, "plan"), c => c.Card is not null));
        Assert.Contains("nazorg · tot 1 juni 2027", card);
        Assert.Contains("behaald: huur is op orde", card);

        // A call in nazorg is a task like any other.
        Assert.Contains("Taak", await chat.SayAsync(Persona.Piet, "taak: ik bel moeder na voor 1 april"));
        await chat.SayAsync(Persona.Piet, "klaar met 1");

        await SweepWeeksAsync(At(2027, 3, 3), At(2027, 5, 31));
        Assert.Equal(0, ToldInThread(chat, "het gezin is gesloten"));
        await SweepAtAsync(At(2027, 6, 1, 10));
        await SweepAtAsync(At(2027, 6, 2));
        Assert.Equal(1, ToldInThread(chat, "De nazorg voor gezin **Vlinder** is afgerond; het gezin is gesloten"));
        Assert.Contains("afgesloten; er kan niets meer worden gewijzigd", await chat.SayAsync(Persona.Piet, "taak: ik bel de school voor vrijdag"));

        App.Clock.SetUtcNow(At(2028, 3, 2)); // a year after closing with a reason, but the retention counts from gesloten
        Assert.Equal(0, await PostRetentionAsync());
        App.Clock.SetUtcNow(At(2028, 5, 30));
        Assert.Equal(0, await PostRetentionAsync());
        App.Clock.SetUtcNow(At(2028, 6, 2));
        Assert.Equal(1, await PostRetentionAsync());
    }

    [Fact]
    public async Task The_regisseur_can_end_nazorg_early()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Fatima, "hallo");
        Assert.Contains("De nazorg loopt tot **25 februari 2027**", await chat.SayAsync(Persona.Piet, "gezin afsluiten: gezin verhuisd"));
        Assert.Contains("Alleen de regisseur", await chat.SayAsync(Persona.Fatima, "nazorg afsluiten"));
        Assert.Contains("Aftercare for family **Vlinder** is finished; the family is closed", await chat.SayAsync(Persona.Piet, "end aftercare"));
        Assert.Contains("sloot de nazorg af", await chat.SayAsync(Persona.Piet, "geschiedenis"));
        Assert.Contains("afgesloten; er kan niets meer worden gewijzigd", await chat.SayAsync(Persona.Piet, "verlengen met 3 maanden: toch nog"));
    }

    private async Task<int> PostRetentionAsync()
    {
        var response = await Http.PostAsync("/api/dev/retention", null);
        response.EnsureSuccessStatusCode();
        return (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.Nodes.JsonNode>(response.Content))!["erased"]!.GetValue<int>();
    }
}
