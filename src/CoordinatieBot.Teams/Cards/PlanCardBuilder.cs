using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.CardTexts;
using static CoordinatieBot.Teams.Cards.AdaptiveElements;
using static CoordinatieBot.Teams.Cards.CardData;

namespace CoordinatieBot.Teams.Cards;

/// <summary>
/// The living plan card: alias, level, regisseur, goals per leefgebied, open actions with owner, date and status
/// (overdue and urgent visible at a glance), and "laatst bijgewerkt". Only the first actions get buttons, so the
/// card stays far below Teams' size limit however big the plan grows.
/// </summary>
public static class PlanCardBuilder
{
    public const int MaxActionsShown = 10;
    /// <summary>With the task form in the card, ten goals keep the largest plan under the size budget.</summary>
    public const int MaxGoalsShown = 10;
    /// <summary>Longer texts are cut on the card (the whole text stays in the plan), so the card stays small.</summary>
    public const int MaxTextShown = 160;

    public static JsonObject Build(PlanCardView view)
    {
        var s = view.Family;
        var l = view.Language;
        var today = view.Today;
        var body = new List<JsonNode?>
        {
            Literal(new Run(PlanCard.Title(l), Bold: true, Size: "Medium"), new Run(s.Alias, Bold: true, Size: "Medium")),
            Fact(PlanCard.Level(l), Messages.LevelName(s.Level)),
            Fact(Regisseur(l), s.Regisseur is { } r ? PersonLine(s, r.UserId) : PlanCard.NoRegisseurYet(l)),
            Fact(PlanCard.DiscussedWithFamily(l), PlanCard.Agreement(l, s.Plan.Agreement)),
            Fact(PlanCard.LastUpdated(l), Updated(s, today, l)),
        };
        if (s.Phase == FamilyPhase.Closed)
            body.Add(Text(PlanCard.Closed(l), color: "Warning", weight: "Bolder"));

        body.AddRange(Goals(s, l));
        body.AddRange(StrengthsAndWorries(s, l));
        body.AddRange(OpenActions(s, today, l));
        var closed = s.Actions.Count(a => a.IsClosed);
        if (closed > 0)
            body.Add(Text(PlanCard.ClosedActions(l, closed), subtle: true, spacing: "Medium"));

        var refresh = Execute(PlanCard.Refresh(l), CardVerbs.PlanRefresh, Data(s.Id, l));
        return Card(body, [s.Phase == FamilyPhase.Closed ? null : AddTask(view), refresh]);
    }

    private static IEnumerable<JsonNode?> Goals(FamilyState s, Language l)
    {
        yield return Text(PlanCard.Goals(l), weight: "Bolder", spacing: "Medium", separator: true);
        if (s.Plan.Goals.IsEmpty)
        {
            yield return Text(PlanCard.NoGoals(l), subtle: true);
            yield break;
        }
        foreach (var group in s.Plan.Goals.Take(MaxGoalsShown).GroupBy(g => g.Leefgebied))
        {
            yield return Literal(new Run(group.Key, Bold: true, Subtle: true));
            foreach (var goal in group)
            {
                yield return LiteralSpaced("Small", new Run($"{goal.Number}. "), new Run(Cut(goal.Text)));
                if (goal.FamilyWords is { } words)
                    yield return LiteralSpaced("None", new Run(PlanCard.FamilyWords(l), Subtle: true), new Run($"“{Cut(words)}”", Italic: true));
            }
        }
        if (s.Plan.Goals.Count > MaxGoalsShown)
            yield return Text(PlanCard.MoreGoals(l, s.Plan.Goals.Count - MaxGoalsShown), subtle: true);
    }

    private static IEnumerable<JsonNode?> StrengthsAndWorries(FamilyState s, Language l)
    {
        if (!s.Plan.Strengths.IsEmpty)
            yield return Literal(new Run(PlanCard.Strengths(l), Bold: true), new Run(string.Join(" · ", s.Plan.Strengths.TakeLast(5).Select(Cut))));
        if (!s.Plan.Worries.IsEmpty)
            yield return Literal(new Run(PlanCard.Worries(l), Bold: true), new Run(string.Join(" · ", s.Plan.Worries.TakeLast(5).Select(Cut))));
    }

