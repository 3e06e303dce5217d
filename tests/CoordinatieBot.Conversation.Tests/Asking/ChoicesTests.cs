using CoordinatieBot.Conversation.Asking;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;

namespace CoordinatieBot.Conversation.Tests.Asking;

/// <summary>What an offered meaning writes into its button, and what a press reads back: the same command, and nothing else.</summary>
public class ChoicesTests
{
    private static readonly MentionedPerson Fatima = new("Fatima El Amrani", "29:fatima");

    public static TheoryData<Command> Offerable() =>
    [
        new AddTaskCommand(new PersonRef.Mentioned(Fatima), "schuldhulp aanmelding regelen", DateParseResult.Ok(new DateOnly(2026, 12, 4)), true),
        new AddTaskCommand(new PersonRef.Me(), "school bellen", null, false),
        new TaskDoneCommand(3),
        new Tasks.UpdateTaskCommand(3, null, null, DateParseResult.Ok(new DateOnly(2026, 12, 11))),
        new Tasks.UpdateTaskCommand(3, "belt de school", new PersonRef.Mentioned(Fatima), null),
        new TaskInProgressCommand(3),
        new TaskNotPossibleCommand(3, "geen toestemming"),
        new TaskReassignCommand(3, new PersonRef.Named("Ahmed")),
        new TaskNewDateCommand(3, DateParseResult.Ok(new DateOnly(2026, 12, 10)), null),
        new EscalateTaskCommand(3),
        new TakeRegieCommand(),
        new AcceptRegieCommand(),
        new DeclineRegieCommand("caseload vol"),
        new HandOverRegieCommand(new PersonRef.Mentioned(Fatima), null),
        new SetProcesmanagerCommand(new PersonRef.Mentioned(Fatima)),
        new KnelpuntCommand("de gemeente reageert niet"),
        new ImpasseCommand("wie betaalt"),
        new SafetyConcernCommand("signalen"),
        new DigestCommand(false),
        new StartFamilyCommand("Wilg"),
        new CloseFamilyCommand(null),
        new EraseFamilyCommand(false, null),
        new WhoIsRegisseurCommand(),
        new ShowPlanCommand(),
        new MyTasksCommand(),
        new HelpCommand(),
    ];

    [Theory]
    [MemberData(nameof(Offerable))]
    public void An_offered_meaning_comes_back_as_the_same_command(Command command)
    {
        var data = Choices.ToData(command);
        Assert.NotNull(data);
        var back = Choices.FromData(data);
        Assert.Equal(Describe(command), Describe(back!));
    }

    [Fact]
    public void Data_the_bot_does_not_offer_is_no_command()
    {
        Assert.Null(Choices.FromData(new Dictionary<string, string>()));
        Assert.Null(Choices.FromData(new Dictionary<string, string> { [CardVerbs.Keys.Pick] = "eraseEverything" }));
        Assert.Null(Choices.FromData(new Dictionary<string, string> { [CardVerbs.Keys.Pick] = "done" })); // no number
        Assert.Null(Choices.FromData(new Dictionary<string, string> { [CardVerbs.Keys.Pick] = "done", [CardVerbs.Keys.Number] = "-3" }));
        Assert.Null(Choices.FromData(new Dictionary<string, string> { [CardVerbs.Keys.Pick] = "task" })); // no title
        // A confirmed erasure can never come from a choice: it always asks first.
        Assert.Equal(new EraseFamilyCommand(false, null), Choices.FromData(new Dictionary<string, string> { [CardVerbs.Keys.Pick] = "erase", ["confirmed"] = "true" }));
    }

    /// <summary>Records with a list or a date result compare by reference: compare what they say.</summary>
    private static string Describe(Command c) => c switch
    {
        AddTaskCommand t => $"task {t.Owner} {t.Description} {t.Due?.Date} {t.Urgent}",
        TaskNewDateCommand m => $"newDate {m.Number} {m.Date.Date} {m.Reason}",
        _ => c.ToString(),
    };
}
