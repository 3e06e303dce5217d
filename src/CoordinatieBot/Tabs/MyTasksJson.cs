using CoordinatieBot.Conversation.Tabs;
using CoordinatieBot.Teams.Bot;

namespace CoordinatieBot.Tabs;

/// <summary>The "Mijn taken" API's JSON, as the tab's page reads it (camelCase).</summary>
public static class MyTasksJson
{
    public sealed record Page(string Language, DateOnly Today, MyTasksTexts Texts, IReadOnlyList<Row> Tasks);

    /// <param name="Status">open, inProgress or waiting: for filtering, never shown (<see cref="StatusText"/> is).</param>
    /// <param name="ChatUrl">A Teams deep link to the family's conversation, or null.</param>
    public sealed record Row(string FamilyId, string Family, int Number, string Title, DateOnly? Due, string DueText, string Status,
        string StatusText, bool Late, bool Waiting, bool ForFamily, string? ChatUrl)
    {
        public static Row Of(MyTaskRow row, string tenantId) => new(row.FamilyId, row.Family, row.Number, row.Title, row.Due, row.DueText,
            row.Status, row.StatusText, row.Late, row.Waiting, row.ForFamily, TeamsDeepLinks.ToConversation(tenantId, row.ConversationId));
    }

    /// <summary>The body of a POST: "done", "inProgress" or "newDate", with "date" (yyyy-MM-dd) for a new date.</summary>
    public sealed record Update(string? Action, string? Date);

    public sealed record Updated(string Message, Row? Task);

    /// <summary>A refusal or failure, in the bot's words.</summary>
    public sealed record Answer(string Message);
}
