namespace CoordinatieBot.Domain;

/// <summary>Actions: who does what by when, and where it stands.</summary>
public sealed partial class Family
{
    public DomainResult AddAction(Actor actor, string ownerUserId, string description, DateOnly? due, bool urgent,
        DateOnly today, DateTimeOffset now, out int number) =>
        AddAction(actor, ownerUserId, description, due, urgent, referral: false, today, now, out number);

    /// <summary>Adds an action; a referral (verwijzing) remembers its referrer, so silence about it is noticed.</summary>
    /// <param name="sourceMessageId">The typed message that made it (its recorded key), so an edit of that message can update it.</param>
    public DomainResult AddAction(Actor actor, string ownerUserId, string description, DateOnly? due, bool urgent, bool referral,
        DateOnly today, DateTimeOffset now, out int number, string? sourceMessageId = null) =>
        AddAction(actor, ownerUserId, description, due, urgent, referral, leefgebied: null, today, now, out number, sourceMessageId);

    /// <summary>As above, with the leefgebied the action serves (optional: one of the plan's, as the form offers them).</summary>
    public DomainResult AddAction(Actor actor, string ownerUserId, string description, DateOnly? due, bool urgent, bool referral,
        string? leefgebied, DateOnly today, DateTimeOffset now, out int number, string? sourceMessageId = null, bool forFamily = false)
    {
        number = 0;
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (CheckText(description) is { Succeeded: false } bad) return bad;
        if (CheckOwner(ownerUserId) is { Succeeded: false } badOwner) return badOwner;
        if (!string.IsNullOrWhiteSpace(leefgebied) && CheckText(leefgebied) is { Succeeded: false } badLeefgebied) return badLeefgebied;
        if (due is { } d && d < today) return DomainError.DateInPast;

        number = State.NextActionNumber;
        var action = new PlanAction
        {
            Number = number, Description = description.Trim(), OwnerUserId = ownerUserId, Due = due, Urgent = urgent,
            CreatedAt = now, CreatedBy = actor.UserId, UpdatedAt = now,
            ReferrerUserId = referral ? actor.UserId : null,
            Leefgebied = string.IsNullOrWhiteSpace(leefgebied) ? null : leefgebied.Trim(),
            SourceMessageId = sourceMessageId,
            ForFamily = forFamily,
        };
        Apply(actor, now, State with { Actions = State.Actions.Add(action), NextActionNumber = number + 1 },
            HistoryKind.ActionAdded, number, ownerUserId, forFamily ? FamilyActionDetail : null);
        return DomainResult.Ok;
    }

    public DomainResult MarkDone(Actor actor, int number, DateTimeOffset now) =>
        ChangeAction(actor, number, now, HistoryKind.ActionStatusChanged, a => a with { Status = ActionStatus.Done, Step = null }, nameof(ActionStatus.Done));

    /// <summary>Bezig: the owner is on it. Lateness is not undone by that, so the ladder step stays.</summary>
    public DomainResult MarkInProgress(Actor actor, int number, DateTimeOffset now) =>
        ChangeAction(actor, number, now, HistoryKind.ActionStatusChanged, a => a with { Status = ActionStatus.InProgress }, nameof(ActionStatus.InProgress));

    /// <summary>Bezig, expected done on <paramref name="expected"/>: the ladder pauses until that date.</summary>
    public DomainResult MarkInProgress(Actor actor, int number, DateOnly expected, DateOnly today, DateTimeOffset now)
    {
        if (expected < today) return DomainError.DateInPast;
        return ChangeAction(actor, number, now, HistoryKind.ActionStatusChanged,
            a => a with { Status = ActionStatus.InProgress, ExpectedOn = expected, WaitingOn = null, WaitingUntil = null, Step = null },
            $"{nameof(ActionStatus.InProgress)}: {expected:yyyy-MM-dd}");
    }

