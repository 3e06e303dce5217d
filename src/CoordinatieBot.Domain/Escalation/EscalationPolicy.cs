namespace CoordinatieBot.Domain;

/// <summary>
/// When does a family need attention, and what is due now? Pure: the same state and moment give the same answer.
/// Waiting is not overdue: lateness of a waiting action counts from its expected date, not its due date.
/// </summary>
public sealed class EscalationPolicy(EscalationOptions options)
{
    private readonly WorkCalendar _calendar = options.Calendar();

    public EscalationOptions Options => options;

    public WorkCalendar Calendar => _calendar;

    /// <summary>Everything due at <paramref name="now"/> that was not told yet: for each action only its highest step reached.</summary>
    public IReadOnlyList<DueNotice> Evaluate(FamilyState family, DateTimeOffset now)
    {
        if (family.Phase != FamilyPhase.Active) return [];
        var today = DutchTime.DateOf(now);
        var notices = new List<DueNotice>();
        foreach (var action in family.Actions.Where(a => !a.IsClosed))
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
                notices.Add(new DueNotice(NoticeKind.ReferralSilent, $"a{action.Number}:referral", action.Number));
        }
        if (StallCheckAt(family) is { } stall && stall <= now)
            notices.Add(new DueNotice(NoticeKind.Stall, $"stall:{LastActivity(family).UtcTicks}"));
        return notices;
    }

    /// <summary>The next moment <see cref="Evaluate"/> would find something new, or null when nothing is scheduled.</summary>
    public DateTimeOffset? NextCheck(FamilyState family)
    {
        if (family.Phase != FamilyPhase.Active) return null;
        var moments = new List<DateTimeOffset>();
        foreach (var action in family.Actions.Where(a => !a.IsClosed))
        {
            if (WaitingCheckAt(action) is { } w) moments.Add(w);
            if (NextStep(action) is { } next) moments.Add(StepMoment(action, next));
            if (ReferralCheckAt(action) is { } r) moments.Add(r);
        }
        if (StallCheckAt(family) is { } s) moments.Add(s);
        return moments.Count == 0 ? null : moments.Min();
    }

    /// <summary>The date lateness counts from: the due date, or the end of waiting when that is later.</summary>
    public static DateOnly? EffectiveDue(PlanAction action) =>
        action.Status == ActionStatus.Waiting && action.WaitingUntil is { } until && (action.Due is not { } due || until > due)
            ? until
            : action.Due;

    private LadderStep? StepReached(PlanAction action, DateOnly today)
    {
        if (EffectiveDue(action) is not { } due || today < due) return null;
        var late = _calendar.WorkingDaysBetween(due, today);
        if (late >= options.ProcesmanagerAfterWorkingDays) return LadderStep.Procesmanager;
        if (late >= options.RegisseurOptionsAfterWorkingDays) return LadderStep.RegisseurOptions;
        if (late >= options.ReminderAfterWorkingDays) return LadderStep.Late;
        return LadderStep.Due;
    }

    private LadderStep? NextStep(PlanAction action)
    {
        if (EffectiveDue(action) is null) return null;
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

    private DateTimeOffset? ReferralCheckAt(PlanAction action) =>
        action is { ReferrerUserId: not null, ReferralCheckSent: false, Status: ActionStatus.Open } && action.UpdatedAt <= action.CreatedAt
            ? _calendar.StartOfWork(DutchTime.DateOf(action.CreatedAt).AddDays(options.ReferralFeedbackAfterDays))
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
