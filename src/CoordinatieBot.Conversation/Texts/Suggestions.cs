using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Turns;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

/// <summary>The next steps offered under an answer (Teams shows three): each a whole command the bot reads exactly.</summary>
public static class Suggestions
{
    private static Suggestion TakeRegie(Language l) => Pick(l, new Suggestion("Ik neem de regie", "ik neem de regie"), new Suggestion("I take the lead", "I take the lead"));

    private static Suggestion Plan(Language l) => new(Pick(l, "Plan", "Plan"), "plan");

    private static Suggestion MyTasks(Language l) => Pick(l, new Suggestion("Mijn taken", "mijn taken"), new Suggestion("My tasks", "my tasks"));

    private static Suggestion WhoIsWho(Language l) => Pick(l, new Suggestion("Wie is wie?", "wie is wie?"), new Suggestion("Who is who?", "who is who?"));

    private static Suggestion Regisseur(Language l) => Pick(l, new Suggestion("Wie is regisseur?", "wie is regisseur?"), new Suggestion("Who is the regisseur?", "who is the regisseur?"));

    private static Suggestion History(Language l) => Pick(l, new Suggestion("Geschiedenis", "geschiedenis"), new Suggestion("History", "history"));

    private static Suggestion Help(Language l) => new(Pick(l, "Help", "Help"), "help");

    public static IReadOnlyList<Suggestion> AfterFamilyStarted(Language l) => [TakeRegie(l), Plan(l), Help(l)];

    public static IReadOnlyList<Suggestion> AfterTaskAdded(Language l) => [Plan(l), MyTasks(l)];

    /// <summary>A task added without a date: the bot asked for one, so the likeliest answers come first.</summary>
    public static IReadOnlyList<Suggestion> DateForTask(Language l, int number) =>
    [
        Pick(l, new Suggestion($"{number}: vrijdag", $"{number} nieuwe datum vrijdag"), new Suggestion($"{number}: Friday", $"move {number} to Friday")),
        Pick(l, new Suggestion($"{number}: over 2 weken", $"{number} nieuwe datum over 2 weken"), new Suggestion($"{number}: in 2 weeks", $"move {number} to in 2 weeks")),
        Plan(l),
    ];

    /// <summary>Not understood: the questions it resembled that can be sent as they are, then help.</summary>
    public static IReadOnlyList<Suggestion> NotUnderstood(Language l, IReadOnlyList<Type> closest)
    {
        var sendable = closest.Select(t => t.Name switch
        {
            nameof(WhoIsRegisseurCommand) => Regisseur(l),
            nameof(ShowPlanCommand) => Plan(l),
            nameof(MyTasksCommand) => MyTasks(l),
            nameof(WhoIsWhoCommand) => WhoIsWho(l),
            nameof(HistoryCommand) => History(l),
            _ => null,
        }).OfType<Suggestion>().Distinct().Take(2).ToList();
        if (sendable.Count == 0) sendable = [Plan(l), MyTasks(l)];
        return [.. sendable, Help(l)];
    }
}
