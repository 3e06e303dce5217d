using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;
using static CoordinatieBot.Teams.Cards.AdaptiveElements;
using static CoordinatieBot.Teams.Cards.CardWords;

namespace CoordinatieBot.Teams.Cards;

/// <summary>
/// The living plan card: alias, level, regisseur, goals per leefgebied, open actions with owner, date and status
/// (overdue and urgent visible at a glance), and "laatst bijgewerkt". Only the first actions get buttons, so the
/// card stays far below Teams' size limit however big the plan grows.
/// </summary>
public static class PlanCardBuilder
{
    public const int MaxActionsShown = 10;
    public const int MaxGoalsShown = 12;
    /// <summary>Longer texts are cut on the card (the whole text stays in the plan), so the card stays small.</summary>
    public const int MaxTextShown = 160;

    public static JsonObject Build(PlanCardView view)
    {
        var s = view.Family;
        var l = view.Language;
        var today = view.Today;
        var body = new List<JsonNode?>
        {
            Literal(new Run(T(l, "Plan gezin ", "Plan for family "), Bold: true, Size: "Medium"), new Run(s.Alias, Bold: true, Size: "Medium")),
            Fact(T(l, "Niveau", "Level"), Messages.LevelName(s.Level)),
            Fact(T(l, "Regisseur", "Regisseur"), s.Regisseur is { } r ? PersonLine(s, r.UserId) : T(l, "nog niemand: zeg 'ik neem de regie'", "nobody yet: say 'I take the lead'")),
            Fact(T(l, "Met gezin besproken", "Discussed with family"), Agreement(s.Plan.Agreement, l)),
            Fact(T(l, "Laatst bijgewerkt", "Last updated"), Updated(s, today, l)),
        };
        if (s.Phase == FamilyPhase.Closed)
            body.Add(Text(T(l, "Dit gezin is afgesloten.", "This family is closed."), color: "Warning", weight: "Bolder"));

        body.AddRange(Goals(s, l));
        body.AddRange(StrengthsAndWorries(s, l));
        body.AddRange(OpenActions(s, today, l));
        var closed = s.Actions.Count(a => a.IsClosed);
        if (closed > 0)
            body.Add(Text(T(l, $"Afgerond: {closed} {(closed == 1 ? "taak" : "taken")}", $"Closed: {closed} {(closed == 1 ? "task" : "tasks")}"), subtle: true, spacing: "Medium"));

        var refresh = Execute(T(l, "Vernieuwen", "Refresh"), CardVerbs.PlanRefresh, Data(s.Id, l));
        return Card(body, [refresh]);
    }

    private static IEnumerable<JsonNode?> Goals(FamilyState s, Language l)
    {
        yield return Text(T(l, "Doelen per leefgebied", "Goals per life domain"), weight: "Bolder", spacing: "Medium", separator: true);
        if (s.Plan.Goals.IsEmpty)
        {
            yield return Text(T(l, "Nog geen doelen. Voeg toe met: doel financiën: …", "No goals yet. Add one with: goal finances: …"), subtle: true);
            yield break;
        }
        foreach (var group in s.Plan.Goals.Take(MaxGoalsShown).GroupBy(g => g.Leefgebied))
        {
            yield return Literal(new Run(group.Key, Bold: true, Subtle: true));
            foreach (var goal in group)
            {
                yield return LiteralSpaced("Small", new Run($"{goal.Number}. "), new Run(Cut(goal.Text)));
                if (goal.FamilyWords is { } words)
                    yield return LiteralSpaced("None", new Run(T(l, "Gezin: ", "Family: "), Subtle: true), new Run($"“{Cut(words)}”", Italic: true));
            }
        }
        if (s.Plan.Goals.Count > MaxGoalsShown)
            yield return Text(T(l, $"+ {s.Plan.Goals.Count - MaxGoalsShown} doelen meer", $"+ {s.Plan.Goals.Count - MaxGoalsShown} more goals"), subtle: true);
    }

    private static IEnumerable<JsonNode?> StrengthsAndWorries(FamilyState s, Language l)
    {
        if (!s.Plan.Strengths.IsEmpty)
            yield return Literal(new Run(T(l, "Krachten: ", "Strengths: "), Bold: true), new Run(string.Join(" · ", s.Plan.Strengths.TakeLast(5).Select(Cut))));
        if (!s.Plan.Worries.IsEmpty)
            yield return Literal(new Run(T(l, "Zorgen: ", "Worries: "), Bold: true), new Run(string.Join(" · ", s.Plan.Worries.TakeLast(5).Select(Cut))));
    }

