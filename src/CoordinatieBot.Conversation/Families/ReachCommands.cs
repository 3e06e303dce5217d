using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Families;

/// <summary>
/// "niet bereikbaar sinds 3 maart" and "gezin weer bereikt": the main recorded reason help fails is a family that can
/// no longer be reached (001, l. 2066); it is recorded, shown on the plan card, and after some working days the
/// regisseur is asked what to do (see <see cref="EscalationPolicy"/>).
/// </summary>
public sealed class ReachCommands(FamilyTurns turns, EscalationPolicy policy) : ICommandHandler
{
    public Task<TurnResult>? TryHandle(TurnContext turn, Command command, CancellationToken ct) => command switch
    {
        FamilyUnreachableCommand unreachable => turns.ApplyAsync(turn, (f, at) => Unreachable(f, turn, unreachable, at), ct),
        FamilyReachedCommand => turns.ApplyAsync(turn, (f, at) => Reached(f, turn, at), ct),
        _ => null,
    };

    private FamilyChange Unreachable(Family f, TurnContext turn, FamilyUnreachableCommand command, Moment at)
    {
        var l = turn.Language;
        var since = at.Today;
        if (command.Since is { } said)
        {
            if (said.Outcome == DateOutcome.InFuture) return FamilyChange.Ask(Messages.UnreachableSinceInFuture(l));
            if (said.Outcome != DateOutcome.Ok || said.Date is not { } day) return FamilyChange.Ask(Messages.UnreachableSinceWhen(l));
            since = day;
        }
        if (since > at.Today) return FamilyChange.Ask(Messages.UnreachableSinceInFuture(l));
        return Say.After(f.RecordUnreachable(turn.Actor, since, at.Today, at.Now),
            s => Messages.FamilyUnreachableNoted(l, s, policy.Options.UnreachableAskAfterWorkingDays));
    }

    private static FamilyChange Reached(Family f, TurnContext turn, Moment at)
    {
        var l = turn.Language;
        if (f.State.UnreachableSince is null) return FamilyChange.Ask(Messages.FamilyWasNotUnreachable(l));
        return Say.After(f.RecordReached(turn.Actor, at.Now), _ => Messages.FamilyReachedNoted(l));
    }
}
