namespace CoordinatieBot.Domain;

/// <summary>Timers, the ladder and the procesmanager: what was told, what was raised, what was decided.</summary>
public sealed partial class Family
{
    /// <summary>The bot itself, as the actor of what the timers do.</summary>
    public const string BotActor = "coordinatiebot";

    public void ScheduleNextCheck(DateTimeOffset? at)
    {
        if (State.ScheduledCheckAt != at) State = State with { ScheduledCheckAt = at };
    }

    /// <summary>Records that a notice was told. Idempotent: telling the same thing twice changes nothing.</summary>
    public bool RecordNotice(DueNotice notice, DateTimeOffset now)
    {
        switch (notice.Kind)
        {
            case NoticeKind.Stall:
                if (State.StallPromptedAt is { } prompted && prompted >= EscalationPolicy.LastActivity(State)) return false;
                State = State with { StallPromptedAt = now };
                break;
            case NoticeKind.Ladder when State.FindAction(notice.ActionNumber!.Value) is { } a && (a.Step is null || a.Step < notice.Step):
                ReplaceAction(a, a with { Step = notice.Step });
                if (notice.Step == LadderStep.Procesmanager) OpenEscalation(EscalationKind.Overdue, a.Number, BotActor, null, now);
                break;
            case NoticeKind.WaitingEnded when State.FindAction(notice.ActionNumber!.Value) is { WaitingCheckSent: false } a:
                ReplaceAction(a, a with { WaitingCheckSent = true, Step = a.Step ?? LadderStep.Due });
                break;
            case NoticeKind.ReferralSilent when State.FindAction(notice.ActionNumber!.Value) is { } a && EscalationPolicy.ReferralNeedsAsking(a):
                ReplaceAction(a, a with { ReferralCheckSent = true, ReferralAskedAt = now });
                break;
            case NoticeKind.StillWaiting when State.FindAction(notice.ActionNumber!.Value) is { IsWaitingWithoutDate: true } a:
                ReplaceAction(a, a with { WaitingAskedAt = now });
                break;
            case NoticeKind.DatelessAsked when State.FindAction(notice.ActionNumber!.Value) is { Due: null } a && EscalationPolicy.DateNeedsAsking(a):
                ReplaceAction(a, a with { DateAskedAt = now });
                break;
            case NoticeKind.Unreachable when State is { UnreachableSince: not null, UnreachableAskedAt: null }:
                State = State with { UnreachableAskedAt = now };
                break;
            case NoticeKind.Pending when State.PendingNotices.Find(p => p.Key == notice.Key) is { } pending:
                State = State with { PendingNotices = State.PendingNotices.Remove(pending) };
                break;
            case NoticeKind.MeetingAgenda when MarkAgendaSent(notice.Key, now):
                break;
            default:
                if (!RecordLifecycleNotice(notice, now)) return false;
                break;
        }
        Record(now, BotActor, HistoryKind.NoticeSent, notice.ActionNumber, detail: notice.Step is { } s ? $"{notice.Kind}:{s}" : notice.Kind.ToString());
        return true;
    }

    /// <summary>The regisseur puts an action before the procesmanager now, without waiting for the timers.</summary>
    public DomainResult EscalateAction(Actor actor, int number, DateTimeOffset now, out int escalationNumber)
    {
        escalationNumber = 0;
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (State.Regisseur?.UserId != actor.UserId) return DomainError.OnlyRegisseur;
        if (State.FindAction(number) is not { } action) return DomainError.NoSuchAction;
        if (action.IsClosed) return DomainError.ActionClosed;
        if (action.ForFamily) return DomainError.FamilyActionNotEscalated;
        ReplaceAction(action, action with { Step = LadderStep.Procesmanager });
        escalationNumber = OpenEscalation(EscalationKind.RegisseurEscalated, number, actor.UserId, null, now);
        AddPending(new PendingNotice { Kind = PendingNoticeKind.EscalationRaised, At = now, ActorUserId = actor.UserId, ActionNumber = number, EscalationNumber = escalationNumber });
        return DomainResult.Ok;
    }

