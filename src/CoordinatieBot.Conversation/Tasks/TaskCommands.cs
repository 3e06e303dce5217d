using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Tasks;

/// <summary>Taking a card's reassign choice: the new owner is a member picked by id.</summary>
public sealed record TaskReassignToMemberCommand(int Number, string UserId) : Command;

/// <summary>"Oppakken" on the card of a leaver's open actions: the clicker takes the action.</summary>
public sealed record TakeTaskCommand(int Number) : Command;

/// <summary>The new owner on their 1:1 card: "ik pak het op", or "niet van mij" with a reason (which goes to the regisseur).</summary>
public sealed record AnswerAssignmentCommand(int Number, bool Accepted, string? Reason) : Command;

/// <summary>
/// Bring a task in line with its edited message (offered after an edit, made once when chosen): each part that is
/// given replaces the task's; null leaves it as it is.
/// </summary>
public sealed record UpdateTaskCommand(int Number, string? Description, PersonRef? Owner, DateParseResult? Due) : Command;

/// <summary>
/// Tasks (plan actions): adding one, its status, its date, its owner. Typed commands and card buttons come here alike.
/// </summary>
public sealed class TaskCommands(FamilyTurns turns, Ports.INoticeSender sender, Escalation.NoticeRouter router) : ICommandHandler
{
    public Task<TurnResult>? TryHandle(TurnContext turn, Command command, CancellationToken ct) => command switch
    {
        AddTaskCommand add => turns.ApplyAsync(turn, (f, at) => Add(f, turn, add, at), ct),
        UpdateTaskCommand update => turns.ApplyAsync(turn, (f, at) => Update(f, turn, update, at), ct),
        TaskDoneCommand done => turns.ApplyAsync(turn, (f, at) => Done(f, turn.Actor, done.Number, at, turn.Language), ct),
        TaskDoneInWordsCommand words => turns.ApplyAsync(turn, (f, at) => DoneInWords(f, turn, words.Words, at), ct),
        TaskInProgressCommand progress => turns.ApplyAsync(turn, (f, at) => InProgress(f, turn, progress, at), ct),
        TaskWaitingCommand waiting => turns.ApplyAsync(turn, (f, at) => Waiting(f, turn, waiting, at), ct),
        TaskNotPossibleCommand notPossible => turns.ApplyAsync(turn, (f, at) => NotPossible(f, turn.Actor, notPossible, at, turn.Language), ct),
        TaskNewDateCommand newDate => turns.ApplyAsync(turn, (f, at) => NewDate(f, turn.Actor, newDate, at, turn.Language), ct),
        TaskReassignCommand reassign => turns.ApplyAsync(turn, (f, at) =>
            People.Resolve(f, reassign.To, turn.Actor, at.Now) is { } owner ? Reassign(f, turn.Actor, reassign.Number, owner, at, turn.Language) : Say.AskWho(reassign.To, turn.Language), ct),
        TaskReassignToMemberCommand reassign => turns.ApplyAsync(turn, (f, at) => Reassign(f, turn.Actor, reassign.Number, reassign.UserId, at, turn.Language), ct),
        TakeTaskCommand take => turns.ApplyAsync(turn, (f, at) => Take(f, turn.Actor, take.Number, at, turn.Language), ct),
        AnswerAssignmentCommand answer => AnswerAsync(turn, answer, ct),
        InvalidDateCommand invalid => turns.ApplyAsync(turn, (_, _) => FamilyChange.Ask(Say.DateQuestion(invalid.Date, turn.Language) ?? Messages.DateUnreadable(turn.Language)), ct),
        _ => null,
    };