    private static IEnumerable<JsonNode?> OpenActions(FamilyState s, DateOnly today, Language l)
    {
        var open = s.Actions.Where(a => !a.IsClosed)
            .OrderByDescending(a => a.IsOverdueOn(today))
            .ThenByDescending(a => a.Urgent)
            .ThenBy(a => a.Due ?? DateOnly.MaxValue)
            .ThenBy(a => a.Number)
            .ToList();
        yield return Text(PlanCard.OpenActions(l, open.Count), weight: "Bolder", spacing: "Medium", separator: true);
        if (open.Count == 0)
        {
            yield return Text(PlanCard.NoOpenActions(l), subtle: true);
            yield break;
        }
        foreach (var action in open.Take(MaxActionsShown))
            yield return ActionItem(s, action, today, l);
        if (open.Count > MaxActionsShown)
            yield return Text(PlanCard.MoreOpenActions(l, open.Count - MaxActionsShown), subtle: true);
    }

    private static JsonObject ActionItem(FamilyState s, PlanAction a, DateOnly today, Language l)
    {
        var overdue = a.IsOverdueOn(today);
        var dueToday = a.Due == today && !a.IsClosed;
        var color = overdue ? "Attention" : a.Urgent || dueToday ? "Warning" : null;
        var flag = overdue ? PlanCard.OverdueFlag(l) : a.Urgent ? PlanCard.UrgentFlag(l) : "";
        var due = a.Due is { } d ? DutchDates.Short(d, today, l) : NoDate(l);
        var waiting = a.Status == ActionStatus.Waiting && a.WaitingUntil is { } until ? PlanCard.WaitingUntil(l, until, today)
            : a.Status == ActionStatus.InProgress && a.ExpectedOn is { } expected ? PlanCard.ExpectedOn(l, expected, today)
            : "";
        var data = Data(s.Id, l, a.Number);
        var n = a.Number;
        return Container(
        [
            Literal(new Run($"{n}. ", Bold: true, Color: color), new Run(Cut(a.Description), Bold: overdue, Color: color)),
            LiteralSpaced("None", new Run(flag, Bold: true, Color: color), new Run(s.FindMember(a.OwnerUserId)?.Name ?? "?"),
                new Run($" · {due} · {Messages.StatusName(l, a)}{waiting}", Subtle: true), new Run(a.Leefgebied is { } area ? " · " + area : null, Subtle: true)),
            Actions(
                Execute(Done(l), CardVerbs.ActionDone, data, style: "positive"),
                a.Status == ActionStatus.InProgress ? null : Execute(InProgress(l), CardVerbs.ActionInProgress, data),
                ShowCard(PlanCard.More(l),
                [
                    InputText($"{CardVerbs.Keys.Party}-{n}", PlanCard.WaitingForWhom(l), PlanCard.WaitingForPlaceholder(l)),
                    InputDate($"{CardVerbs.Keys.Date}-{n}", PlanCard.UntilOrNewDate(l), today),
                    InputText($"{CardVerbs.Keys.Reason}-{n}", Reason(l), ShortReasonPlaceholder(l)),
                ],
                [
                    Execute(PlanCard.Waiting(l), CardVerbs.ActionWaiting, data),
                    Execute(NewDate(l), CardVerbs.ActionNewDate, data),
                    Execute(PlanCard.NotPossible(l), CardVerbs.ActionNotPossible, data),
                ])),
        ], separator: true, spacing: "Small");
    }

    /// <summary>"Taak toevoegen": the task form in the card itself; sent, the card shows the plan with the new task.</summary>
    private static JsonObject AddTask(PlanCardView view)
    {
        // The next task's number names the form: the same form sent twice adds one task.
        var form = FormCardView.For(FormKind.Task, CardVerbs.PlanCard + "-" + view.Family.NextActionNumber, view.Family, [], view.Today, view.Language);
        return ShowCard(FormCard.OpenTaskForm(view.Language), FormCardBuilder.TaskFields(form),
            [Execute(FormCard.Add(view.Language), CardVerbs.FormTask, FormCardBuilder.SendData(form, CardVerbs.PlanCard), style: "positive")]);
    }

    /// <summary>A "title: value" line; the value may hold user text, so it is literal, not a FactSet (which renders Markdown).</summary>
    private static JsonObject Fact(string title, string value) => LiteralSpaced("None", new Run(title + ": ", Subtle: true), new Run(value));

    private static string PersonLine(FamilyState s, string userId)
    {
        var m = s.FindMember(userId);
        return m is null ? "?" : m.Organisation is { } o ? $"{m.Name} ({o})" : m.Name;
    }

    private static string Updated(FamilyState s, DateOnly today, Language l)
    {
        var local = DutchTime.Local(s.UpdatedAt);
        return $"{DutchDates.Short(DateOnly.FromDateTime(local.DateTime), today, l)} {local:HH:mm}";
    }

    private static string Cut(string text) => text.Length <= MaxTextShown ? text : text[..(MaxTextShown - 1)] + "…";

}
