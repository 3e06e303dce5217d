using System.Globalization;
using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Forms;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Views;
using static CoordinatieBot.Conversation.Texts.CardTexts;
using static CoordinatieBot.Teams.Cards.AdaptiveElements;
using static CoordinatieBot.Teams.Cards.CardData;

namespace CoordinatieBot.Teams.Cards;

/// <summary>
/// The forms (a task, a goal, the family's consent) and, once sent, what they made. In the chat the form sends with
/// Action.Execute (its card then changes for everyone); in a Teams dialog, where Universal Actions do not run, with
/// Action.Submit. The task form's fields are also the plan card's own "Taak toevoegen" (<see cref="TaskFields"/>).
/// </summary>
public static class FormCardBuilder
{
    public static JsonObject Build(FormCardView v, bool inDialog = false)
    {
        var l = v.Language;
        var body = new List<JsonNode?>
        {
            Literal(new Run(FormCard.Title(l, v.Kind), Bold: true, Size: "Medium"), new Run(v.Alias, Bold: true, Size: "Medium")),
        };
        if (v.Done is { } done)
        {
            body.Add(Literal(new Run("✓ ", Color: "Good"), new Run(UserText.ToPlain(done))));
            return Card(body);
        }
        if (v.Notice is { } notice) body.Add(Literal(new Run(UserText.ToPlain(notice), Bold: true, Color: "Warning")));
        body.Add(Text(FormCard.Intro(l, v.Kind), subtle: true, spacing: "Small"));
        body.AddRange(v.Kind switch
        {
            FormKind.Goal => GoalFields(v),
            FormKind.Consent => ConsentFields(v),
            _ => TaskFields(v),
        });
        var data = SendData(v);
        var title = v.Kind == FormKind.Consent ? FormCard.Record(l) : FormCard.Add(l);
        var send = inDialog ? Submit(title, data, style: "positive") : Execute(title, FormFields.VerbOf(v.Kind), data, style: "positive");
        return Card(body, [send]);
    }

    /// <summary>The data the send button carries: the family (checked against the chat), the language, which form.</summary>
    public static Dictionary<string, string> SendData(FormCardView v, string? card = null)
    {
        var data = Data(v.FamilyId, v.Language);
        data[FormFields.FormId] = v.FormId;
        // A form that came back from the plan card still sends as the plan card's own.
        if ((card ?? v.Values.GetValueOrDefault(CardVerbs.Keys.Card)) is { } on) data[CardVerbs.Keys.Card] = on;
        return data;
    }

    /// <summary>What, who (the people picker), by when, urgent, and the leefgebied when the plan has some.</summary>
    public static IEnumerable<JsonNode?> TaskFields(FormCardView v)
    {
        var l = v.Language;
        string? Value(string field) => v.Values.TryGetValue(field, out var value) ? value : null;
        yield return InputText(FormFields.Title, FormCard.What(l), FormCard.WhatPlaceholder(l), required: true, maxLength: 300, value: Value(FormFields.Title));
        yield return PeoplePicker(FormFields.Owner, FormCard.Who(l), FormCard.WhoPlaceholder(l),
            v.People.Select(p => (p.Organisation is { } o ? $"{p.Name} ({o})" : p.Name, p.Id)), Value(FormFields.Owner));
        yield return InputDate(FormFields.Due, FormCard.Due(l), v.Today, required: true,
            value: DateOnly.TryParseExact(Value(FormFields.Due), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due) ? due : null);
        yield return Toggle(FormFields.Urgent, FormCard.Urgent(l), Value(FormFields.Urgent) == "true");
        if (v.Leefgebieden.Count > 0)
            yield return ChoiceSet(FormFields.Leefgebied, FormCard.Leefgebied(l, optional: true), v.Leefgebieden.Select(x => (x, x)),
                required: false, value: Value(FormFields.Leefgebied));
    }

    private static IEnumerable<JsonNode?> GoalFields(FormCardView v)
    {
        var l = v.Language;
        string? Value(string field) => v.Values.TryGetValue(field, out var value) ? value : null;
        yield return ChoiceSet(FormFields.Leefgebied, FormCard.Leefgebied(l, optional: false), v.Leefgebieden.Select(x => (x, x)), value: Value(FormFields.Leefgebied));
        yield return InputText(FormFields.Goal, FormCard.Goal(l), FormCard.GoalPlaceholder(l), required: true, maxLength: 300, value: Value(FormFields.Goal), multiline: true);
        yield return InputText(FormFields.FamilyWords, FormCard.FamilyWords(l), FormCard.FamilyWordsPlaceholder(l), maxLength: 300, value: Value(FormFields.FamilyWords));
    }

    private static IEnumerable<JsonNode?> ConsentFields(FormCardView v)
    {
        var l = v.Language;
        string? Value(string field) => v.Values.TryGetValue(field, out var value) ? value : null;
        yield return InputText(FormFields.GivenBy, FormCard.GivenBy(l), FormCard.GivenByPlaceholder(l), required: true, value: Value(FormFields.GivenBy));
        yield return ChoiceSet(FormFields.How, FormCard.How(l), FormCard.HowChoices(l), expanded: true, value: Value(FormFields.How));
        if (v.Organisations.Count > 0)
            yield return ChoiceSet(FormFields.Organisations, FormCard.Organisations(l), v.Organisations.Select(o => (o, o)),
                required: false, expanded: true, multiSelect: true, value: Value(FormFields.Organisations));
        yield return InputText(FormFields.OtherOrganisations, FormCard.OtherOrganisations(l), FormCard.OtherOrganisationsPlaceholder(l), maxLength: 300, value: Value(FormFields.OtherOrganisations));
        yield return InputText(FormFields.Purpose, FormCard.Purpose(l), FormCard.PurposePlaceholder(l), value: Value(FormFields.Purpose));
        yield return InputDate(FormFields.ValidUntil, FormCard.Until(l), v.Today,
            value: DateOnly.TryParseExact(Value(FormFields.ValidUntil), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var until) ? until : null);
    }
}
