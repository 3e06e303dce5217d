using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Views;
using static CoordinatieBot.Teams.Cards.AdaptiveElements;
using static CoordinatieBot.Teams.Cards.CardWords;

namespace CoordinatieBot.Teams.Cards;

/// <summary>For the regisseur: what to do about a late action, or about a family that has gone quiet.</summary>
public static class RegisseurOptionsCardBuilder
{
    public static JsonObject Build(RegisseurOptionsCardView v)
    {
        var l = v.Language;
        var f = v.Family;
        var a = v.Action;
        var data = Data(f.Id, l, a?.Number);

        var body = new List<JsonNode?> { Literal(new Run(T(l, "Regie · gezin ", "Lead · family "), Bold: true), new Run(f.Alias, Bold: true)) };
        if (a is not null)
        {
            var owner = f.FindMember(a.OwnerUserId);
            body.Add(Text(T(l, $"Taak {a.Number} staat {v.DaysLate} werkdagen over de datum. Wat is nodig om hem rond te krijgen?",
                $"Task {a.Number} is {v.DaysLate} working days past its date. What is needed to get it done?")));
            body.Add(Literal(new Run(a.Description, Bold: true)));
            body.Add(Literal(new Run(owner?.Name ?? "?"), new Run(owner?.Organisation is { } o ? $" ({o})" : ""), new Run($" · {(a.Due is { } d ? DutchDates.Short(d, v.Today, l) : "")}", Subtle: true)));
        }
        else
        {
            body.Add(Text(T(l, "Het is al een paar weken stil rond dit gezin: geen planwijziging, geen afgeronde taak en geen bericht. Past het plan nog?",
                "It has been quiet around this family for a few weeks: no plan change, no task done and no message. Does the plan still fit?")));
        }
        if (v.Outcome is { } outcome)
        {
            body.Add(Literal(new Run("✓ ", Color: "Good"), new Run(UserText.ToPlain(outcome))));
            return Card(body);
        }

        var actions = new List<JsonNode?>();
        if (a is not null)
        {
            actions.Add(Execute(T(l, "Leidinggevende opzoeken", "Look up manager"), CardVerbs.AskManager, data));
            actions.Add(ShowCard(T(l, "Herverdelen…", "Reassign…"),
                [ChoiceSet(CardVerbs.Keys.Owner, T(l, "Aan wie?", "To whom?"),
                    f.Members.Where(m => m.Active && m.Role != CoordinatieBot.Domain.MemberRole.Observer && m.UserId != a.OwnerUserId)
                        .Select(m => (m.Organisation is { } o ? $"{m.Name} ({o})" : m.Name, m.UserId)))],
                [Execute(T(l, "Herverdelen", "Reassign"), CardVerbs.ActionReassign, data)]));
            actions.Add(ShowCard(T(l, "Nieuwe datum…", "New date…"),
                [InputDate(CardVerbs.Keys.Date, T(l, "Nieuwe datum", "New date"), v.Today, required: true),
                 InputText(CardVerbs.Keys.Reason, T(l, "Reden", "Reason"), T(l, "korte reden", "short reason"), required: true)],
                [Execute(T(l, "Opslaan", "Save"), CardVerbs.ActionNewDate, data)]));
        }
        actions.Add(Execute(T(l, "Casusoverleg voorstellen", "Propose case conference"), CardVerbs.Casusoverleg, data));
        if (a is not null) actions.Add(Execute(T(l, "Escaleren naar procesmanager", "Escalate to procesmanager"), CardVerbs.ActionEscalate, data, style: "destructive"));
        return Card(body, actions);
    }

}
