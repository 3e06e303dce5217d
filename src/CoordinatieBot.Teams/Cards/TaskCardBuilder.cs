using System.Text.Json.Nodes;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.CardTexts;
using static CoordinatieBot.Teams.Cards.AdaptiveElements;
using static CoordinatieBot.Teams.Cards.CardData;

namespace CoordinatieBot.Teams.Cards;

/// <summary>A friendly 1:1 reminder about one action, with buttons that act on it. Nothing else from the plan.</summary>
public static class TaskCardBuilder
{
    public static JsonObject Build(TaskCardView v)
    {
        var l = v.Language;
        var a = v.Action;
        var intro = v.Reason switch
        {
            TaskCardReason.Due when a.ForFamily => FamilyTaskCard.Due(l, a.Due ?? v.Today, v.Today),
            TaskCardReason.Due when a.Due is { } d0 && d0 < v.Today => TaskCard.DueEarlier(l, d0, v.Today),
            TaskCardReason.Due => TaskCard.DueToday(l),
            TaskCardReason.Late => TaskCard.Late(l),
            TaskCardReason.Shared => TaskCard.Shared(l),
            TaskCardReason.FamilyDue => FamilyTaskCard.Due(l, a.Due ?? v.Today, v.Today),
            TaskCardReason.FamilyLate => FamilyTaskCard.Late(l),
            TaskCardReason.AskDueDate => AskDueDateIntro(l),
            TaskCardReason.WaitingEnded => TaskCard.WaitingEnded(l, a.WaitingOn),
            TaskCardReason.ReferralSilent => Messages.QuestionIntro(l, a, toReferrer: false, stillWaiting: false, askExpected: false),
            TaskCardReason.ReferralSilentToReferrer => Messages.QuestionIntro(l, a, toReferrer: true, stillWaiting: false, askExpected: false),
            TaskCardReason.StillWaiting => Messages.QuestionIntro(l, a, toReferrer: false, stillWaiting: true, askExpected: false),
            TaskCardReason.AskExpectedDate => Messages.QuestionIntro(l, a, toReferrer: false, stillWaiting: false, askExpected: true),
            _ => Messages.AskWaitingDateIntro(l, a),
        };
        var due = a.Due is { } d ? DutchDates.Short(d, v.Today, l) : NoDate(l);
        var data = Data(v.FamilyId, l, a.Number);
        data[CardVerbs.Keys.Card] = CardVerbs.TaskCard;
        var body = new List<JsonNode?>
        {
            Literal(new Run(CardTexts.Family(l), Bold: true), new Run(v.FamilyAlias, Bold: true), new Run($" · {TaskWord(l)} {a.Number}", Subtle: true)),
            Text(intro),
            a.ForFamily ? Text(FamilyTaskCard.Whose(l), subtle: true) : null,
            Literal(new Run(a.Description, Bold: true)),
            Literal(new Run($"{due} · {Messages.StatusName(l, a)}", Subtle: true)),
        };
        if (v.Outcome is { } outcome)
        {
            body.Add(Literal(new Run("✓ ", Color: "Good"), new Run(UserText.ToPlain(outcome))));
            return Card(body);
        }
        // Asking for an expected date: the date field is on the card itself, and saving it does what typing it does.
        switch (v.Reason)
        {
            case TaskCardReason.AskWaitingDate or TaskCardReason.StillWaiting:
                body.Add(InputDate(CardVerbs.Keys.Until, TaskCard.ExpectedOn(l), v.Today, required: v.Reason == TaskCardReason.AskWaitingDate));
                var waitingData = new Dictionary<string, string>(data) { [CardVerbs.Keys.Party] = a.WaitingOn ?? "" };
                if (v.Reason == TaskCardReason.AskWaitingDate)
                    return Card(body, [Execute(TaskCard.SaveDate(l), CardVerbs.ActionWaiting, waitingData, style: "positive")]);
                return Card(body,
                [
                    Execute(TaskCard.StillWaiting(l), CardVerbs.ActionWaiting, waitingData, style: "positive"),
                    Execute(Done(l), CardVerbs.ActionDone, data),
                    Execute(InProgress(l), CardVerbs.ActionInProgress, data),
                ]);
            case TaskCardReason.AskDueDate:
                body.Add(InputDate(CardVerbs.Keys.Date, DueDateLabel(l), v.Today, required: true));
                return Card(body,
                [
                    Execute(TaskCard.SaveDate(l), CardVerbs.ActionNewDate, data, style: "positive"),
                    Execute(Done(l), CardVerbs.ActionDone, data),
                ]);
            case TaskCardReason.AskExpectedDate:
                body.Add(InputDate(CardVerbs.Keys.Date, TaskCard.ExpectedDoneOn(l), v.Today, required: true));
                return Card(body, [Execute(TaskCard.SaveDate(l), CardVerbs.ActionInProgress, data, style: "positive")]);
        }
        return Card(body,
        [
            Execute(Done(l), CardVerbs.ActionDone, data, style: "positive"),
            Execute(InProgress(l), CardVerbs.ActionInProgress, data),
            ShowCard(TaskCard.WaitingForMore(l),
                [InputText(CardVerbs.Keys.Party, TaskCard.ForWhomOrWhat(l), TaskCard.WaitingForPlaceholder(l), required: true),
                 InputDate(CardVerbs.Keys.Until, TaskCard.UntilWhen(l), v.Today)],
                [Execute(Save(l), CardVerbs.ActionWaiting, data)]),
            ShowCard(NewDateMore(l),
                [InputDate(CardVerbs.Keys.Date, NewDate(l), v.Today, required: true),
                 InputText(CardVerbs.Keys.Reason, Reason(l), ShortReasonPlaceholder(l), required: true)],
                [Execute(Save(l), CardVerbs.ActionNewDate, data)]),
            ShowCard(TaskCard.CantBeDoneMore(l),
                [InputText(CardVerbs.Keys.Obstacle, TaskCard.WhatIsInTheWay(l), ReasonPlaceholder(l), required: true)],
                [Execute(Save(l), CardVerbs.ActionNotPossible, data)]),
        ]);
    }

}
