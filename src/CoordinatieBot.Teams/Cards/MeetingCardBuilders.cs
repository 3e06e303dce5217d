using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.CardTexts;
using static CoordinatieBot.Teams.Cards.AdaptiveElements;
using static CoordinatieBot.Teams.Cards.CardData;

namespace CoordinatieBot.Teams.Cards;

/// <summary>The agenda of a casusoverleg in the thread: numbers and short titles, as the plan card shows them.</summary>
public static class MeetingAgendaCardBuilder
{
    public static JsonObject Build(MeetingAgendaCardView v)
    {
        var l = v.Language;
        var body = new List<JsonNode?>
        {
            Literal(new Run(CardTexts.Family(l), Bold: true, Size: "Medium"), new Run(v.Alias, Bold: true, Size: "Medium"), new Run(MeetingCards.AgendaTitle(l), Subtle: true)),
            Fact(MeetingCards.When(l), Messages.MeetingMoment(l, v.Meeting, v.Today)),
            LiteralSpaced("None", new Run(Messages.MeetingFamily(l, v.Meeting.FamilyJoins))),
            Fact(MeetingCards.Invited(l), MeetingCards.InvitedCount(l, v.Meeting.InvitedUserIds.Count)),
        };
        if (v.Late.Count + v.Waiting.Count + v.GoalsWithoutActions.Count + v.OpenEscalations.Count == 0)
            body.Add(Text(MeetingCards.NothingOpen(l), color: "Good", spacing: "Medium"));
        body.AddRange(Section(MeetingCards.Late(l, v.Late.Count), v.Late.Select(a => Item(a, "Attention")), v.Late.Count, l));
        body.AddRange(Section(MeetingCards.Waiting(l, v.Waiting.Count), v.Waiting.Select(a => Item(a, null)), v.Waiting.Count, l));
        body.AddRange(Section(MeetingCards.GoalsWithoutActions(l, v.GoalsWithoutActions.Count),
            v.GoalsWithoutActions.Select(g => Literal(new Run($"{g.Number}. ", Bold: true), new Run(Cut(g.Text)), new Run($" · {g.Leefgebied}", Subtle: true))),
            v.GoalsWithoutActions.Count, l));
        body.AddRange(Section(MeetingCards.OpenEscalations(l, v.OpenEscalations.Count),
            v.OpenEscalations.Select(e => Literal(new Run(MeetingCards.Escalation(l, e.Number, e.ActionNumber)))), v.OpenEscalations.Count, l));
        body.Add(Text(MeetingCards.DecisionsHint(l), subtle: true, spacing: "Medium", separator: true));
        return Card(body);
    }

    internal static IEnumerable<JsonNode?> Section(string title, IEnumerable<JsonNode?> items, int count, Conversation.Parsing.Language l, int max = MeetingAgendaCardView.MaxShown)
    {
        if (count == 0) yield break;
        yield return Text(title, weight: "Bolder", spacing: "Medium", separator: true);
        foreach (var item in items.Take(max)) yield return item;
        if (count > max) yield return Text(MeetingCards.More(l, count - max), subtle: true);
    }

    internal static JsonObject Item(AgendaAction a, string? color) =>
        Literal(new Run($"{a.Number}. ", Bold: true, Color: color), new Run(Cut(a.Title), Color: color), new Run($" · {a.OwnerName} · {a.Status}", Subtle: true));

    internal static JsonObject Fact(string title, string value) => LiteralSpaced("None", new Run(title + ": ", Subtle: true), new Run(value));

    internal static string Cut(string text) => text.Length <= PlanCardBuilder.MaxTextShown ? text : text[..(PlanCardBuilder.MaxTextShown - 1)] + "…";
}