    /// <summary>A typed task remembers the message that made it (<see cref="TurnContext.MessageKey"/>), so an edit of it can update it.</summary>
    internal static FamilyChange Add(Family f, TurnContext turn, AddTaskCommand task, Moment at)
    {
        var (actor, l) = (turn.Actor, turn.Language);
        var ownerRef = task.Owner ?? new PersonRef.Me();
        if (People.Resolve(f, ownerRef, actor, at.Now) is not { } owner) return Say.AskWho(ownerRef, l);
        if (task.Due is { } due && Say.DateQuestion(due, l) is { } question) return FamilyChange.Ask(question);

        var source = turn.Card is null ? turn.MessageKey : null;
        var result = f.AddAction(actor, owner, task.Description, task.Due?.Date, task.Urgent, task.Referral, task.Leefgebied, at.Today, at.Now, out var number, source, task.ForFamily);
        return new FamilyChange(result, s => s.FindAction(number) is var added && added!.Due is null
            ? TurnResult.Say(Messages.ActionAdded(l, s, added, at.Today)) with { Suggestions = Suggestions.DateForTask(l, number) }
            : TurnResult.Say(Messages.ActionAdded(l, s, added, at.Today)) with { Suggestions = Suggestions.AfterTaskAdded(l) });
    }

    private static FamilyChange Update(Family f, TurnContext turn, UpdateTaskCommand update, Moment at)
    {
        var l = turn.Language;
        string? owner = null;
        if (update.Owner is { } ownerRef && (owner = People.Resolve(f, ownerRef, turn.Actor, at.Now)) is null) return Say.AskWho(ownerRef, l);
        if (update.Due is { } due && Say.DateQuestion(due, l) is { } question) return FamilyChange.Ask(question);
        // A new owner hears it 1:1 with the card to accept it (a follow-up of the change), as after a reassignment.
        return Say.After(f.UpdateAction(turn.Actor, update.Number, update.Description, owner, update.Due?.Date, at.Today, at.Now),
            s => Messages.ActionUpdated(l, s, s.FindAction(update.Number)!, at.Today));
    }

    private static FamilyChange Done(Family f, Actor actor, int number, Moment at, Language l) =>
        Say.After(f.MarkDone(actor, number, at.Now), s => Messages.ActionDone(l, s.FindAction(number)!));

    /// <summary>"school is gebeld": the open task it certainly fits is done; when it is not certain which (or whether), the bot asks.</summary>
    private static FamilyChange DoneInWords(Family f, TurnContext turn, string words, Moment at)
    {
        var l = turn.Language;
        var (candidates, certain) = TaskWords.Find(f.State, words);
        if (candidates.Count == 0) return FamilyChange.Ask(Messages.NoTaskFits(l));
        if (certain) return Done(f, turn.Actor, candidates[0].Number, at, l);
        return FamilyChange.AskToChoose(Asking.ChoiceCommands.Offer(turn,
            candidates.Take(4).Select(a => ((Command)new TaskDoneCommand(a.Number), CardTexts.ChoiceCard.TaskIsDone(l, a)))));
    }

    /// <summary>"Bezig" without a date is asked once for the expected date; not on a card, whose date field was left empty on purpose.</summary>
    private static FamilyChange InProgress(Family f, TurnContext turn, TaskInProgressCommand progress, Moment at)
    {
        var (number, l) = (progress.Number, turn.Language);
        if (progress.Expected is { } expected)
        {
            if (Say.DateQuestion(expected, l) is { } question) return FamilyChange.Ask(question);
            return Say.After(f.MarkInProgress(turn.Actor, number, expected.Date!.Value, at.Today, at.Now), s => Messages.ActionInProgressUntil(l, s.FindAction(number)!));
        }
        return new FamilyChange(f.MarkInProgress(turn.Actor, number, at.Now), s => turn.Card is null && s.FindAction(number) is { ExpectedOn: null } a
            ? AskForDate(s, a, Messages.ActionInProgressAskDate(l, a), TaskCardReason.AskExpectedDate, at, l)
            : TurnResult.Say(Messages.ActionInProgress(l, s.FindAction(number)!)));
    }

    /// <summary>Waiting without a date is asked once until when (typed only, as for "bezig").</summary>
    private static FamilyChange Waiting(Family f, TurnContext turn, TaskWaitingCommand waiting, Moment at)
    {
        var (number, l) = (waiting.Number, turn.Language);
        DateOnly? until = null;
        if (waiting.Until is { } untilText)
        {
            if (Say.DateQuestion(untilText, l) is { } question) return FamilyChange.Ask(question);
            until = untilText.Date;
        }
        return new FamilyChange(f.MarkWaiting(turn.Actor, number, waiting.Party, until, at.Today, at.Now), s =>
            turn.Card is null && s.FindAction(number) is { IsWaitingWithoutDate: true } a
                ? AskForDate(s, a, Messages.ActionWaitingWithoutDate(l, a), TaskCardReason.AskWaitingDate, at, l)
                : TurnResult.Say(Messages.ActionWaiting(l, s.FindAction(number)!)));
    }

