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
            case NoticeKind.ReferralSilent when State.FindAction(notice.ActionNumber!.Value) is { ReferralCheckSent: false } a:
                ReplaceAction(a, a with { ReferralCheckSent = true });
                break;
            default:
                return false;
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
        ReplaceAction(action, action with { Step = LadderStep.Procesmanager });
        escalationNumber = OpenEscalation(EscalationKind.RegisseurEscalated, number, actor.UserId, null, now);
        return DomainResult.Ok;
    }

    /// <summary>"knelpunt" or "geen overeenstemming": straight to the procesmanager, outside the timers.</summary>
    public DomainResult Raise(Actor actor, EscalationKind kind, string text, DateTimeOffset now, out int escalationNumber)
    {
        escalationNumber = 0;
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (CheckText(text) is { Succeeded: false } bad) return bad;
        escalationNumber = OpenEscalation(kind, null, actor.UserId, text.Trim(), now);
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

        switch (kind)
        {
            case EscalationEventKind.DeadlineSet:
                if (newDeadline is not { } deadline) return DomainError.EmptyText;
                if (deadline < today) return DomainError.DateInPast;
                if (action is { IsClosed: false })
                    ReplaceAction(action, action with { Due = deadline, Step = null, Status = action.Status == ActionStatus.Waiting ? ActionStatus.Open : action.Status, UpdatedAt = now });
                break;
            case EscalationEventKind.Reassigned:
                if (action is null) return DomainError.NoSuchAction;
                if (reassignToUserId is null || CheckOwner(reassignToUserId) is { Succeeded: false }) return DomainError.UnknownPerson;
                ReplaceAction(action, action with { OwnerUserId = reassignToUserId, Step = null, UpdatedAt = now });
                break;
            case EscalationEventKind.DecisionRecorded or EscalationEventKind.EscalatedToBoard:
                if (CheckText(detail) is { Succeeded: false } bad) return bad;
                break;
            case EscalationEventKind.Deescalated when action is { IsClosed: false }:
                ReplaceAction(action, action with { Step = null });
                break;
        }

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
        return DomainResult.Ok;
    }

    private int OpenEscalation(EscalationKind kind, int? actionNumber, string raisedBy, string? text, DateTimeOffset now)
    {
        var number = State.Escalations.IsEmpty ? 1 : State.Escalations.Max(e => e.Number) + 1;
        var escalation = new FamilyEscalation { Number = number, Kind = kind, ActionNumber = actionNumber, RaisedBy = raisedBy, RaisedAt = now, Text = text };
        State = State with { Escalations = State.Escalations.Add(escalation), UpdatedAt = now };
        Record(now, raisedBy, HistoryKind.Escalation, actionNumber, detail: $"{number}:{kind}");
        return number;
    }

    private void ReplaceAction(PlanAction old, PlanAction updated) =>
        State = State with { Actions = State.Actions.Replace(old, updated) };
}
