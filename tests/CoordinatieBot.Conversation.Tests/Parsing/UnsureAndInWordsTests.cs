using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Tasks;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Tests.Parsing;

/// <summary>
/// Issue 14 items 3 and 6 at the parser: filler does not hide a status, a status may be said in words, and what the bot
/// is not sure of becomes choices (never a change). None of these phrasings is in the corpus or the matcher's examples.
/// </summary>
public class UnsureAndInWordsTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly MentionedPerson Megan = new("Megan Bowen", "29:megan");

    private static Command Parse(string text) => CommandParser.Parse(text, [Megan], Today).Command;

    [Theory]
    [InlineData("7 is nu eindelijk klaar hoor", 7)]
    [InlineData("ok 4 is al afgerond", 4)]
    [InlineData("taak 9 is trouwens gedaan", 9)]
    [InlineData("2 is gewoon klaar toch", 2)]
    public void Filler_does_not_hide_a_status(string text, int number) =>
        Assert.Equal(number, Assert.IsType<TaskDoneCommand>(Parse(text)).Number);

    [Theory]
    [InlineData("de huurachterstand is uitgezocht", "huurachterstand uitgezocht")]
    [InlineData("het formulier voor de voedselbank is verstuurd", "formulier voor de voedselbank verstuurd")]
    [InlineData("ik heb de wijkagent gemaild", "wijkagent gemaild")]
    [InlineData("the interpreter is arranged", "interpreter")]
    public void A_status_in_words_says_what_was_done(string text, string words) =>
        Assert.Contains(words, Assert.IsType<TaskDoneInWordsCommand>(Parse(text)).Words);

    [Theory]
    [InlineData("de aanvraag is nog niet verstuurd")]
    [InlineData("wanneer is de school gebeld?")]
    [InlineData("de moeder heeft vanochtend gebeld")]
    public void Not_done_a_question_or_someone_else_s_doing_is_no_status(string text) =>
        Assert.IsNotType<TaskDoneInWordsCommand>(Parse(text));

    [Fact]
    public void A_count_at_the_start_is_not_a_task_number() =>
        Assert.IsNotType<TaskDoneCommand>(Parse("2 kinderen zijn aangemeld, bij de opvang"));

    [Theory]
    [InlineData("<at>Megan Bowen</at> zou jij de huisbaas kunnen mailen?", "huisbaas mailen")]
    [InlineData("<at>Megan Bowen</at> wil je de intake bij de ggz plannen", "intake bij de ggz plannen")]
    public void A_request_without_a_date_is_offered_as_a_task_for_that_person(string text, string title)
    {
        var offer = Assert.IsType<WhichMeaningCommand>(Parse(text));
        var task = Assert.IsType<AddTaskCommand>(offer.Choices[0]);
        Assert.Equal(title, task.Description);
        Assert.Equal("29:megan", Assert.IsType<PersonRef.Mentioned>(task.Owner).Person.UserId);
    }

    [Theory]
    [InlineData("ik regel de aanmelding bij de voedselbank", "regel de aanmelding bij de voedselbank")]
    [InlineData("ik wil de huisarts bellen", "de huisarts bellen")]
    [InlineData("I'll call the school", "call the school")]
    [InlineData("ik vraag de bijstand aan", "vraag de bijstand aan")]
    public void A_task_of_ones_own_without_a_date_is_offered_not_made(string text, string title)
    {
        var offer = Assert.IsType<WhichMeaningCommand>(Parse(text));
        var task = Assert.IsType<AddTaskCommand>(offer.Choices[0]);
        Assert.Equal(title, task.Description);
        Assert.IsType<PersonRef.Me>(task.Owner);
        Assert.IsType<AddTaskCommand>(Parse(text + " morgen")); // with a date it is made at once
    }

    [Theory]
    [InlineData("ik zal de regie wel oppakken", typeof(TakeRegieCommand))]
    [InlineData("taak 6 moet echt naar de procesmanager", typeof(EscalateTaskCommand))]
    [InlineData("we lopen echt vast met de schuldeisers", typeof(KnelpuntCommand))]
    public void A_change_in_own_words_is_offered_not_made(string text, Type meant)
    {
        var offer = Assert.IsType<WhichMeaningCommand>(Parse(text));
        Assert.Contains(offer.Choices, c => c.GetType() == meant);
    }

    [Fact]
    public void More_status_forms_are_read_exactly()
    {
        Assert.Equal(new DateOnly(2026, 12, 4), Assert.IsType<TaskInProgressCommand>(Parse("taak 4 bezig, verwacht vrijdag af")).Expected!.Date);
        Assert.Equal(new DateOnly(2026, 12, 2), Assert.IsType<TaskNewDateCommand>(Parse("taak 5 wordt morgen")).Date.Date);
        Assert.Equal("geen toestemming", Assert.IsType<TaskNotPossibleCommand>(Parse("can't do 6, geen toestemming")).Reason);
    }

    [Fact]
    public void Waiting_said_in_own_words_is_offered_with_whom_it_waits_on()
    {
        var offer = Assert.IsType<WhichMeaningCommand>(Parse("taak 7 ligt stil, we wachten nog op de huisarts"));
        var waiting = Assert.IsType<TaskWaitingCommand>(Assert.Single(offer.Choices, c => c is TaskWaitingCommand));
        Assert.Equal((7, "de huisarts"), (waiting.Number, waiting.Party));
    }

    [Fact]
    public void A_mention_puts_the_meanings_about_that_person_first()
    {
        var offer = Assert.IsType<WhichMeaningCommand>(Parse("<at>Megan Bowen</at> wordt onze procesmanager"));
        Assert.IsType<SetProcesmanagerCommand>(offer.Choices[0]);
    }

    [Fact]
    public void Saying_it_did_not_work_never_offers_it_done() =>
        Assert.DoesNotContain(Assert.IsType<WhichMeaningCommand>(Parse("taak 4 is helaas niet gelukt")).Choices, c => c is TaskDoneCommand);

    [Theory]
    [InlineData("goedemorgen allemaal, fijne dag")]
    [InlineData("<at>Megan Bowen</at> dank je wel voor je hulp")]
    public void Chit_chat_is_neither_made_nor_offered(string text) => Assert.IsType<UnknownCommand>(Parse(text));

    [Fact]
    public void Not_understood_is_short_and_names_the_closest_commands()
    {
        var unknown = Assert.IsType<UnknownCommand>(Parse("de notulen van het overleg liggen ergens in een map"));
        Assert.InRange(unknown.Closest.Count, 0, 3);
        var answer = CoordinatieBot.Conversation.Texts.Messages.NotUnderstood(Language.Dutch, unknown.Closest);
        Assert.StartsWith("Dat begreep ik niet helemaal.", answer);
        Assert.Contains("- **", answer);
        Assert.Contains("**help**", answer);
        Assert.DoesNotContain("Ik help jullie", answer); // not the whole help text
        Assert.True(answer.Split('\n').Length <= 5);
    }

    // ---- which task the words are about -------------------------------------------------------------------------------

    private static FamilyState With(params string[] titles)
    {
        var piet = new Actor("29:piet", "Piet");
        var family = Family.Start("f", "Vlinder", "t", "19:c", piet, DateTimeOffset.UnixEpoch);
        foreach (var title in titles) family.AddAction(piet, piet.UserId, title, null, false, Today, DateTimeOffset.UnixEpoch, out _);
        return family.State;
    }

    [Fact]
    public void Words_that_fit_one_task_well_are_that_task()
    {
        var (candidates, certain) = TaskWords.Find(With("school bellen", "huisarts bellen"), "school gebeld");
        Assert.Equal(1, Assert.Single(candidates).Number);
        Assert.True(certain);
    }

    [Fact]
    public void Words_that_fit_several_tasks_are_each_of_them_and_not_certain()
    {
        var (candidates, certain) = TaskWords.Find(With("intake ggz aanvragen", "intake jeugdhulp aanvragen", "school bellen"), "intake aangevraagd");
        Assert.Equal([1, 2], candidates.Select(a => a.Number));
        Assert.False(certain);
    }

    [Fact]
    public void Words_that_fit_a_task_only_loosely_are_asked_about()
    {
        // "moeder" meets "langs bij moeder", but "gesproken" says something else was done: ask, do not mark it.
        var (candidates, certain) = TaskWords.Find(With("langs bij moeder"), "moeder gesproken");
        Assert.Single(candidates);
        Assert.False(certain);
        Assert.Empty(TaskWords.Find(With("langs bij moeder"), "printer gerepareerd").Candidates);
    }
}
