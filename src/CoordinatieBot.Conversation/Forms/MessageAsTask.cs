using System.Globalization;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Forms;

/// <summary>
/// A chat message as the task form's first values: read by the parser as a task where it is one ("@Sanne belt de
/// school vrijdag"), otherwise its words as the title (cleaned as the parser cleans a request), the first colleague
/// mentioned as owner and the first date in it as due date. Only fills the form in: the writer checks and sends it.
/// </summary>
public static class MessageAsTask
{
    public const int MaxTitle = 200;

    public static IReadOnlyDictionary<string, string> Values(FamilyState family, string text, IReadOnlyList<MentionedPerson> mentions,
        DateOnly today, SchoolHolidays? holidays)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var task = AsTask(CommandParser.Parse(text, mentions, today, holidays).Command);
        var title = task?.Description ?? TaskTitle.FromRequest(WithoutMentions(text, mentions));
        var date = task?.Due is { IsOk: true, Date: { } d } ? d : DateExtractor.Extract(text, today, holidays: holidays)?.Result is { IsOk: true, Date: { } found } ? found : (DateOnly?)null;
        var owner = task?.Owner is PersonRef.Mentioned m ? m.Person : task is null && mentions.Count > 0 ? mentions[0] : null;

        if (title.Length > 0) values[FormFields.Title] = title.Length <= MaxTitle ? title : title[..(MaxTitle - 1)] + "…";
        if (date is { } due && due >= today) values[FormFields.Due] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (owner is not null) values[FormFields.Owner] = OwnerValue(family, owner.UserId);
        if (task?.Urgent == true) values[FormFields.Urgent] = "true";
        return values;
    }

    /// <summary>The value the form's picker knows a person by: a member's Entra object id when the family has it.</summary>
    private static string OwnerValue(FamilyState family, string id) =>
        family.Members.FirstOrDefault(x => x.UserId == id || string.Equals(x.AadObjectId, id, StringComparison.OrdinalIgnoreCase)) is { } member
            ? member.AadObjectId ?? member.UserId
            : id;

    private static AddTaskCommand? AsTask(Command command) => command switch
    {
        AddTaskCommand t => t,
        WhichMeaningCommand which => which.Choices.OfType<AddTaskCommand>().FirstOrDefault(),
        _ => null,
    };

    private static string WithoutMentions(string text, IReadOnlyList<MentionedPerson> mentions)
    {
        var plain = text;
        foreach (var person in mentions) plain = plain.Replace($"<at>{person.Name}</at>", "", StringComparison.Ordinal);
        return string.Join(' ', plain.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim(' ', ',', ':');
    }
}