    /// <summary>"knelpunt" or "geen overeenstemming": straight to the procesmanager, outside the timers.</summary>
    public DomainResult Raise(Actor actor, EscalationKind kind, string text, DateTimeOffset now, out int escalationNumber)
    {
        escalationNumber = 0;
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (CheckText(text) is { Succeeded: false } bad) return bad;
        escalationNumber = OpenEscalation(kind, null, actor.UserId, text.Trim(), now);
        AddPending(new PendingNotice { Kind = PendingNoticeKind.EscalationRaised, At = now, ActorUserId = actor.UserId, EscalationNumber = escalationNumber });
        return DomainResult.Ok;
    }

    /// <summary>A safety concern is recorded (and goes to the regisseur at once; the meldcode stays the route).</summary>
    public DomainResult RecordSafetyConcern(Actor actor, string text, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (CheckText(text) is { Succeeded: false } bad) return bad;
        Apply(actor, now, State, HistoryKind.SafetyConcern, detail: text.Trim());
        return DomainResult.Ok;
    }

    /// <summary>
    /// What the procesmanager did about an escalation. The caller has checked they are this family's procesmanager;
    /// they are not a member, so the change is recorded under their Entra id.
    /// </summary>
    public DomainResult HandleEscalation(string procesmanagerAadId, int escalationNumber, EscalationEventKind kind, string? detail,
        DateOnly? newDeadline, string? reassignToUserId, DateOnly today, DateTimeOffset now)
    {
        if (State.Phase == FamilyPhase.Closed) return DomainError.FamilyClosed;
        if (State.FindEscalation(escalationNumber) is not { } escalation) return DomainError.NoSuchEscalation;
        if (escalation.Status == EscalationStatus.Resolved) return DomainError.EscalationResolved;
        var action = escalation.ActionNumber is { } n ? State.FindAction(n) : null;
        PlanAction? moved = null;

        switch (kind)
        {
            case EscalationEventKind.DeadlineSet:
                if (newDeadline is not { } deadline) return DomainError.EmptyText;
                if (deadline < today) return DomainError.DateInPast;
                if (action is { IsClosed: false })
                    moved = action with
                    {
                        Due = deadline,
                        Step = null,
                        Status = action.Status == ActionStatus.Waiting ? ActionStatus.Open : action.Status,
                        WaitingUntil = action.Status == ActionStatus.Waiting ? null : action.WaitingUntil,
                        ExpectedOn = null,
                        ClockRestartedOn = null,
                        UpdatedAt = now,
                    };
                break;
            case EscalationEventKind.Reassigned:
                if (action is null) return DomainError.NoSuchAction;
                if (reassignToUserId is null || CheckOwner(reassignToUserId) is { Succeeded: false }) return DomainError.UnknownPerson;
                moved = RestartClock(action, today) with { OwnerUserId = reassignToUserId, UpdatedAt = now };
                break;
            case EscalationEventKind.DecisionRecorded or EscalationEventKind.EscalatedToBoard:
                if (CheckText(detail) is { Succeeded: false } bad) return bad;
                break;
            case EscalationEventKind.Deescalated when action is { IsClosed: false }:
                moved = RestartClock(action, today) with { UpdatedAt = now };
                break;
        }
        if (moved is not null) ReplaceAction(action!, moved);

        var status = kind switch
        {
            EscalationEventKind.Deescalated => EscalationStatus.Resolved,
            EscalationEventKind.DeadlineSet or EscalationEventKind.Reassigned or EscalationEventKind.DecisionRecorded => EscalationStatus.Resolved,
            _ => EscalationStatus.Acknowledged,
        };
        var updated = escalation with
        {
            Status = status,
            Events = escalation.Events.Add(new EscalationEvent(kind, procesmanagerAadId, now, detail?.Trim() ?? newDeadline?.ToString("yyyy-MM-dd") ?? reassignToUserId)),
        };
        State = State with
        {
            Escalations = State.Escalations.Replace(escalation, updated),
            UpdatedAt = now,
            LastProgressAt = now,
        };
        Record(now, procesmanagerAadId, HistoryKind.EscalationHandled, escalation.ActionNumber, detail: $"{escalationNumber}:{kind}");
        AddPending(new PendingNotice
        {
            Kind = PendingNoticeKind.EscalationHandled,
            At = now,
            ActorUserId = procesmanagerAadId,
            ActionNumber = escalation.ActionNumber,
            EscalationNumber = escalationNumber,
            Event = kind,
            Detail = reassignToUserId ?? newDeadline?.ToString("yyyy-MM-dd") ?? detail?.Trim(),
        });
        if (moved is not null) AfterActionMoved(action!, moved, procesmanagerAadId, now);
        return DomainResult.Ok;
    }

