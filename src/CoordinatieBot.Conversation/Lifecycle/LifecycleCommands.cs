using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Lifecycle;

/// <summary>A family's life in its thread: extending the support, the outcome per goal at closing, ending the nazorg.</summary>
public sealed class LifecycleCommands(FamilyTurns turns, EscalationPolicy policy) : ICommandHandler
{
    private LifecycleNorms Norms => policy.Lifecycle;

    public Task<TurnResult>? TryHandle(TurnContext turn, Command command, CancellationToken ct) => command switch
    {
        ExtendFamilyCommand extend => turns.ApplyAsync(turn, (f, at) => Extend(f, turn.Actor, extend, at, turn.Language), ct),
        GoalOutcomeCommand outcome => turns.ApplyAsync(turn, (f, at) => Outcome(f, turn.Actor, outcome, at, turn.Language), ct),
        EndAftercareCommand => turns.ApplyAsync(turn, (f, at) => Say.After(f.EndAftercare(turn.Actor, at.Now), s => Messages.AftercareEnded(turn.Language, UserText.Escape(s.Alias))), ct),
        _ => null,
    };

    private FamilyChange Extend(Family f, Actor actor, ExtendFamilyCommand command, Moment at, Language l)
    {
        var months = Norms.Options.ExtensionMonths;
        if (command.Months is { } said && said != months) return FamilyChange.Ask(Messages.ExtensionIsMonths(l, months));
        if (command.Reason is not { } reason) return FamilyChange.Ask(Messages.ExtensionNeedsReason(l, months));
        var until = Norms.ExtendedUntil(f.State, at.Today);
        return Say.After(f.Extend(actor, reason, until, at.Today, at.Now), s => Messages.FamilyExtended(l, UserText.Escape(s.Alias), until));
    }

    private FamilyChange Outcome(Family f, Actor actor, GoalOutcomeCommand command, Moment at, Language l)
    {
        if (command.Words is not { } words) return FamilyChange.Ask(Messages.OutcomeNeedsWords(l, command.GoalNumber, command.Result));
        var closing = f.State.Phase == FamilyPhase.Concluded;
        var recorded = f.RecordOutcome(actor, command.GoalNumber, command.Result, words, at.Now);
        return Say.After(recorded, s => closing && s.Phase == FamilyPhase.Aftercare
            ? Messages.AftercareStarted(l, UserText.Escape(s.Alias), Norms.AftercareUntil(s)!.Value)
            : Messages.OutcomeRecorded(l, s.Plan.Goals.Find(g => g.Number == command.GoalNumber)!, f.GoalsWithoutOutcome, closing));
    }

    /// <summary>What "gezin afsluiten: reden" says once it holds: the outcomes still needed per goal, or the nazorg that began.</summary>
    public static string Closed(FamilyState s, Family f, LifecycleNorms norms, Language l) =>
        s.Phase == FamilyPhase.Aftercare
            ? Messages.ClosedIntoAftercare(l, UserText.Escape(s.Alias), norms.AftercareUntil(s)!.Value)
            : Messages.ClosedAskOutcomes(l, UserText.Escape(s.Alias), f.GoalsWithoutOutcome);
}
