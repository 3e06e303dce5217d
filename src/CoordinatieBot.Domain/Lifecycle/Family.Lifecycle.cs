namespace CoordinatieBot.Domain;

/// <summary>A family's life: the plan agreed, extensions, the outcome per goal at closing, nazorg and its end (see <see cref="FamilyPhase"/>).</summary>
public sealed partial class Family
{
    /// <summary>A plan discussed (with the family, partly, or without it with a reason) makes an aangemeld family actief.</summary>
    private void AfterAgreement(AgreementKind kind)
    {
        if (kind != AgreementKind.NotYetDiscussed && State.Phase == FamilyPhase.Registered)
            State = State with { Phase = FamilyPhase.Active };
    }

    /// <summary>
    /// "verlengen met 3 maanden: reden": the support runs on until <paramref name="until"/> (the next evaluation), with a
    /// required reason. Repeatable; an evaluated family is actief again.
    /// </summary>
    public DomainResult Extend(Actor actor, string reason, DateOnly until, DateOnly today, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (State.FindMember(actor.UserId)!.Role == MemberRole.Observer) return DomainError.ObserverCannotLead;
        if (!State.Phase.IsRunning()) return DomainError.FamilyAlreadyConcluded;
        if (string.IsNullOrWhiteSpace(reason)) return DomainError.ReasonRequired;
        if (CheckText(reason) is { Succeeded: false } bad) return bad;
        if (until <= today) return DomainError.DateInPast;
        var extension = new Extension { Until = until, Reason = reason.Trim(), At = now, By = actor.UserId };
        var phase = State.Phase == FamilyPhase.Evaluation ? FamilyPhase.Active : State.Phase;
        Apply(actor, now, State with { Extensions = State.Extensions.Add(extension), Phase = phase },
            HistoryKind.FamilyExtended, detail: $"{until:yyyy-MM-dd}: {reason.Trim()}");
        return DomainResult.Ok;
    }

    /// <summary>
    /// The outcome of one goal ("doel 1 behaald: de huur is op orde"), with a word about it. Given any time before gesloten;
    /// in an afgesloten family the last one starts the nazorg.
    /// </summary>
    public DomainResult RecordOutcome(Actor actor, int goalNumber, GoalResult result, string words, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (State.FindMember(actor.UserId)!.Role == MemberRole.Observer) return DomainError.ObserverCannotLead;
        if (CheckText(words) is { Succeeded: false } bad) return bad;
        if (State.Plan.Goals.Find(g => g.Number == goalNumber) is not { } goal) return DomainError.NoSuchGoal;
        var outcome = new GoalOutcome { Result = result, Words = words.Trim(), At = now, By = actor.UserId };
        var goals = State.Plan.Goals.Replace(goal, goal with { Outcome = outcome });
        Apply(actor, now, State with { Plan = State.Plan with { Goals = goals } }, HistoryKind.GoalOutcomeRecorded,
            detail: $"{goalNumber}:{result}: {words.Trim()}");
        StartAftercareWhenOutcomesAreIn(actor, now);
        return DomainResult.Ok;
    }

    /// <summary>The goals still without an outcome.</summary>
    public IReadOnlyList<Goal> GoalsWithoutOutcome => State.Plan.Goals.Where(g => g.Outcome is null).ToList();

    /// <summary>"nazorg afsluiten": the regisseur (or, without one, a member who is no observer) ends nazorg early: gesloten.</summary>
    public DomainResult EndAftercare(Actor actor, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (State.FindMember(actor.UserId)!.Role == MemberRole.Observer) return DomainError.ObserverCannotLead;
        if (State.Regisseur is { } r && r.UserId != actor.UserId) return DomainError.OnlyRegisseur;
        if (State.Phase != FamilyPhase.Aftercare) return DomainError.NotInAftercare;
        Apply(actor, now, State with { Phase = FamilyPhase.Closed, ClosedAt = now }, HistoryKind.AftercareEnded, detail: "early");
        return DomainResult.Ok;
    }

    /// <summary>Keeps the date of the phase's next time norm for what cards show (see <see cref="FamilyState.NextNormOn"/>).</summary>
    public void NoteNextNorm(LifecycleNorms norms)
    {
        var next = State.Phase switch
        {
            FamilyPhase.Registered => norms.PlanDueOn(State) ?? norms.EvaluationDueOn(State),
            FamilyPhase.Active or FamilyPhase.Evaluation => norms.EvaluationDueOn(State),
            FamilyPhase.Aftercare => norms.AftercareUntil(State),
            _ => null,
        };
        if (State.NextNormOn != next) State = State with { NextNormOn = next };
    }

    private void StartAftercareWhenOutcomesAreIn(Actor actor, DateTimeOffset now)
    {
        if (State.Phase != FamilyPhase.Concluded || GoalsWithoutOutcome.Count > 0) return;
        State = State with { Phase = FamilyPhase.Aftercare, AftercareSince = now };
        Record(now, actor.UserId, HistoryKind.AftercareStarted);
    }

    /// <summary>What the timers told about the family's life; the notices that move a phase move it here.</summary>
    private bool RecordLifecycleNotice(DueNotice notice, DateTimeOffset now)
    {
        switch (notice.Kind)
        {
            case NoticeKind.PlanNotAgreed when State.PlanReminderSentAt is null:
                State = State with { PlanReminderSentAt = now };
                return true;
            case NoticeKind.EvaluationDue or NoticeKind.ExtensionEnded when State.Phase.IsRunning() && LifecycleNorms.NoticeDate(notice) is { } due
                                                                             && State.EvaluationToldFor != due:
                State = State with { EvaluationToldFor = due, Phase = FamilyPhase.Evaluation };
                return true;
            case NoticeKind.AftercareEnded when State.Phase == FamilyPhase.Aftercare:
                State = State with { Phase = FamilyPhase.Closed, ClosedAt = now, UpdatedAt = now, UpdatedBy = BotActor };
                Record(now, BotActor, HistoryKind.AftercareEnded, detail: "ended");
                return true;
            default:
                return false;
        }
    }
}