/// <summary>The new regisseur's 1:1 summary after a handover (warme overdracht).</summary>
public static class HandoverSummaryCardBuilder
{
    public static JsonObject Build(HandoverSummaryCardView v)
    {
        var l = v.Language;
        const int max = HandoverSummaryCardView.MaxShown;
        var body = new List<JsonNode?>
        {
            Literal(new Run(CardTexts.Family(l), Bold: true, Size: "Medium"), new Run(v.Alias, Bold: true, Size: "Medium"), new Run(MeetingCards.SummaryTitle(l), Subtle: true)),
            Literal(new Run(MeetingCards.SummaryIntro(l, v.FromName))),
        };
        if (v.NextMeeting is { } next)
            body.Add(MeetingAgendaCardBuilder.Fact(MeetingCards.NextMeeting(l), Messages.NextMeetingLine(l, next, v.Today)));

        body.Add(Text(MeetingCards.Goals(l, v.Goals.Count), weight: "Bolder", spacing: "Medium", separator: true));
        if (v.Goals.Count == 0) body.Add(Text(MeetingCards.NoGoals(l), subtle: true));
        foreach (var g in v.Goals.Take(max))
        {
            body.Add(Literal(new Run($"{g.Number}. ", Bold: true), new Run(MeetingAgendaCardBuilder.Cut(g.Text)), new Run($" · {g.Leefgebied}", Subtle: true)));
            if (g.FamilyWords is { } words)
                body.Add(LiteralSpaced("None", new Run(MeetingCards.FamilyWords(l), Subtle: true), new Run($"“{MeetingAgendaCardBuilder.Cut(words)}”", Italic: true)));
        }
        if (v.Goals.Count > max) body.Add(Text(MeetingCards.More(l, v.Goals.Count - max), subtle: true));

        body.Add(Text(MeetingCards.OpenActions(l, v.Actions.Count), weight: "Bolder", spacing: "Medium", separator: true));
        if (v.Actions.Count == 0) body.Add(Text(MeetingCards.NoOpenActions(l), subtle: true));
        body.AddRange(v.Actions.Take(max).Select(a => MeetingAgendaCardBuilder.Item(a, null)));
        if (v.Actions.Count > max) body.Add(Text(MeetingCards.More(l, v.Actions.Count - max), subtle: true));

        body.Add(Text(MeetingCards.Consent(l), weight: "Bolder", spacing: "Medium", separator: true));
        if (v.Consents.Count == 0) body.Add(Text(MeetingCards.NoConsent(l), color: "Warning"));
        foreach (var (organisations, until, givenBy) in v.Consents.Take(5))
            body.Add(Literal(new Run(MeetingCards.ConsentLine(l, organisations, MeetingCards.Until(l, until, v.Today), givenBy))));

        body.Add(Text(MeetingCards.Decisions(l), weight: "Bolder", spacing: "Medium", separator: true));
        if (v.Decisions.Count == 0) body.Add(Text(MeetingCards.NoDecisions(l), subtle: true));
        foreach (var (on, text, action) in v.Decisions)
            body.Add(Literal(new Run(DutchDates.Short(on, v.Today, l) + " · ", Subtle: true), new Run(MeetingAgendaCardBuilder.Cut(text)),
                new Run(action is { } n ? MeetingCards.DecisionTask(l, n) : null, Subtle: true)));

        body.Add(Text(MeetingCards.People(l), weight: "Bolder", spacing: "Medium", separator: true));
        foreach (var (name, organisation, role, isRegisseur) in v.People.Take(20))
            body.Add(Literal(new Run(name, Bold: isRegisseur), new Run(organisation is { } o ? $" · {o}" : null, Subtle: true),
                new Run($" · {Messages.RoleName(l, role)}{(isRegisseur ? MeetingCards.RegisseurMark(l) : "")}", Subtle: true)));
        return Card(body);
    }
}

/// <summary>"Heeft het gezin de nieuwe regisseur ontmoet?" with ja / gepland / nog niet; once answered, what was recorded.</summary>
public static class FamilyMetCardBuilder
{
    public static JsonObject Build(FamilyMetCardView v)
    {
        var l = v.Language;
        var body = new List<JsonNode?>
        {
            Literal(new Run(CardTexts.Family(l), Bold: true), new Run(v.Alias, Bold: true), new Run(MeetingCards.SummaryTitle(l), Subtle: true)),
            Literal(new Run(MeetingCards.FamilyMetQuestion(l, v.NewRegisseurName, v.ForNewRegisseur))),
        };
        if (v.Answered is { } answered)
        {
            body.Add(Literal(new Run("✓ ", Color: "Good"), new Run(answered)));
            return Card(body);
        }
        JsonObject Button(string title, FamilyMetAnswer answer)
        {
            var data = Data(v.FamilyId, l);
            data[CardVerbs.Keys.Pick] = answer.ToString();
            return Execute(title, CardVerbs.RegieFamilyMet, data);
        }
        return Card(body, [Button(MeetingCards.MetYes(l), FamilyMetAnswer.Yes), Button(MeetingCards.MetPlanned(l), FamilyMetAnswer.Planned), Button(MeetingCards.MetNotYet(l), FamilyMetAnswer.NotYet)]);
    }
}
