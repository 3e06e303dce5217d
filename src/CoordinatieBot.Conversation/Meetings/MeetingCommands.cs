using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Escalation;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Tasks;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Meetings;

/// <summary>After a handover, on the question card: has the family met the new regisseur?</summary>
/// <remarks>A button whose answer cannot be read carries null, and changes nothing.</remarks>
public sealed record FamilyMetCommand(FamilyMetAnswer? Answer) : Command;

/// <summary>
/// The casusoverleg: planning it (typed, or after a card's casusoverleg button asked for it), moving and cancelling it,
/// and its decisions, which become a task through the same operation as "taak: …" when they name an owner.
/// The warme overdracht's answer ("has the family met the new regisseur?") is recorded here too.
/// </summary>
/// <remarks>
/// Any active member may plan, move or cancel (the casusoverleg is the team's). When the family's joining is not said,
/// it is recorded as not said, shown that way, and the reply asks for it ("casusoverleg: gezin is erbij").
/// </remarks>
public sealed class MeetingCommands(FamilyTurns turns) : ICommandHandler
{
    public Task<TurnResult>? TryHandle(TurnContext turn, Command command, CancellationToken ct) => command switch
    {
        PlanMeetingCommand plan => turns.ApplyAsync(turn, (f, at) => Plan(f, turn, plan, at), ct),
        MoveMeetingCommand move => turns.ApplyAsync(turn, (f, at) => Move(f, turn, move, at), ct),
        CancelMeetingCommand => turns.ApplyAsync(turn, (f, at) => Cancel(f, turn, at), ct),
        RecordDecisionCommand decision => turns.ApplyAsync(turn, (f, at) => Decide(f, turn, decision, at), ct),
        FamilyMetCommand { Answer: { } answer } => turns.ApplyAsync(turn, (f, at) => FamilyMet(f, turn, answer, at), ct),
        FamilyMetCommand => Task.FromResult(Say.Refused(turn.Language, DomainError.Unchanged)),
        _ => null,
    };

    /// <summary>The one operation that plans a casusoverleg, whichever way the request came.</summary>
    private static FamilyChange Plan(Family f, TurnContext turn, PlanMeetingCommand plan, Moment at)
    {
        var (actor, l) = (turn.Actor, turn.Language);
        var next = Family.NextMeeting(f.State, at.Today, TimeOnly.FromDateTime(DutchTime.Local(at.Now).DateTime));
        if (plan.IsBare)
            return next is null ? FamilyChange.Ask(Messages.MeetingNeedsDate(l)) : FamilyChange.Ask(Messages.NextMeeting(l, next, at.Today));
        // "casusoverleg: gezin is erbij" about the one planned.
        if (plan is { Date: null, Time: null, FamilyJoins: { } joins } && next is not null)
            return Say.After(f.SetMeetingFamily(actor, next.Number, joins, at.Now), s => Messages.MeetingFamilySet(l, s.Meetings.Find(m => m.Number == next.Number)!, at.Today));
        if (plan.Date is not { } date) return FamilyChange.Ask(Messages.MeetingNeedsDate(l));
        if (Say.DateQuestion(date, l) is { } question) return FamilyChange.Ask(question);
        if (plan.Time is not { } time) return FamilyChange.Ask(Messages.MeetingNeedsTime(l, date.Date!.Value, at.Today));

        var invited = new List<string>();
        foreach (var person in plan.Invited)
        {
            if (People.Resolve(f, person, actor, at.Now) is not { } id) return Say.AskWho(person, l);
            invited.Add(id);
        }
        // The one who plans it is there too.
        if (invited.Count > 0 && !invited.Contains(actor.UserId)) invited.Insert(0, actor.UserId);
        var result = f.PlanMeeting(actor, date.Date!.Value, time, invited, plan.FamilyJoins, at.Today, at.Now, out var number);
        return Say.After(result, s => Messages.MeetingPlanned(l, s, s.Meetings.Find(m => m.Number == number)!, at.Today));
    }

