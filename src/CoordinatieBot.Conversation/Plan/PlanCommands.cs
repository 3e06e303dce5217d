using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;
using Microsoft.Extensions.Options;

namespace CoordinatieBot.Conversation.Plan;

/// <summary>
/// "Vernieuwen" on the plan card, or Teams refreshing it as it is shown (<paramref name="Automatic"/>): the card shows
/// the plan as it is now, as the viewer's own view. Only read.
/// </summary>
public sealed record RefreshPlanCommand(bool Automatic = false) : Command;

/// <summary>
/// The regisseur shared the family's own version of the plan with the family (from its page), and perhaps discussed it
/// with them today: recorded in the history, not what was in it.
/// </summary>
public sealed record PlanSharedWithFamilyCommand(bool Discussed) : Command;

/// <summary>The shared plan: showing it, goals per leefgebied with the family's own words, strengths, worries, the agreement, the level.</summary>
public sealed class PlanCommands(FamilyTurns turns, IOptions<CoordinationOptions> options, Escalation.GuardResolver guards) : ICommandHandler
{
    private readonly CoordinationOptions _options = options.Value;

    public Task<TurnResult>? TryHandle(TurnContext turn, Command command, CancellationToken ct)
    {
        var (actor, l) = (turn.Actor, turn.Language);
        return command switch
        {
            ShowPlanCommand => turns.ReadAsync(turn, (s, now) => Task.FromResult(Family.MustIntroduce(s, actor.UserId)
                ? TurnResult.Say(Messages.IntroduceBeforePlan(l, s))
                : new TurnResult { Replies = [new CardReply(new PlanCardView(s, now.Today, l))] }), ct),
            RefreshPlanCommand refresh => turns.PeekAsync(turn, (s, now) => Refreshed(s, actor, refresh, now, l), ct),
            AddGoalCommand goal => turns.ApplyAsync(turn, (f, at) => AddGoal(f, actor, goal, at, l), ct),
            AddFamilyWordsCommand words => turns.ApplyAsync(turn, (f, at) =>
                Say.After(f.AddFamilyWords(actor, words.GoalNumber, words.Words, at.Now), _ => Messages.FamilyWordsAdded(l, words.GoalNumber)), ct),
            AddStrengthCommand strength => turns.ApplyAsync(turn, (f, at) => Say.After(f.AddStrength(actor, strength.Text, at.Now), _ => Messages.StrengthAdded(l)), ct),
            AddWorryCommand worry => turns.ApplyAsync(turn, (f, at) => Say.After(f.AddWorry(actor, worry.Text, at.Now), _ => Messages.WorryAdded(l)), ct),
            PlanDiscussedCommand discussed => turns.ApplyAsync(turn, (f, at) =>
                Say.After(f.RecordAgreement(actor, discussed.Kind, discussed.On, discussed.Reason, at.Today, at.Now), s => Messages.AgreementRecorded(l, s.Plan.Agreement)), ct),
            FamilyPlanCommand => turns.ReadAsync(turn, (s, now) => Task.FromResult(FamilyPlan(s, actor, l)), ct),
            PlanSharedWithFamilyCommand shared => turns.ApplyAsync(turn, (f, at) =>
                Say.After(f.RecordPlanShared(actor, shared.Discussed, at.Today, at.Now), _ => TabTexts.FamilyPlan.Recorded(l, at.Today, shared.Discussed)), ct),
            SetLevelCommand level => SetLevelAsync(turn, level.Level, ct),
            _ => null,
        };
    }

    /// <summary>A level change; when it gives the family another guard, its open escalations move with it.</summary>
    private async Task<TurnResult> SetLevelAsync(TurnContext turn, FamilyLevel level, CancellationToken ct)
    {
        var (actor, l) = (turn.Actor, turn.Language);
        var (coordinator, procesmanager) = await guards.ForTeamAsync(turn.Where.TenantId, turn.Where.TeamId, ct);
        return await turns.ApplyAsync(turn, (f, at) =>
        {
            var from = f.State.Level;
            var result = f.SetLevel(actor, level, at.Now);
            var was = Escalation.GuardResolver.Pick(coordinator, procesmanager, from);
            var becomes = Escalation.GuardResolver.Pick(coordinator, procesmanager, level);
            var moves = result.Succeeded && becomes is not null && !ReferenceEquals(was, becomes) && f.State.Escalations.Any(e => e.Status != EscalationStatus.Resolved);
            if (moves) f.MoveOpenEscalations(actor, from, at.Now);
            return Say.After(result, _ => Messages.LevelChanged(l, level) + (moves ? " " + Messages.EscalationsMoveWithLevel(l, becomes!) : ""));
        }, ct);
    }

    /// <summary>
    /// The viewer's view of the plan. Someone who has to say their organisation first is asked that when they press
    /// (only they see the question); Teams' own refresh shows them the card as the thread has it.
    /// </summary>
    private static TurnResult Refreshed(FamilyState s, Actor actor, RefreshPlanCommand refresh, Moment now, Language l)
    {
        if (!Family.MustIntroduce(s, actor.UserId))
            return new TurnResult { RefreshedCard = new PlanCardView(s, now.Today, l) { ViewerUserId = actor.UserId } };
        return refresh.Automatic
            ? new TurnResult { RefreshedCard = new PlanCardView(s, now.Today, l) }
            : TurnResult.Nothing with { ActionError = Messages.IntroduceBeforePlan(l, s) };
    }

    /// <summary>
    /// "Plan voor het gezin": for the regisseur a card with the button that opens the family's plan (a Teams dialog); for
    /// anyone else who shares it, kindly.
    /// </summary>
    private static TurnResult FamilyPlan(FamilyState s, Actor actor, Language l)
    {
        if (Family.MayShareWithFamily(s, actor.UserId)) return new TurnResult { Replies = [new CardReply(new FamilyPlanOfferCardView(s.Id, l))] };
        var regisseur = s.Regisseur is { } r ? s.FindMember(r.UserId)?.Name : null;
        return TurnResult.Say(TabTexts.FamilyPlan.OnlyRegisseur(l, regisseur));
    }

    private FamilyChange AddGoal(Family f, Actor actor, AddGoalCommand goal, Moment at, Language l)
    {
        if (LeefgebiedMatcher.Match(goal.LeefgebiedHint, _options.Leefgebieden) is not { } leefgebied)
            return FamilyChange.Ask(Messages.UnknownLeefgebied(l, _options.Leefgebieden));
        return Say.After(f.AddGoal(actor, leefgebied, goal.Text, goal.FamilyWords, at.Now), s => Messages.GoalAdded(l, s.Plan.Goals[^1]));
    }
}
