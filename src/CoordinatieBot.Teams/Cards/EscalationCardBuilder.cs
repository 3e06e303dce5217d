using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.CardTexts;
using static CoordinatieBot.Teams.Cards.AdaptiveElements;
using static CoordinatieBot.Teams.Cards.CardData;

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

        var body = new List<JsonNode?>
        {
            Text(EscalationCard.Title(l, f.Kind), size: "Medium", weight: "Bolder"),
            Fact(EscalationCard.Family(l), $"{f.FamilyAlias} · {Messages.LevelName(f.Level)}"),
            Fact(CardTexts.PlanCard.Phase(l), f.Phase ?? ""),
            Fact(Regisseur(l), f.RegisseurName is null ? EscalationCard.None(l) : f.RegisseurOrganisation is { } ro ? $"{f.RegisseurName} ({ro})" : f.RegisseurName),
        };
        if (f.ActionNumber is { } number)
        {
            body.Add(Fact(EscalationCard.Task(l), $"{number}. {f.ActionTitle}"));
            body.Add(Fact(EscalationCard.OwnerOrganisation(l), f.OwnerOrganisation ?? EscalationCard.Unknown(l)));
            if (f.Due is { } due) body.Add(Fact(EscalationCard.Date(l), $"{DutchDates.Short(due, v.Today, l)} · {f.DaysLate} {EscalationCard.WorkingDaysLate(l)}"));
        }
        if (f.RaisedText is { } raised) body.Add(Fact(EscalationCard.Description(l), raised));
        if (f.StepsTaken.Count > 0) body.Add(Fact(EscalationCard.StepsTaken(l), string.Join(" · ", f.StepsTaken)));
        body.Add(Text(EscalationCard.ProcessFactsOnly(l), subtle: true, size: "Small"));

        if (v.Outcome is { } outcome)
        {
            body.Add(Literal(new Run("✓ ", Color: "Good"), new Run(UserText.ToPlain(outcome))));
            return Card(body);
        }
        if (f.Status == EscalationStatus.Resolved) return Card(body);

        var actions = new List<JsonNode?>
        {
            Execute(EscalationCard.Acknowledge(l), CardVerbs.EscalationAcknowledge, data, style: "positive"),
            f.ActionNumber is null ? null : ShowCard(EscalationCard.SetDeadlineMore(l),
                [InputDate(CardVerbs.Keys.Date, EscalationCard.NewDeadline(l), v.Today, required: true)],
                [Execute(Save(l), CardVerbs.EscalationDeadline, data)]),
            f.ActionNumber is null || f.PossibleOwners.Count == 0 ? null : ShowCard(ReassignMore(l),
                [ChoiceSet(CardVerbs.Keys.Owner, ToWhom(l), f.PossibleOwners.Select(p => (p.Label, p.UserId)))],
                [Execute(Reassign(l), CardVerbs.EscalationReassign, data)]),
            Execute(EscalationCard.CallCaseConference(l), CardVerbs.EscalationCasusoverleg, data),
            ShowCard(EscalationCard.RecordDecisionMore(l),
                [InputText(CardVerbs.Keys.Reason, EscalationCard.Decision(l), EscalationCard.DecisionPlaceholder(l), required: true, maxLength: 500)],
                [Execute(EscalationCard.Record(l), CardVerbs.EscalationDecision, data),
                 Execute(EscalationCard.ToTheBoard(l), CardVerbs.EscalationBoard, data)]),
            Execute(EscalationCard.Deescalate(l), CardVerbs.EscalationDeescalate, data),
        };
        return Card(body, actions);
    }

    private static JsonObject Fact(string title, string value) => Literal(new Run(title + ": ", Subtle: true), new Run(value));

}