    /// <summary>
    /// After an action changed: when its ladder came down, whoever was told hears that it moves again (a pending
    /// notice), and an open escalation about it is closed once the action is closed or no longer escalated.
    /// </summary>
    private void AfterActionMoved(PlanAction before, PlanAction after, string actorUserId, DateTimeOffset now)
    {
        if (before.OwnerUserId != after.OwnerUserId) Raise(new ActionOwnerChanged(after.Number, before.OwnerUserId, after.OwnerUserId, actorUserId));
        if (before.Step is { } was && (after.Step is null || after.Step < was))
            AddPending(new PendingNotice
            {
                Kind = PendingNoticeKind.MovingAgain,
                At = now,
                ActorUserId = actorUserId,
                ActionNumber = after.Number,
                FromStep = was,
                OwnerUserId = before.OwnerUserId,
            });
        if (!after.IsClosed && after.Step == LadderStep.Procesmanager) return;
        foreach (var open in State.Escalations.Where(e => e.ActionNumber == after.Number && e.Status != EscalationStatus.Resolved).ToList())
            State = State with
            {
                Escalations = State.Escalations.Replace(open, open with
                {
                    Status = EscalationStatus.Resolved,
                    Events = open.Events.Add(new EscalationEvent(EscalationEventKind.Settled, actorUserId, now)),
                }),
            };
    }

    /// <summary>A change made outside the thread (a 1:1 card) is told in the thread; <paramref name="what"/> says what it was.</summary>
    public void TellThread(string actorUserId, int? actionNumber, string what, DateTimeOffset now) =>
        AddPending(new PendingNotice { Kind = PendingNoticeKind.ActionNews, At = now, ActorUserId = actorUserId, ActionNumber = actionNumber, Detail = what });

    private void AddPending(PendingNotice notice)
    {
        State = State with { PendingNotices = State.PendingNotices.Add(notice) };
        Raise(new NoticePending(notice.Kind));
    }

    private int OpenEscalation(EscalationKind kind, int? actionNumber, string raisedBy, string? text, DateTimeOffset now)
    {
        var number = State.Escalations.IsEmpty ? 1 : State.Escalations.Max(e => e.Number) + 1;
        var escalation = new FamilyEscalation
        {
            Number = number, Kind = kind, ActionNumber = actionNumber, RaisedBy = raisedBy, RaisedAt = now, Text = text,
            Organisation = EscalatedOrganisation(actionNumber),
        };
        State = State with { Escalations = State.Escalations.Add(escalation), UpdatedAt = now };
        Record(now, raisedBy, HistoryKind.Escalation, actionNumber, detail: $"{number}:{kind}");
        return number;
    }

    private void ReplaceAction(PlanAction old, PlanAction updated) =>
        State = State with { Actions = State.Actions.Replace(old, updated) };
}
