namespace CoordinatieBot.Domain;

/// <summary>
/// When does a family need attention, and what is due now? Pure: the same state and moment give the same answer.
/// Lateness counts from <see cref="PlanAction.LatenessCountsFrom"/>: waiting without a date is never late, an
/// expected date (waiting, bezig) or a restart of the ladder moves the count on.
/// </summary>
public sealed class EscalationPolicy(EscalationOptions options)
{
    private readonly WorkCalendar _calendar = options.Calendar();
    private LifecycleNorms? _lifecycle;

    public EscalationOptions Options => options;

    public WorkCalendar Calendar => _calendar;

    /// <summary>The time norms of the family's life (plan, evaluation, extension, nazorg).</summary>
    public LifecycleNorms Lifecycle => _lifecycle ??= new LifecycleNorms(options.Lifecycle, _calendar);

    /// <summary>Everything due at <paramref name="now"/> that was not told yet: for each action only its highest step reached.</summary>
    public IReadOnlyList<DueNotice> Evaluate(FamilyState family, DateTimeOffset now)
    {
        var notices = new List<DueNotice>();
        // Told even after closing: a procesmanager's outcome or a "moves again" waits for working hours, not for the family.
        foreach (var pending in family.PendingNotices.Where(p => p.At <= now))
            notices.Add(new DueNotice(NoticeKind.Pending, pending.Key, pending.ActionNumber, pending.FromStep));
        if (!family.Phase.IsOpen()) return notices;
        var today = DutchTime.DateOf(now);
        foreach (var action in family.Actions.Where(a => LifecycleNorms.Chases(family, a)))
        {
            var waitingEnded = WaitingCheckAt(action) is { } waitingCheck && waitingCheck <= now;
            if (waitingEnded)
                notices.Add(new DueNotice(NoticeKind.WaitingEnded, $"a{action.Number}:wait:{action.WaitingUntil:yyyyMMdd}", action.Number));
            // The "what now?" question after waiting is that day's reminder: no second one about the same action.
            if (StepReached(action, today) is { } step && (action.Step is null || step > action.Step) && StepMoment(action, step) <= now
                && !(waitingEnded && step == LadderStep.Due))
                notices.Add(new DueNotice(NoticeKind.Ladder, $"a{action.Number}:s{(int)step}:{EffectiveDue(action):yyyyMMdd}", action.Number, step,
                    _calendar.WorkingDaysBetween(EffectiveDue(action)!.Value, today)));
            if (ReferralCheckAt(action) is { } referralCheck && referralCheck <= now)
                notices.Add(new DueNotice(NoticeKind.ReferralSilent, $"a{action.Number}:referral:{action.UpdatedAt.UtcTicks}", action.Number));
            if (StillWaitingCheckAt(action) is { } stillWaiting && stillWaiting <= now)
                notices.Add(new DueNotice(NoticeKind.StillWaiting, $"a{action.Number}:stillwaiting:{DutchTime.DateOf(stillWaiting):yyyyMMdd}", action.Number));
            if (DatelessCheckAt(action) is { } dateless && dateless <= now)
                notices.Add(new DueNotice(NoticeKind.DatelessAsked, $"a{action.Number}:dateless:{action.UpdatedAt.UtcTicks}", action.Number));
        }
        if (UnreachableCheckAt(family) is { } unreachable && unreachable <= now)
            notices.Add(new DueNotice(NoticeKind.Unreachable, $"unreachable:{family.UnreachableSince:yyyyMMdd}"));
        notices.AddRange(MeetingAgenda.Due(family, now, _calendar));
        if (LifecycleNorms.WatchesStall(family) && StallCheckAt(family) is { } stall && stall <= now)
            notices.Add(new DueNotice(NoticeKind.Stall, $"stall:{LastActivity(family).UtcTicks}"));
        notices.AddRange(Lifecycle.Due(family, now));
        return notices;
    }

    /// <summary>The next moment <see cref="Evaluate"/> would find something new, or null when nothing is scheduled.</summary>
    public DateTimeOffset? NextCheck(FamilyState family)
    {
        var moments = family.PendingNotices.Select(p => p.At).ToList();
        if (family.Phase.IsOpen())
        {
            foreach (var action in family.Actions.Where(a => LifecycleNorms.Chases(family, a)))
            {
                if (WaitingCheckAt(action) is { } w) moments.Add(w);
                if (NextStep(action) is { } next) moments.Add(StepMoment(action, next));
                if (ReferralCheckAt(action) is { } r) moments.Add(r);
                if (StillWaitingCheckAt(action) is { } sw) moments.Add(sw);
                if (DatelessCheckAt(action) is { } dl) moments.Add(dl);
            }
            if (UnreachableCheckAt(family) is { } u) moments.Add(u);
            moments.AddRange(MeetingAgenda.Moments(family, _calendar));
            if (LifecycleNorms.WatchesStall(family) && StallCheckAt(family) is { } s) moments.Add(s);
            moments.AddRange(Lifecycle.Moments(family));
        }
        return moments.Count == 0 ? null : moments.Min();
    }

    /// <summary>The date lateness counts from, or null when the action cannot be late.</summary>
    public static DateOnly? EffectiveDue(PlanAction action) => action.LatenessCountsFrom();

