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
/// <remarks>
/// The card in the thread (no viewer) is the same for everyone and keeps every button, so it works where Teams does
/// not refresh it (older clients, the Agents Playground, more than 60 members). It asks Teams to refresh it for each
/// active member as it is shown; the answer, that member's view, marks their own tasks and keeps the buttons only
/// where they would press them (<see cref="PlanCardView.ShowsButtonsOn"/>).
/// </remarks>
public static class PlanCardBuilder
{
    public const int MaxActionsShown = 10;
    /// <summary>With the task form in the card, ten goals keep the largest plan under the size budget.</summary>
    public const int MaxGoalsShown = 10;
    /// <summary>Longer texts are cut on the card (the whole text stays in the plan), so the card stays small.</summary>
    public const int MaxTextShown = 160;
    /// <summary>Teams' safe size for a card (the tests hold every card to it): a refresh list that would pass it is left empty.</summary>
    public const int SizeBudgetBytes = 28 * 1024;

    public static JsonObject Build(PlanCardView view)
    {
        var s = view.Family;
        var l = view.Language;
        var today = view.Today;
        var body = new List<JsonNode?>
        {
            Literal(new Run(PlanCard.Title(l), Bold: true, Size: "Medium"), new Run(s.Alias, Bold: true, Size: "Medium")),
            // One line for the level and the phase with its next date: a fact line more would push the largest plan past the budget.
            Fact(PlanCard.Level(l), $"{Messages.LevelName(s.Level)} · {PlanCard.PhaseWord(l)} {Messages.PhaseLine(l, s)}"),
            Fact(Regisseur(l), s.Regisseur is { } r ? PersonLine(s, r.UserId) : PlanCard.NoRegisseurYet(l)),
            Fact(PlanCard.DiscussedWithFamily(l), PlanCard.Agreement(l, s.Plan.Agreement)),
            Fact(PlanCard.LastUpdated(l), Updated(s, today, l)),
            CoordinatieBot.Domain.Family.NextMeeting(s, today) is { } meeting ? Fact(PlanCard.NextMeeting(l), Messages.NextMeetingLine(l, meeting, today)) : null,
        };
        // The regisseur's "Plan voor het gezin", on its own row under the agreement with the family (it opens a dialog).
        if (view.ShowsFamilyPlanButton)
            body.Add(Actions(FamilyPlanCardBuilder.OpenButton(s.Id, l, Conversation.Texts.TabTexts.FamilyPlan.PlanCardButton(l))));
        // Who is away and who stands in (names are user text: literal).
        body.AddRange(s.Absences.Where(a => a.IsActiveOn(today) && s.IsActiveMember(a.UserId)).Select(a => Literal(new Run(Messages.AbsenceOnPlan(l, s, a), Subtle: true))));
        if (s.Phase == FamilyPhase.Closed)
            body.Add(Text(PlanCard.Closed(l), color: "Warning", weight: "Bolder"));
        if (s.UnreachableSince is { } unreachable)
            body.Add(Text(UnreachableOnPlan(l, unreachable, today), color: "Warning", weight: "Bolder"));

        body.AddRange(Goals(s, l));
        body.AddRange(StrengthsAndWorries(s, l));
        body.AddRange(OpenActions(view));
        var closed = s.Actions.Count(a => a.IsClosed);
        if (closed > 0)
            body.Add(Text(PlanCard.ClosedActions(l, closed), subtle: true, spacing: "Medium"));

        var refresh = Execute(PlanCard.Refresh(l), CardVerbs.PlanRefresh, Data(s.Id, l));
        var card = Card(body, [s.Phase == FamilyPhase.Closed ? null : AddTask(view), refresh],
            Refresh(refresh.DeepClone().AsObject(), s.Members.Where(m => m.Active).Select(m => m.UserId)));
        // Teams user ids are long (about 90 characters): on a plan that is already big, sixty of them could pass the size.
        if (System.Text.Encoding.UTF8.GetByteCount(card.ToJsonString()) > SizeBudgetBytes) card["refresh"]!["userIds"] = new JsonArray();
        return card;
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
                if (goal.Outcome is { } outcome)
                    yield return LiteralSpaced("None", new Run(PlanCard.Outcome(l), Subtle: true), new Run($"{Messages.GoalResultName(l, outcome.Result)}: {Cut(outcome.Words)}"));
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

    private static IEnumerable<JsonNode?> OpenActions(PlanCardView view)
    {
        var (s, today, l) = (view.Family, view.Today, view.Language);
        var open = s.Actions.Where(a => !a.IsClosed)
            .OrderByDescending(a => a.IsOverdueOn(today))
            .ThenByDescending(a => a.Urgent)
            .ThenBy(a => a.Due ?? DateOnly.MaxValue)
            .ThenBy(a => a.Number)
            .ToList();
        yield return Text(PlanCard.OpenActions(l, open.Count), weight: "Bolder", spacing: "Medium", separator: true);
        if (view.ViewerUserId is not null)
            yield return Text(PlanCard.YourOpenTasks(l, open.Count(view.IsViewersOwn)), color: "Accent", spacing: "None");
        if (open.Count == 0)
        {
            yield return Text(PlanCard.NoOpenActions(l), subtle: true);
            yield break;
        }
        foreach (var action in open.Take(MaxActionsShown))
            yield return ActionItem(view, action);
        if (open.Count > MaxActionsShown)
            yield return Text(PlanCard.MoreOpenActions(l, open.Count - MaxActionsShown), subtle: true);
    }

    private static JsonObject ActionItem(PlanCardView view, PlanAction a)
    {
        var (s, today, l) = (view.Family, view.Today, view.Language);
        var own = view.IsViewersOwn(a);
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
            LiteralSpaced("None", new Run(own ? PlanCard.YourTask(l) : null, Bold: true, Color: "Accent"), new Run(flag, Bold: true, Color: color),
                new Run(Messages.OwnerOnCard(l, s, a)),
                new Run($" · {due} · {Messages.StatusName(l, a)}{waiting}", Subtle: true), new Run(a.Leefgebied is { } area ? " · " + area : null, Subtle: true)),
            view.ShowsButtonsOn(a) ? Buttons(a, data, today, l) : null,
        ], style: own ? "accent" : null, separator: true, spacing: "Small");
    }

    /// <summary>Gedaan, Bezig, and under "Meer" waiting, a new date and not possible.</summary>
    private static JsonObject Buttons(PlanAction a, Dictionary<string, string> data, DateOnly today, Language l)
    {
        var n = a.Number;
        return Actions(
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
            ]));
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
