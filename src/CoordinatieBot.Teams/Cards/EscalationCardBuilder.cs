using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;
using static CoordinatieBot.Teams.Cards.AdaptiveElements;
using static CoordinatieBot.Teams.Cards.CardWords;

namespace CoordinatieBot.Teams.Cards;

/// <summary>The procesmanager's card: process facts only (it only ever sees <see cref="EscalationFacts"/>).</summary>
public static class EscalationCardBuilder
{
    public static JsonObject Build(EscalationCardView v)
    {
        var l = v.Language;
        var f = v.Facts;
        var data = Data(f.FamilyId, l, f.ActionNumber);
        data[CardVerbs.Keys.Escalation] = f.EscalationNumber.ToString();

        var title = f.Kind switch
        {
            EscalationKind.Knelpunt => T(l, "Knelpunt", "Bottleneck"),
            EscalationKind.Impasse => T(l, "Besluit gevraagd: geen overeenstemming", "Decision requested: no agreement"),
            EscalationKind.RegisseurEscalated => T(l, "Escalatie door de regisseur", "Escalated by the regisseur"),
            _ => T(l, "Escalatie: taak blijft liggen", "Escalation: task stays overdue"),
        };
        var body = new List<JsonNode?>
        {
            Text(title, size: "Medium", weight: "Bolder"),
            Fact(T(l, "Gezin", "Family"), $"{f.FamilyAlias} · {Messages.LevelName(f.Level)}"),
            Fact(T(l, "Regisseur", "Regisseur"), f.RegisseurName is null ? T(l, "geen", "none") : f.RegisseurOrganisation is { } ro ? $"{f.RegisseurName} ({ro})" : f.RegisseurName),
        };
        if (f.ActionNumber is { } number)
        {
            body.Add(Fact(T(l, "Taak", "Task"), $"{number}. {f.ActionTitle}"));
            body.Add(Fact(T(l, "Organisatie eigenaar", "Owner's organisation"), f.OwnerOrganisation ?? T(l, "onbekend", "unknown")));
            if (f.Due is { } due) body.Add(Fact(T(l, "Datum", "Date"), $"{DutchDates.Short(due, v.Today, l)} · {f.DaysLate} {T(l, "werkdagen te laat", "working days late")}"));
        }
        if (f.RaisedText is { } raised) body.Add(Fact(T(l, "Omschrijving", "Description"), raised));
        if (f.StepsTaken.Count > 0) body.Add(Fact(T(l, "Al gedaan", "Steps taken"), string.Join(" · ", f.StepsTaken)));
        body.Add(Text(T(l, "Je ziet alleen procesgegevens, geen inhoud van het plan.", "You see process facts only, not the plan's content."), subtle: true, size: "Small"));

        if (v.Outcome is { } outcome)
        {
            body.Add(Literal(new Run("✓ ", Color: "Good"), new Run(UserText.ToPlain(outcome))));
            return Card(body);
        }
        if (f.Status == EscalationStatus.Resolved) return Card(body);

        var actions = new List<JsonNode?>
        {
            Execute(T(l, "Gezien, ik pak het op", "Seen, I'm on it"), CardVerbs.EscalationAcknowledge, data, style: "positive"),
            f.ActionNumber is null ? null : ShowCard(T(l, "Termijn stellen…", "Set deadline…"),
                [InputDate(CardVerbs.Keys.Date, T(l, "Nieuwe termijn", "New deadline"), v.Today, required: true)],
                [Execute(T(l, "Opslaan", "Save"), CardVerbs.EscalationDeadline, data)]),
            f.ActionNumber is null || f.PossibleOwners.Count == 0 ? null : ShowCard(T(l, "Herverdelen…", "Reassign…"),
                [ChoiceSet(CardVerbs.Keys.Owner, T(l, "Aan wie?", "To whom?"), f.PossibleOwners.Select(p => (p.Label, p.UserId)))],
                [Execute(T(l, "Herverdelen", "Reassign"), CardVerbs.EscalationReassign, data)]),
            Execute(T(l, "Casusoverleg bijeenroepen", "Call case conference"), CardVerbs.EscalationCasusoverleg, data),
            ShowCard(T(l, "Besluit vastleggen…", "Record decision…"),
                [InputText(CardVerbs.Keys.Reason, T(l, "Besluit", "Decision"), T(l, "wat is besloten", "what was decided"), required: true, maxLength: 500)],
                [Execute(T(l, "Vastleggen", "Record"), CardVerbs.EscalationDecision, data),
                 Execute(T(l, "Naar directie/bestuur", "To the board"), CardVerbs.EscalationBoard, data)]),
            Execute(T(l, "De-escaleren", "De-escalate"), CardVerbs.EscalationDeescalate, data),
        };
        return Card(body, actions);
    }

    private static JsonObject Fact(string title, string value) => Literal(new Run(title + ": ", Subtle: true), new Run(value));

}