    /// <summary>A referral is asked about when nobody has been asked since its last news.</summary>
    public static bool ReferralNeedsAsking(PlanAction action)
    {
        var lastAsked = action.ReferralAskedAt ?? (action.ReferralCheckSent ? action.CreatedAt : (DateTimeOffset?)null);
        return lastAsked is null || lastAsked < action.UpdatedAt;
    }

    private LadderStep? StepReached(PlanAction action, DateOnly today)
    {
        if (EffectiveDue(action) is not { } due || today < due) return null;
        var late = _calendar.WorkingDaysBetween(due, today);
        // The family's own action ("huiswerk") climbs no further than the regisseur: the ladder is about professionals'
        // delivery, and a family that needs more time needs support, not a procesmanager told an organisation fails.
        // Due: its supporting professional hears it; Late: again, and the regisseur is informed. Stall detection still
        // watches the family as a whole.
        if (action.ForFamily) return late >= options.ReminderAfterWorkingDays ? LadderStep.Late : LadderStep.Due;
        if (late >= options.ProcesmanagerAfterWorkingDays) return LadderStep.Procesmanager;
        if (late >= options.RegisseurOptionsAfterWorkingDays) return LadderStep.RegisseurOptions;
        if (late >= options.ReminderAfterWorkingDays) return LadderStep.Late;
        return LadderStep.Due;
    }

    private LadderStep? NextStep(PlanAction action)
    {
        if (EffectiveDue(action) is null) return null;
        if (action.ForFamily && action.Step >= LadderStep.Late) return null;
        return action.Step switch
        {
            null => LadderStep.Due,
            LadderStep.Due => LadderStep.Late,
            LadderStep.Late => LadderStep.RegisseurOptions,
            LadderStep.RegisseurOptions => LadderStep.Procesmanager,
            _ => null,
        };
    }

    private DateTimeOffset StepMoment(PlanAction action, LadderStep step)
    {
        var due = EffectiveDue(action)!.Value;
        var day = step switch
        {
            LadderStep.Due => due,
            LadderStep.Late => _calendar.AddWorkingDays(due, options.ReminderAfterWorkingDays),
            LadderStep.RegisseurOptions => _calendar.AddWorkingDays(due, options.RegisseurOptionsAfterWorkingDays),
            _ => _calendar.AddWorkingDays(due, options.ProcesmanagerAfterWorkingDays),
        };
        return _calendar.StartOfWork(day);
    }

    private DateTimeOffset? WaitingCheckAt(PlanAction action) =>
        action is { Status: ActionStatus.Waiting, WaitingUntil: { } until, WaitingCheckSent: false } ? _calendar.StartOfWork(until) : null;

    /// <summary>Waiting without a date: every few weeks, counted from the last news or the last time it was asked.</summary>
    private DateTimeOffset? StillWaitingCheckAt(PlanAction action)
    {
        if (!action.IsWaitingWithoutDate) return null;
        var since = action.WaitingAskedAt is { } asked && asked > action.UpdatedAt ? asked : action.UpdatedAt;
        return _calendar.StartOfWork(DutchTime.DateOf(since).AddDays(options.WaitingCheckAfterDays));
    }

    /// <summary>No news on a referral for a while, first after it was made and again after each bit of news ("bezig").</summary>
    private DateTimeOffset? ReferralCheckAt(PlanAction action) =>
        action is { ReferrerUserId: not null, Status: ActionStatus.Open or ActionStatus.InProgress } && ReferralNeedsAsking(action)
            ? _calendar.StartOfWork(DutchTime.DateOf(action.UpdatedAt).AddDays(options.ReferralFeedbackAfterDays))
            : null;

    /// <summary>
    /// An action without a due date is nobody's late task, so "niemand is verantwoordelijk" (004, l. 711): its owner is
    /// asked for a date some days after it was made, once, and again only after news (a status or owner change).
    /// Waiting actions have their own question; "bezig" with an expected date has a date.
    /// </summary>
    private DateTimeOffset? DatelessCheckAt(PlanAction action)
    {
        if (action is not { Due: null, Status: ActionStatus.Open or ActionStatus.InProgress } || action.ExpectedOn is not null || !DateNeedsAsking(action)) return null;
        return _calendar.StartOfWork(DutchTime.DateOf(action.UpdatedAt).AddDays(options.DatelessAskAfterDays));
    }

    /// <summary>Nobody was asked for a date since the action's last news.</summary>
    public static bool DateNeedsAsking(PlanAction action) => action.DateAskedAt is not { } asked || asked < action.UpdatedAt;

    /// <summary>Not reached for some working days (001, l. 2066: the main reason help fails): the regisseur is asked, once per date.</summary>
    private DateTimeOffset? UnreachableCheckAt(FamilyState family) =>
        family is { UnreachableSince: { } since, UnreachableAskedAt: null }
            ? _calendar.StartOfWork(_calendar.AddWorkingDays(since, options.UnreachableAskAfterWorkingDays))
            : null;

    private DateTimeOffset? StallCheckAt(FamilyState family)
    {
        var last = LastActivity(family);
        if (family.StallPromptedAt is { } prompted && prompted >= last) return null;
        return _calendar.StartOfWork(DutchTime.DateOf(last).AddDays(options.StallAfterDays));
    }

    public static DateTimeOffset LastActivity(FamilyState family) =>
        family.LastProgressAt > family.LastMessageAt ? family.LastProgressAt : family.LastMessageAt;
}