    private static TurnResult AskForDate(FamilyState s, PlanAction a, string text, TaskCardReason reason, Moment at, Language l) => new()
    {
        Replies = [new TextReply(text), new CardReply(new TaskCardView(s.Id, s.Alias, a, reason, at.Today, l))],
    };

    private static FamilyChange NotPossible(Family f, Actor actor, TaskNotPossibleCommand notPossible, Moment at, Language l) =>
        Say.After(f.MarkNotPossible(actor, notPossible.Number, notPossible.Reason ?? "", at.Now), s => Messages.ActionNotPossible(l, s.FindAction(notPossible.Number)!));

    private static FamilyChange NewDate(Family f, Actor actor, TaskNewDateCommand newDate, Moment at, Language l)
    {
        if (Say.DateQuestion(newDate.Date, l) is { } question) return FamilyChange.Ask(question);
        return Say.After(f.Reschedule(actor, newDate.Number, newDate.Date.Date!.Value, newDate.Reason, at.Today, at.Now),
            s => Messages.ActionRescheduled(l, s.FindAction(newDate.Number)!, at.Today));
    }

    /// <summary>The thread hears who has the action now, with an @mention so the new owner is notified.</summary>
    private static FamilyChange Reassign(Family f, Actor actor, int number, string ownerUserId, Moment at, Language l) =>
        new(f.Reassign(actor, number, ownerUserId, at.Now), s =>
        {
            var a = s.FindAction(number)!;
            if (a.OwnerUserId == actor.UserId) return TurnResult.Say(Messages.ActionReassigned(l, s, a));
            var owner = new PersonMention(a.OwnerUserId, s.FindMember(a.OwnerUserId)?.Name ?? "?");
            return new TurnResult { Replies = [TextReply.Mentioning(Messages.ActionReassignedTo(l, a, owner.Placeholder), owner)] };
        });

    private static FamilyChange Take(Family f, Actor actor, int number, Moment at, Language l) =>
        new(f.Reassign(actor, number, actor.UserId, at.Now), s => new TurnResult
        {
            Replies = [new TextReply(Messages.ActionTaken(l, s, s.FindAction(number)!))],
            RefreshedCard = new OrphanedActionsCardView(s.Id, s.Alias, Family.OrphanedActions(s), at.Today, l),
        });

    /// <summary>Accepted: the thread hears it. Not theirs: the regisseur hears why, and the card says whether they did.</summary>
    private async Task<TurnResult> AnswerAsync(TurnContext turn, AnswerAssignmentCommand answer, CancellationToken ct)
    {
        var (actor, l, number) = (turn.Actor, turn.Language, answer.Number);
        var outcome = await turns.ChangeAsync(turn, (f, at) => new FamilyChange(answer.Accepted
            ? f.AcceptAction(actor, number, at.Now)
            : f.DeclineAction(actor, number, answer.Reason, at.Now), _ => TurnResult.Nothing, ChangesPlan: false), ct);
        if (outcome.State is not { } answered || answered.FindAction(number) is not { } a) return outcome.Result;

        string said;
        if (answer.Accepted)
        {
            said = Messages.ActionAccepted(l, answered, a);
            await sender.ToThreadAsync(answered, new TextReply(said), ct);
        }
        else
        {
            var told = answered.Regisseur is { } regisseur && regisseur.UserId != actor.UserId &&
                       await router.ToMemberAsync(answered, regisseur.UserId,
                           new TextReply(Messages.ActionDeclinedToRegisseur(l, answered, a, actor.UserId, answer.Reason!)), ct);
            said = Messages.ActionDeclinedNoted(l, a, told);
        }
        return new TurnResult { RefreshedCard = new ActionAssignedCardView(answered.Id, answered.Alias, a, null, turns.Now().Today, l, said) };
    }
}
