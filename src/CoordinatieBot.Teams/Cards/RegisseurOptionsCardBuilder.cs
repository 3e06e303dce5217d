using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Views;
using static CoordinatieBot.Conversation.Texts.CardTexts;
using static CoordinatieBot.Teams.Cards.AdaptiveElements;
using static CoordinatieBot.Teams.Cards.CardData;

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

        var body = new List<JsonNode?> { Literal(new Run(RegisseurOptionsCard.Title(l), Bold: true), new Run(f.Alias, Bold: true)) };
        if (a is not null)
        {
            var owner = f.FindMember(a.OwnerUserId);
            body.Add(Text(RegisseurOptionsCard.ActionLate(l, a.Number, v.DaysLate)));
            body.Add(Literal(new Run(a.Description, Bold: true)));
            body.Add(Literal(new Run(owner?.Name ?? "?"), new Run(owner?.Organisation is { } o ? $" ({o})" : ""), new Run($" · {(a.Due is { } d ? DutchDates.Short(d, v.Today, l) : "")}", Subtle: true)));
        }
        else
        {
            body.Add(Text(RegisseurOptionsCard.FamilyQuiet(l)));
        }
        if (v.Outcome is { } outcome)
        {
            body.Add(Literal(new Run("✓ ", Color: "Good"), new Run(UserText.ToPlain(outcome))));
            return Card(body);
        }

        var actions = new List<JsonNode?>();
        if (a is not null)
        {
            actions.Add(Execute(RegisseurOptionsCard.LookUpManager(l), CardVerbs.AskManager, data));
            actions.Add(ShowCard(ReassignMore(l),
                [ChoiceSet(CardVerbs.Keys.Owner, ToWhom(l),
                    f.Members.Where(m => m.Active && m.Role != CoordinatieBot.Domain.MemberRole.Observer && m.UserId != a.OwnerUserId)
                        .Select(m => (m.Organisation is { } o ? $"{m.Name} ({o})" : m.Name, m.UserId)))],
                [Execute(Reassign(l), CardVerbs.ActionReassign, data)]));
            actions.Add(ShowCard(NewDateMore(l),
                [InputDate(CardVerbs.Keys.Date, NewDate(l), v.Today, required: true),
                 InputText(CardVerbs.Keys.Reason, Reason(l), ShortReasonPlaceholder(l), required: true)],
                [Execute(Save(l), CardVerbs.ActionNewDate, data)]));
        }
        actions.Add(Execute(RegisseurOptionsCard.ProposeCaseConference(l), CardVerbs.Casusoverleg, data));
        if (a is not null) actions.Add(Execute(RegisseurOptionsCard.EscalateToProcesmanager(l), CardVerbs.ActionEscalate, data, style: "destructive"));
        return Card(body, actions);
    }

}