    private static IEnumerable<JsonNode?> OpenActions(FamilyState s, DateOnly today, Language l)
    {
        var open = s.Actions.Where(a => !a.IsClosed)
            .OrderByDescending(a => a.IsOverdueOn(today))
            .ThenByDescending(a => a.Urgent)
            .ThenBy(a => a.Due ?? DateOnly.MaxValue)
            .ThenBy(a => a.Number)
            .ToList();
        yield return Text(T(l, $"Open taken ({open.Count})", $"Open tasks ({open.Count})"), weight: "Bolder", spacing: "Medium", separator: true);
        if (open.Count == 0)
        {
            yield return Text(T(l, "Geen open taken. Voeg toe met: taak: @collega belt … voor vrijdag", "No open tasks. Add one with: task: @colleague calls … by Friday"), subtle: true);
            yield break;
        }
        foreach (var action in open.Take(MaxActionsShown))
            yield return ActionItem(s, action, today, l);
        if (open.Count > MaxActionsShown)
            yield return Text(T(l, $"+ {open.Count - MaxActionsShown} open taken meer; ieder ziet de eigen taken met 'mijn taken'.",
                $"+ {open.Count - MaxActionsShown} more open tasks; everyone sees their own with 'my tasks'."), subtle: true);
    }

    private static JsonObject ActionItem(FamilyState s, PlanAction a, DateOnly today, Language l)
    {
        var overdue = a.IsOverdueOn(today);
        var dueToday = a.Due == today && !a.IsClosed;
        var color = overdue ? "Attention" : a.Urgent || dueToday ? "Warning" : null;
        var flag = overdue ? T(l, "te laat · ", "overdue · ") : a.Urgent ? T(l, "spoed · ", "urgent · ") : "";
        var due = a.Due is { } d ? DutchDates.Short(d, today, l) : T(l, "geen datum", "no date");
        var waiting = a.Status == ActionStatus.Waiting && a.WaitingUntil is { } until ? T(l, $" tot {DutchDates.Short(until, today, l)}", $" until {DutchDates.Short(until, today, l)}")
            : a.Status == ActionStatus.InProgress && a.ExpectedOn is { } expected ? T(l, $", verwacht {DutchDates.Short(expected, today, l)}", $", expected {DutchDates.Short(expected, today, l)}")
            : "";
        var data = Data(s.Id, l, a.Number);
        var n = a.Number;
        return Container(
        [
            Literal(new Run($"{n}. ", Bold: true, Color: color), new Run(Cut(a.Description), Bold: overdue, Color: color)),
            LiteralSpaced("None", new Run(flag, Bold: true, Color: color), new Run(s.FindMember(a.OwnerUserId)?.Name ?? "?"),
                new Run($" · {due} · {Messages.StatusName(l, a)}{waiting}", Subtle: true)),
            Actions(
                Execute(T(l, "Gedaan", "Done"), CardVerbs.ActionDone, data, style: "positive"),
                a.Status == ActionStatus.InProgress ? null : Execute(T(l, "Bezig", "In progress"), CardVerbs.ActionInProgress, data),
                ShowCard(T(l, "Meer…", "More…"),
                [
                    InputText($"{CardVerbs.Keys.Party}-{n}", T(l, "Wacht op (wie?)", "Waiting for (whom?)"), T(l, "bijv. IND, wachtlijst GGZ", "e.g. IND, waiting list")),
                    InputDate($"{CardVerbs.Keys.Date}-{n}", T(l, "Tot / nieuwe datum", "Until / new date"), today),
                    InputText($"{CardVerbs.Keys.Reason}-{n}", T(l, "Reden", "Reason"), T(l, "korte reden", "short reason")),
                ],
                [
                    Execute(T(l, "Wacht op", "Waiting"), CardVerbs.ActionWaiting, data),
                    Execute(T(l, "Nieuwe datum", "New date"), CardVerbs.ActionNewDate, data),
                    Execute(T(l, "Lukt niet", "Not possible"), CardVerbs.ActionNotPossible, data),
                ])),
        ], separator: true, spacing: "Small");
    }

    /// <summary>A "title: value" line; the value may hold user text, so it is literal, not a FactSet (which renders Markdown).</summary>
    private static JsonObject Fact(string title, string value) => LiteralSpaced("None", new Run(title + ": ", Subtle: true), new Run(value));

    private static string PersonLine(FamilyState s, string userId)
    {
        var m = s.FindMember(userId);
        return m is null ? "?" : m.Organisation is { } o ? $"{m.Name} ({o})" : m.Name;
    }

    private static string Agreement(PlanAgreement a, Language l) => a.Kind switch
    {
        AgreementKind.WithFamily => T(l, $"ja, {DutchDates.Long(a.On!.Value, l)}", $"yes, {DutchDates.Long(a.On!.Value, l)}"),
        AgreementKind.Partly => T(l, "deels", "partly"),
        AgreementKind.WithoutFamily => T(l, $"zonder gezin: {a.Reason}", $"without the family: {a.Reason}"),
        _ => T(l, "nog niet", "not yet"),
    };

    private static string Updated(FamilyState s, DateOnly today, Language l)
    {
        var local = DutchTime.Local(s.UpdatedAt);
        return $"{DutchDates.Short(DateOnly.FromDateTime(local.DateTime), today, l)} {local:HH:mm}";
    }

    private static string Cut(string text) => text.Length <= MaxTextShown ? text : text[..(MaxTextShown - 1)] + "…";

}
