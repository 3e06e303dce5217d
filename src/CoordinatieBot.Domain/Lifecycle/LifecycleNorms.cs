using System.Globalization;

namespace CoordinatieBot.Domain;

/// <summary>
/// The time norms of a family's life, as timers (pure: the same state and moment give the same answer). Each is told once,
/// at the start of working hours on its day:
/// <list type="bullet">
/// <item>No plan discussed with the family <see cref="LifecycleOptions.PlanAgreedWithinDays"/> after the start (aangemeld only).</item>
/// <item>The evaluation, <see cref="LifecycleOptions.EvaluationAfterMonths"/> after the start, or at the end of the last
/// extension (then as "the extension ends"); it makes the family evaluatie until it is extended or closed.</item>
/// <item>The end of nazorg, <see cref="LifecycleOptions.NazorgMaxMonths"/> after it began: the family is gesloten.</item>
/// </list>
/// Counted from the day the family was started in the bot (the aanmelding), in Dutch dates.
/// </summary>
public sealed class LifecycleNorms(LifecycleOptions options, WorkCalendar calendar)
{
    public LifecycleOptions Options => options;

    public static DateOnly StartedOn(FamilyState f) => DutchTime.DateOf(f.CreatedAt);

    /// <summary>By when the plan should be discussed with the family; null once it was (or the family is past aangemeld).</summary>
    public DateOnly? PlanDueOn(FamilyState f) =>
        f.Phase == FamilyPhase.Registered && f.Plan.Agreement.Kind == AgreementKind.NotYetDiscussed
            ? StartedOn(f).AddDays(options.PlanAgreedWithinDays)
            : null;

    /// <summary>When the (next) evaluation is due while the support runs: the end of the last extension, else months after the start.</summary>
    public DateOnly? EvaluationDueOn(FamilyState f) =>
        f.Phase.IsRunning() ? f.Extensions.LastOrDefault()?.Until ?? StartedOn(f).AddMonths(options.EvaluationAfterMonths) : null;

    /// <summary>
    /// Until when the support runs after one more extension: counted on from the evaluation date (or the last extension's end),
    /// so extending a few days late does not shift it; from today when even that end would already be past.
    /// </summary>
    public DateOnly ExtendedUntil(FamilyState f, DateOnly today)
    {
        var until = (EvaluationDueOn(f) ?? today).AddMonths(options.ExtensionMonths);
        return until <= today ? today.AddMonths(options.ExtensionMonths) : until;
    }

    /// <summary>The last day of nazorg; null when the family is not in nazorg.</summary>
    public DateOnly? AftercareUntil(FamilyState f) =>
        f is { Phase: FamilyPhase.Aftercare, AftercareSince: { } since } ? DutchTime.DateOf(since).AddMonths(options.NazorgMaxMonths) : null;

    /// <summary>Until when nazorg would run if it began today (for what closing says).</summary>
    public DateOnly AftercareUntilFrom(DateOnly start) => start.AddMonths(options.NazorgMaxMonths);

    /// <summary>Open actions are chased in every phase before gesloten; those open when the family was closed lapsed with it.</summary>
    public static bool Chases(FamilyState f, PlanAction action) =>
        f.Phase.IsOpen() && !action.IsClosed && (!f.Phase.IsEnding() || f.ConcludedAt is not { } concluded || action.CreatedAt > concluded);

    /// <summary>The stall prompt is for running support, not for a quiet nazorg.</summary>
    public static bool WatchesStall(FamilyState f) => f.Phase.IsRunning();

    /// <summary>The lifecycle notices due at <paramref name="now"/> that were not told yet.</summary>
    public IEnumerable<DueNotice> Due(FamilyState f, DateTimeOffset now)
    {
        if (PlanCheckAt(f) is { } plan && plan <= now)
            yield return new DueNotice(NoticeKind.PlanNotAgreed, $"life:plan:{PlanDueOn(f):yyyyMMdd}");
        if (EvaluationCheckAt(f) is { } evaluation && evaluation <= now)
            yield return new DueNotice(f.Extensions.IsEmpty ? NoticeKind.EvaluationDue : NoticeKind.ExtensionEnded, $"life:evaluation:{EvaluationDueOn(f):yyyyMMdd}");
        if (AftercareCheckAt(f) is { } aftercare && aftercare <= now)
            yield return new DueNotice(NoticeKind.AftercareEnded, $"life:aftercare:{AftercareUntil(f):yyyyMMdd}");
    }

    /// <summary>The moments the lifecycle timers will next find something.</summary>
    public IEnumerable<DateTimeOffset> Moments(FamilyState f)
    {
        if (PlanCheckAt(f) is { } plan) yield return plan;
        if (EvaluationCheckAt(f) is { } evaluation) yield return evaluation;
        if (AftercareCheckAt(f) is { } aftercare) yield return aftercare;
    }

    /// <summary>The date a lifecycle notice's key names (see <see cref="Due"/>).</summary>
    public static DateOnly? NoticeDate(DueNotice notice) =>
        DateOnly.TryParseExact(notice.Key[(notice.Key.LastIndexOf(':') + 1)..], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private DateTimeOffset? PlanCheckAt(FamilyState f) =>
        f.PlanReminderSentAt is null && PlanDueOn(f) is { } due ? calendar.StartOfWork(due) : null;

    private DateTimeOffset? EvaluationCheckAt(FamilyState f) =>
        EvaluationDueOn(f) is { } due && f.EvaluationToldFor != due ? calendar.StartOfWork(due) : null;

    private DateTimeOffset? AftercareCheckAt(FamilyState f) =>
        AftercareUntil(f) is { } until ? calendar.StartOfWork(until) : null;
}