    private static FamilyChange Move(Family f, TurnContext turn, MoveMeetingCommand move, Moment at)
    {
        var l = turn.Language;
        if (Family.NextMeeting(f.State, at.Today, TimeOnly.FromDateTime(DutchTime.Local(at.Now).DateTime)) is not { } next) return FamilyChange.Ask(Messages.NoMeetingPlanned(l));
        if (move.Date is { } date && Say.DateQuestion(date, l) is { } question) return FamilyChange.Ask(question);
        var day = move.Date?.Date ?? next.Date;
        return Say.After(f.MoveMeeting(turn.Actor, next.Number, day, move.Time ?? next.Time, at.Today, at.Now),
            s => Messages.MeetingMoved(l, s.Meetings.Find(m => m.Number == next.Number)!, at.Today));
    }

    private static FamilyChange Cancel(Family f, TurnContext turn, Moment at)
    {
        var l = turn.Language;
        if (Family.NextMeeting(f.State, at.Today, TimeOnly.FromDateTime(DutchTime.Local(at.Now).DateTime)) is not { } next) return FamilyChange.Ask(Messages.NoMeetingPlanned(l));
        return Say.After(f.CancelMeeting(turn.Actor, next.Number, at.Now), _ => Messages.MeetingCancelled(l, next, at.Today));
    }

    /// <summary>A decision with an owner and something to do is first made a task by the task operation itself, then kept with its number.</summary>
    private static FamilyChange Decide(Family f, TurnContext turn, RecordDecisionCommand decision, Moment at)
    {
        var (actor, l) = (turn.Actor, turn.Language);
        if (decision.Task is not { } task)
            return Say.After(f.RecordDecision(actor, decision.Text, null, null, at.Today, at.Now, out var only),
                s => Messages.DecisionRecorded(l, s, s.Decisions.Find(d => d.Number == only)!, at.Today));

        var before = f.State.NextActionNumber;
        var added = TaskCommands.Add(f, turn, task, at);
        if (added.Answer is not null || added.Offer is not null || !added.Result.Succeeded || f.State.NextActionNumber == before) return added;
        var action = f.State.Actions.MaxBy(a => a.Number)!;
        var result = f.RecordDecision(actor, decision.Text, action.OwnerUserId, action.Number, at.Today, at.Now, out var number);
        return new FamilyChange(result, s => new TurnResult
        {
            Replies = [new TextReply(Messages.DecisionWithTask(l, s, s.Decisions.Find(d => d.Number == number)!, s.FindAction(action.Number)!, at.Today))],
            Suggestions = Suggestions.AfterTaskAdded(l),
        });
    }

    private static FamilyChange FamilyMet(Family f, TurnContext turn, FamilyMetAnswer answer, Moment at)
    {
        var l = turn.Language;
        var said = Messages.FamilyMetRecorded(l, answer);
        // Only ever pressed on its card: the card shows what was recorded (a reply as well would say it twice).
        return new FamilyChange(f.RecordFamilyMet(turn.Actor, answer, at.Now), s => new TurnResult
        {
            RefreshedCard = WarmHandover.Question(s, turn.Actor.UserId, l) with { Answered = said },
        }, ChangesPlan: false);
    }
}

/// <summary>
/// The warme overdracht after an accepted handover: the new regisseur gets the summary 1:1 (a member of the thread, so
/// they may see the plan), and both the new and the previous regisseur are asked whether the family has met the new one.
/// </summary>
public static class WarmHandover
{
    public static async Task SendAsync(NoticeRouter router, FamilyState f, RegieHandedOver handedOver, DateOnly today, CancellationToken ct)
    {
        const Language l = Language.Dutch;
        if (!f.IsActiveMember(handedOver.ToUserId)) return;
        await router.ToMemberAsync(f, handedOver.ToUserId, new CardReply(HandoverSummaryCardView.For(f, handedOver.FromUserId, today, l)), ct);
        await router.ToMemberAsync(f, handedOver.ToUserId, new CardReply(Question(f, handedOver.ToUserId, l)), ct);
        if (handedOver.FromUserId != handedOver.ToUserId)
            await router.ToMemberAsync(f, handedOver.FromUserId, new CardReply(Question(f, handedOver.FromUserId, l)), ct);
    }

    public static FamilyMetCardView Question(FamilyState f, string forUserId, Language l)
    {
        var regisseur = f.Regisseur?.UserId ?? forUserId;
        return new FamilyMetCardView(f.Id, f.Alias, Messages.Name(f, regisseur), regisseur == forUserId, l);
    }
}
