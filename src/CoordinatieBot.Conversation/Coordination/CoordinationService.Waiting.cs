using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Coordination;

/// <summary>Waiting and bezig without a date: asked once for the expected date, on a card whose date field does what typing it does.</summary>
public sealed partial class CoordinationService
{
    private static FamilyChange Waiting(DomainResult result, int number, Moment at, Language l) =>
        new(result, s => s.FindAction(number) is { IsWaitingWithoutDate: true } a
            ? AskForDate(s, a, Messages.ActionWaitingWithoutDate(l, a), TaskCardReason.AskWaitingDate, at, l)
            : TurnResult.Say(Messages.ActionWaiting(l, s.FindAction(number)!)));

    private static FamilyChange InProgress(Family f, Actor actor, TaskInProgressCommand progress, Moment at, Language l)
    {
        var number = progress.Number;
        if (progress.Expected is { } expected)
        {
            if (DateQuestion(expected, l) is { } question) return FamilyChange.Ask(question);
            return Change(f.MarkInProgress(actor, number, expected.Date!.Value, at.Today, at.Now), s => Messages.ActionInProgressUntil(l, s.FindAction(number)!));
        }
        return new FamilyChange(f.MarkInProgress(actor, number, at.Now), s => s.FindAction(number) is { ExpectedOn: null } a
            ? AskForDate(s, a, Messages.ActionInProgressAskDate(l, a), TaskCardReason.AskExpectedDate, at, l)
            : TurnResult.Say(Messages.ActionInProgress(l, s.FindAction(number)!)));
    }

    private static TurnResult AskForDate(FamilyState s, PlanAction a, string text, TaskCardReason reason, Moment at, Language l) => new()
    {
        Replies = [new TextReply(text), new CardReply(new TaskCardView(s.Id, s.Alias, a, reason, at.Today, l))],
    };
}
