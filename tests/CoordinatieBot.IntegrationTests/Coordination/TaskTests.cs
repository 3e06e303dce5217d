using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Coordination;

/// <summary>Tasks in plain Dutch and English. The clock stands on Wednesday 25 November 2026.</summary>
public class TaskTests : BotTestBase
{
    [Fact]
    public async Task A_task_for_a_mentioned_colleague_with_a_weekday()
    {
        var chat = await VlinderAsync();
        var reply = await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor vrijdag", Persona.Ahmed);
        Assert.Equal("Taak **1** genoteerd voor Ahmed Yilmaz: belt de woningcorporatie, uiterlijk vr 27 nov.", reply);
    }

    [Fact]
    public async Task A_first_person_task_with_tomorrow()
    {
        var chat = await VlinderAsync();
        Assert.Equal("Taak **1** genoteerd voor Piet de Vries: bel de school, uiterlijk do 26 nov.", await chat.SayAsync(Persona.Piet, "ik bel morgen de school"));
    }

    [Fact]
    public async Task A_task_with_a_date_by_name_and_an_English_one()
    {
        var chat = await VlinderAsync();
        Assert.Contains("uiterlijk za 5 dec", await chat.SayAsync(Persona.Piet, "actie voor @Sanne: aanvraag bijzondere bijstand, uiterlijk 5 december", Persona.Sanne));
        var english = await chat.SayAsync(Persona.Piet, "add task for @Sanne: call the school by 10 December", Persona.Sanne);
        Assert.Equal("Task **2** noted for Sanne Jansen: call the school, due Thu 10 Dec.", english);
    }

    [Fact]
    public async Task A_date_in_the_past_gets_a_question_and_no_task()
    {
        var chat = await VlinderAsync();
        Assert.Contains("in het verleden", await chat.SayAsync(Persona.Piet, "taak: ik bel de school voor 3 november 2026"));
        var plan = await chat.SendAsync(Persona.Piet, "plan");
        Assert.Contains("Open taken (0)", plan.Single(c => c.Card is not null).Card!.ToJsonString());
    }

    [Fact]
    public async Task Task_numbers_move_status_in_many_ways()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor vrijdag", Persona.Ahmed);
        await chat.SayAsync(Persona.Piet, "taak: ik vraag de verblijfsvergunning aan over 2 weken");
        await chat.SayAsync(Persona.Piet, "taak: ik bel het gezin morgen");

        Assert.Contains("bezig", await chat.SayAsync(Persona.Ahmed, "1 bezig"));
        Assert.Contains("gedaan", await chat.SayAsync(Persona.Ahmed, "klaar met 1"));
        Assert.Contains("wacht op IND tot 1 februari 2027", await chat.SayAsync(Persona.Piet, "taak 2: wacht op IND tot 1 februari"));
        Assert.Contains("lukt niet (gezin niet bereikbaar)", await chat.SayAsync(Persona.Piet, "3 lukt niet: gezin niet bereikbaar"));
        Assert.Contains("al afgerond", await chat.SayAsync(Persona.Piet, "3 is gedaan"));
        Assert.Contains("bestaat niet", await chat.SayAsync(Persona.Piet, "klaar met 9"));
    }

    [Fact]
    public async Task My_tasks_lists_only_my_open_tasks_over_all_my_families_also_one_to_one()
    {
        var vlinder = await VlinderAsync();
        var merel = GroupChat("19:merel@thread.v2");
        await merel.SayAsync(Persona.Fatima, "start gezin Merel");
        await merel.SayAsync(Persona.Fatima, "taak: @Piet belt de GGD voor vrijdag", Persona.Piet);
        await vlinder.SayAsync(Persona.Piet, "ik bel morgen de school");
        await vlinder.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor vrijdag", Persona.Ahmed);

        var mine = await Personal(Persona.Piet).SayAsync(Persona.Piet, "mijn taken");
        Assert.Contains("**Vlinder** · 1: bel de school", mine);
        Assert.Contains("**Merel** · 1: belt de GGD", mine);
        Assert.DoesNotContain("woningcorporatie", mine);

        var ahmed = await Personal(Persona.Ahmed).SayAsync(Persona.Ahmed, "my tasks");
        Assert.Contains("Your open tasks", ahmed);
        Assert.Contains("woningcorporatie", ahmed);
        Assert.DoesNotContain("Merel", ahmed);
    }

    [Fact]
    public async Task Fifty_parallel_task_additions_give_fifty_tasks()
    {
        var chat = await VlinderAsync();
        var people = new[] { Persona.Piet, Persona.Fatima, Persona.Ahmed, Persona.Sanne };
        await Task.WhenAll(Enumerable.Range(1, 50).Select(i =>
        {
            var who = people[i % people.Length];
            return chat.PostAsync(chat.Message(who, $"taak: ik regel onderdeel {i} voor vrijdag", $"par-{i}"));
        }));
        await App.IdleAsync();

        var mine = new List<string>();
        foreach (var person in people)
            mine.Add(await Personal(person).SayAsync(person, "mijn taken"));
        var all = string.Join("\n", mine);
        for (var i = 1; i <= 50; i++) Assert.Contains($"regel onderdeel {i} ", all + " ");
        var numbers = System.Text.RegularExpressions.Regex.Matches(all, @"\*\*Vlinder\*\* · (\d+):").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(Enumerable.Range(1, 50), numbers.Order());
    }
}
