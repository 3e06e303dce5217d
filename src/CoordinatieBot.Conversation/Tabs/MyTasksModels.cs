using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Views;

namespace CoordinatieBot.Conversation.Tabs;

/// <summary>The person a tab signed in: tenant and Entra object id (from the token), and the language to answer in.</summary>
public sealed record MyTasksPerson(string TenantId, string AadObjectId, Language Language);

/// <summary>One open action of the person's, as the "Mijn taken" tab shows it.</summary>
/// <param name="Status">A code for filtering (open, inProgress, waiting), never shown; <see cref="StatusText"/> is.</param>
/// <param name="ConversationId">The family's conversation, for the link to it; not shown.</param>
public sealed record MyTaskRow(
    string FamilyId,
    string Family,
    int Number,
    string Title,
    DateOnly? Due,
    string DueText,
    string Status,
    string StatusText,
    bool Late,
    bool Waiting,
    bool ForFamily,
    string ConversationId);

/// <summary>The tab's page: its words and the person's open actions, soonest first.</summary>
public sealed record MyTasksPage(Language Language, DateOnly Today, MyTasksTexts Texts, IReadOnlyList<MyTaskRow> Tasks);

/// <summary>Everything the page says besides the rows, in one language.</summary>
public sealed record MyTasksTexts(
    string Title, string Intro, string Family, string Task, string Due, string Status, string Actions, string Late, string Waiting,
    string ForFamily, string NoDate, string Done, string InProgress, string NewDate, string Save, string Cancel, string OpenChat,
    string Search, string FilterAll, string FilterLate, string FilterWaiting, string SortDue, string SortFamily, string Empty,
    string Saved, string Failed)
{
    public static MyTasksTexts For(Language l) => new(
        TabTexts.Tasks.Title(l), TabTexts.Tasks.Intro(l), TabTexts.Tasks.Family(l), TabTexts.Tasks.Task(l), TabTexts.Tasks.Due(l),
        TabTexts.Tasks.Status(l), TabTexts.Tasks.Actions(l), TabTexts.Tasks.Late(l), TabTexts.Tasks.Waiting(l), TabTexts.Tasks.ForFamily(l),
        TabTexts.Tasks.NoDate(l), TabTexts.Tasks.Done(l), TabTexts.Tasks.InProgress(l), TabTexts.Tasks.NewDate(l), TabTexts.Tasks.Save(l),
        TabTexts.Tasks.Cancel(l), TabTexts.Tasks.OpenChat(l), TabTexts.Tasks.Search(l), TabTexts.Tasks.FilterAll(l), TabTexts.Tasks.FilterLate(l),
        TabTexts.Tasks.FilterWaiting(l), TabTexts.Tasks.SortDue(l), TabTexts.Tasks.SortFamily(l), TabTexts.Tasks.Empty(l),
        TabTexts.Tasks.Saved(l), TabTexts.Tasks.Failed(l));
}

/// <summary>What the tab asks for one action: "done", "inProgress" or "newDate", with a date (yyyy-MM-dd) where it takes one.</summary>
public sealed record MyTaskUpdate(string? Action, string? Date);

public enum MyTaskOutcome
{
    Saved,
    /// <summary>The request itself cannot be done (unknown action, a missing, unreadable or past date, or the plan's refusal).</summary>
    Invalid,
    /// <summary>Not the person's task, family or membership, or no such family: one answer for all, so nothing leaks.</summary>
    NotFound,
    Unavailable,
}

/// <summary>The outcome in the bot's words, the row as it is now (null once it is off the list), and the plan for the living card.</summary>
public sealed record MyTaskResult(MyTaskOutcome Outcome, string Message, MyTaskRow? Task = null, PlanCardView? PlanChanged = null);
