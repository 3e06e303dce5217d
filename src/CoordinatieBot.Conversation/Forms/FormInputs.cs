using System.Globalization;
using System.Text.RegularExpressions;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using static CoordinatieBot.Conversation.Texts.CardTexts;

namespace CoordinatieBot.Conversation.Forms;

/// <summary>
/// A sent form read into the command typing would give (<see cref="AddTaskCommand"/>, <see cref="AddGoalCommand"/>,
/// <see cref="RecordConsentCommand"/>), or the words that say what is still missing. The values are data from the client:
/// each is trimmed, its length checked by the domain, dates read strictly, choices matched against what the form offered.
/// </summary>
public static partial class FormInputs
{
    public static (Command? Command, string? Missing) Read(FormKind kind, IReadOnlyDictionary<string, string> values,
        IReadOnlyList<string> leefgebieden, DateOnly today, Language l) => kind switch
        {
            FormKind.Goal => Goal(values, leefgebieden, l),
            FormKind.Consent => Consent(values, today, l),
            _ => Task(values, leefgebieden, today, l),
        };

    private static (Command?, string?) Task(IReadOnlyDictionary<string, string> values, IReadOnlyList<string> leefgebieden, DateOnly today, Language l)
    {
        if (Text(values, FormFields.Title) is not { } title) return (null, FormCard.NeedsWhat(l));
        if (Date(values, FormFields.Due) is not { } due) return (null, FormCard.NeedsDate(l));
        PersonRef? owner = Text(values, FormFields.OwnerUserId) is { } userId
            ? new PersonRef.Mentioned(new MentionedPerson(Text(values, FormFields.OwnerName) ?? "?", userId))
            : Text(values, FormFields.Owner) is { } picked ? new PersonRef.Picked(picked) : null;
        var date = due < today ? DateParseResult.InPast(due) : DateParseResult.Ok(due);
        return (new AddTaskCommand(owner, title, date, Flag(values, FormFields.Urgent))
        {
            Leefgebied = LeefgebiedMatcher.Match(Text(values, FormFields.Leefgebied), leefgebieden),
        }, null);
    }

    private static (Command?, string?) Goal(IReadOnlyDictionary<string, string> values, IReadOnlyList<string> leefgebieden, Language l)
    {
        var leefgebied = LeefgebiedMatcher.Match(Text(values, FormFields.Leefgebied), leefgebieden);
        if (leefgebied is null || Text(values, FormFields.Goal) is not { } goal) return (null, FormCard.NeedsGoal(l));
        return (new AddGoalCommand(leefgebied, goal, Text(values, FormFields.FamilyWords)), null);
    }

    private static (Command?, string?) Consent(IReadOnlyDictionary<string, string> values, DateOnly today, Language l)
    {
        var organisations = Split(Text(values, FormFields.Organisations)).Concat(Split(Text(values, FormFields.OtherOrganisations)))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (Text(values, FormFields.GivenBy) is not { } givenBy || Text(values, FormFields.How) is not { } how || organisations.Count == 0)
            return (null, FormCard.NeedsConsent(l));
        var until = Date(values, FormFields.ValidUntil);
        if (until is { } u && u < today) return (null, Messages.DateInPast(l, u));
        return (new RecordConsentCommand(givenBy, how, organisations, Text(values, FormFields.Purpose), until), null);
    }

    /// <summary>A field's text, whitespace collapsed; null when empty.</summary>
    public static string? Text(IReadOnlyDictionary<string, string> values, string field) =>
        values.TryGetValue(field, out var v) && Whitespace().Replace(v, " ").Trim() is { Length: > 0 } text ? text : null;

    /// <summary>Input.Date sends yyyy-MM-dd; anything else is no date.</summary>
    public static DateOnly? Date(IReadOnlyDictionary<string, string> values, string field) =>
        DateOnly.TryParseExact(Text(values, field), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>Input.Toggle sends "true"/"false" (or the valueOn/valueOff it was given).</summary>
    private static bool Flag(IReadOnlyDictionary<string, string> values, string field) =>
        Text(values, field) is { } v && (v.Equals("true", StringComparison.OrdinalIgnoreCase) || v == "1");

    /// <summary>A multi-select sends its values joined by commas; people type commas, semicolons or "en"/"and".</summary>
    private static IEnumerable<string> Split(string? text) => text is null ? [] :
        ListSeparator().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s*(?:[,;]|\s(?:en|and)\s)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ListSeparator();
}