    /// <summary>Wacht op: waiting on an outside party; not overdue until <paramref name="until"/>.</summary>
    public DomainResult MarkWaiting(Actor actor, int number, string party, DateOnly? until, DateOnly today, DateTimeOffset now)
    {
        if (CheckText(party) is { Succeeded: false } bad) return bad;
        if (until is { } u && u < today) return DomainError.DateInPast;
        return ChangeAction(actor, number, now, HistoryKind.ActionStatusChanged,
            a => a with { Status = ActionStatus.Waiting, WaitingOn = party.Trim(), WaitingUntil = until, WaitingCheckSent = false, WaitingAskedAt = null, ExpectedOn = null, Step = null }, $"{ActionStatus.Waiting}: {party.Trim()}");
    }

    public DomainResult MarkNotPossible(Actor actor, int number, string reason, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason)) return DomainError.ReasonRequired;
        if (CheckText(reason) is { Succeeded: false } bad) return bad;
        return ChangeAction(actor, number, now, HistoryKind.ActionStatusChanged,
            a => a with { Status = ActionStatus.NotPossible, Reason = reason.Trim(), Step = null }, $"{ActionStatus.NotPossible}: {reason.Trim()}");
    }

    /// <summary>A new date; the action is open again (a waiting action stops waiting). An escalated action needs a reason.</summary>
    public DomainResult Reschedule(Actor actor, int number, DateOnly due, string? reason, DateOnly today, DateTimeOffset now)
    {
        if (due < today) return DomainError.DateInPast;
        if (State.FindAction(number) is { Step: not null } && string.IsNullOrWhiteSpace(reason)) return DomainError.ReasonRequired;
        return ChangeAction(actor, number, now, HistoryKind.ActionRescheduled, a => a with
        {
            Due = due,
            Reason = reason?.Trim() ?? a.Reason,
            Status = a.Status == ActionStatus.Waiting ? ActionStatus.Open : a.Status,
            WaitingOn = null,
            WaitingUntil = null,
            ExpectedOn = null,
            ClockRestartedOn = null,
            Step = null,
        }, $"{due:yyyy-MM-dd}{(string.IsNullOrWhiteSpace(reason) ? "" : ": " + reason.Trim())}");
    }

    /// <summary>The open task made by the typed message <paramref name="sourceMessageId"/>, if any.</summary>
    public static PlanAction? ActionFromMessage(FamilyState state, string sourceMessageId) =>
        state.Actions.Find(a => !a.IsClosed && string.Equals(a.SourceMessageId, sourceMessageId, StringComparison.Ordinal));

    /// <summary>
    /// Its writer edited the message that made the task and chose to bring the task in line: new words, owner and/or
    /// date (null: unchanged). A new date follows the rules of <see cref="Reschedule"/> (not in the past; a reason once
    /// the ladder has spoken), a new owner those of <see cref="Reassign"/>. One history entry says what changed.
    /// </summary>
    public DomainResult UpdateAction(Actor actor, int number, string? description, string? ownerUserId, DateOnly? due, DateOnly today, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (State.FindAction(number) is not { } action) return DomainError.NoSuchAction;
        if (action.IsClosed) return DomainError.ActionClosed;
        if (description is not null && CheckText(description) is { Succeeded: false } bad) return bad;
        if (ownerUserId is not null && ownerUserId != action.OwnerUserId && CheckOwner(ownerUserId) is { Succeeded: false } badOwner) return badOwner;
        var newWords = description is not null && description.Trim() != action.Description;
        var newOwner = ownerUserId is not null && ownerUserId != action.OwnerUserId;
        var newDate = due is not null && due != action.Due;
        if (!newWords && !newOwner && !newDate) return DomainError.Unchanged;
        if (newDate && due < today) return DomainError.DateInPast;
        if (newDate && action.Step is not null) return DomainError.ReasonRequired;

        var changed = action;
        if (newWords) changed = changed with { Description = description!.Trim() };
        if (newDate)
        {
            changed = changed with
            {
                Due = due,
                Status = changed.Status == ActionStatus.Waiting ? ActionStatus.Open : changed.Status,
                WaitingOn = null,
                WaitingUntil = null,
                ExpectedOn = null,
                ClockRestartedOn = null,
                Step = null,
            };
        }
        if (newOwner) changed = RestartClock(changed, DutchTime.DateOf(now)) with { OwnerUserId = ownerUserId! };
        changed = changed with { UpdatedAt = now };
        var what = string.Join(",", new[] { newWords ? "words" : null, newOwner ? "owner" : null, newDate ? $"due={due:yyyy-MM-dd}" : null }.OfType<string>());
        Apply(actor, now, State with { Actions = State.Actions.Replace(action, changed) }, HistoryKind.ActionUpdated, number,
            newOwner ? ownerUserId : action.OwnerUserId, what);
        AfterActionMoved(action, changed, actor.UserId, now);
        return DomainResult.Ok;
    }

    public DomainResult Reassign(Actor actor, int number, string toUserId, DateTimeOffset now)
    {
        if (CheckOwner(toUserId) is { Succeeded: false } badOwner) return badOwner;
        if (State.FindAction(number) is { } a && a.OwnerUserId == toUserId) return DomainError.Unchanged;
        return ChangeAction(actor, number, now, HistoryKind.ActionReassigned, a => RestartClock(a, DutchTime.DateOf(now)) with { OwnerUserId = toUserId }, null, toUserId);
    }

    /// <summary>The new owner of an action confirms it is theirs.</summary>
    public DomainResult AcceptAction(Actor actor, int number, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (State.FindAction(number) is not { } action) return DomainError.NoSuchAction;
        if (action.IsClosed) return DomainError.ActionClosed;
        if (action.OwnerUserId != actor.UserId) return DomainError.NotTheOwner;
        State = State with { UpdatedAt = now, UpdatedBy = actor.UserId };
        Record(now, actor.UserId, HistoryKind.ActionAccepted, number, actor.UserId);
        return DomainResult.Ok;
    }

    /// <summary>"Niet van mij": the owner says the action is not theirs, with a reason; it stays theirs until the regisseur moves it.</summary>
    public DomainResult DeclineAction(Actor actor, int number, string? reason, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (State.FindAction(number) is not { } action) return DomainError.NoSuchAction;
        if (action.IsClosed) return DomainError.ActionClosed;
        if (action.OwnerUserId != actor.UserId) return DomainError.NotTheOwner;
        if (string.IsNullOrWhiteSpace(reason)) return DomainError.ReasonRequired;
        if (CheckText(reason) is { Succeeded: false } bad) return bad;
        State = State with { Actions = State.Actions.Replace(action, action with { Reason = reason.Trim(), UpdatedAt = now }), UpdatedAt = now, UpdatedBy = actor.UserId };
        Record(now, actor.UserId, HistoryKind.ActionDeclined, number, actor.UserId, reason.Trim());
        return DomainResult.Ok;
    }

    /// <summary>
    /// The ladder starts again today (de-escalated, reassigned): lateness counts from today, and the reminder of
    /// the due date counts as given, because whoever holds the action has just heard of it.
    /// </summary>
    private static PlanAction RestartClock(PlanAction a, DateOnly today) =>
        a.LatenessCountsFrom() is { } from && from <= today
            ? a with { ClockRestartedOn = today, Step = LadderStep.Due }
            : a with { Step = null };

    private DomainResult CheckOwner(string userId)
    {
        var owner = State.FindMember(userId);
        if (owner is not { Active: true }) return DomainError.UnknownPerson;
        if (owner.Role == MemberRole.Observer) return DomainError.ObserverCannotOwnAction;
        return DomainResult.Ok;
    }

    private DomainResult ChangeAction(Actor actor, int number, DateTimeOffset now, HistoryKind kind,
        Func<PlanAction, PlanAction> change, string? detail, string? subject = null)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (State.FindAction(number) is not { } action) return DomainError.NoSuchAction;
        if (action.IsClosed) return DomainError.ActionClosed;

        var changed = change(action) with { UpdatedAt = now };
        if (changed == action with { UpdatedAt = now }) return DomainError.Unchanged;
        Apply(actor, now, State with { Actions = State.Actions.Replace(action, changed) }, kind, number, subject ?? action.OwnerUserId, detail);
        AfterActionMoved(action, changed, actor.UserId, now);
        return DomainResult.Ok;
    }
}
