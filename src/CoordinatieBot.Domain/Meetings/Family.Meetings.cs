using System.Globalization;

namespace CoordinatieBot.Domain;

/// <summary>The casusoverleg: planning, moving and cancelling it, the agenda the morning of its day, and its decisions.</summary>
public sealed partial class Family
{
    /// <summary>How many decisions the handover summary and the history keep in view.</summary>
    public const int LastDecisionsShown = 5;

    /// <summary>
    /// The next planned casusoverleg on or after <paramref name="today"/>, or null; with <paramref name="after"/> (the time
    /// now), one of today only when it has not begun yet (moving or cancelling means the coming one).
    /// </summary>
    public static Meeting? NextMeeting(FamilyState s, DateOnly today, TimeOnly? after = null) =>
        s.Meetings.Where(m => m.IsPlanned && (m.Date > today || (m.Date == today && (after is not { } now || m.Time > now))))
            .OrderBy(m => m.Date).ThenBy(m => m.Time).FirstOrDefault();

    /// <summary>The last planned casusoverleg held on or before <paramref name="today"/> (its day included), or null.</summary>
    public static Meeting? LastHeldMeeting(FamilyState s, DateOnly today) =>
        s.Meetings.Where(m => m.IsPlanned && m.Date <= today).OrderBy(m => m.Date).ThenBy(m => m.Time).LastOrDefault();

    /// <summary>The last decisions, newest first.</summary>
    public static IReadOnlyList<MeetingDecision> LastDecisions(FamilyState s, int count = LastDecisionsShown) =>
        s.Decisions.OrderByDescending(d => d.DecidedAt).ThenByDescending(d => d.Number).Take(count).ToList();

    /// <summary>
    /// Plans a casusoverleg. Without <paramref name="invitedUserIds"/> every active member is invited. A date before today is refused.
    /// </summary>
    public DomainResult PlanMeeting(Actor actor, DateOnly date, TimeOnly time, IReadOnlyList<string>? invitedUserIds, bool? familyJoins,
        DateOnly today, DateTimeOffset now, out int number)
    {
        number = 0;
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (date < today) return DomainError.DateInPast;
        var invited = invitedUserIds is { Count: > 0 }
            ? invitedUserIds.Distinct().ToList()
            : State.Members.Where(m => m.Active).Select(m => m.UserId).ToList();
        number = State.Meetings.IsEmpty ? 1 : State.Meetings.Max(m => m.Number) + 1;
        var meeting = new Meeting
        {
            Number = number,
            Date = date,
            Time = time,
            InvitedUserIds = [.. invited],
            FamilyJoins = familyJoins,
            PlannedBy = actor.UserId,
            PlannedAt = now,
        };
        Apply(actor, now, State with { Meetings = State.Meetings.Add(meeting) }, HistoryKind.MeetingPlanned, detail: MeetingDetail(meeting));
        return DomainResult.Ok;
    }

    /// <summary>Moves a planned casusoverleg to another day or time; its agenda is sent again the morning of the new day.</summary>
    public DomainResult MoveMeeting(Actor actor, int number, DateOnly date, TimeOnly time, DateOnly today, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (State.Meetings.Find(m => m.Number == number) is not { IsPlanned: true } meeting) return DomainError.Unchanged;
        if (date < today) return DomainError.DateInPast;
        if (meeting.Date == date && meeting.Time == time) return DomainError.Unchanged;
        var moved = meeting with { Date = date, Time = time, AgendaSent = false };
        Apply(actor, now, State with { Meetings = State.Meetings.Replace(meeting, moved) }, HistoryKind.MeetingMoved, detail: MeetingDetail(moved));
        return DomainResult.Ok;
    }

    /// <summary>"Het casusoverleg gaat niet door": recorded, and no agenda is sent.</summary>
    public DomainResult CancelMeeting(Actor actor, int number, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (State.Meetings.Find(m => m.Number == number) is not { IsPlanned: true } meeting) return DomainError.Unchanged;
        var cancelled = meeting with { Status = MeetingStatus.Cancelled };
        Apply(actor, now, State with { Meetings = State.Meetings.Replace(meeting, cancelled) }, HistoryKind.MeetingCancelled, detail: MeetingDetail(cancelled));
        return DomainResult.Ok;
    }

    /// <summary>Whether the family joins a planned casusoverleg, said after it was planned.</summary>
    public DomainResult SetMeetingFamily(Actor actor, int number, bool familyJoins, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (State.Meetings.Find(m => m.Number == number) is not { IsPlanned: true } meeting) return DomainError.Unchanged;
        if (meeting.FamilyJoins == familyJoins) return DomainError.Unchanged;
        var updated = meeting with { FamilyJoins = familyJoins };
        Apply(actor, now, State with { Meetings = State.Meetings.Replace(meeting, updated) }, HistoryKind.MeetingUpdated, detail: MeetingDetail(updated));
        return DomainResult.Ok;
    }

    /// <summary>
    /// "besluit: …": kept with the last casusoverleg held (on or before today), or on its own when there was none yet.
    /// <paramref name="actionNumber"/> is the task it became (made through <see cref="AddAction"/> just before).
    /// </summary>
    public DomainResult RecordDecision(Actor actor, string text, string? ownerUserId, int? actionNumber, DateOnly today, DateTimeOffset now, out int number)
    {
        number = 0;
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (CheckText(text) is { Succeeded: false } bad) return bad;
        number = State.Decisions.IsEmpty ? 1 : State.Decisions.Max(d => d.Number) + 1;
        var decision = new MeetingDecision
        {
            Number = number,
            MeetingNumber = LastHeldMeeting(State, today)?.Number,
            Text = text.Trim(),
            OwnerUserId = ownerUserId,
            ActionNumber = actionNumber,
            DecidedBy = actor.UserId,
            DecidedAt = now,
        };
        Apply(actor, now, State with { Decisions = State.Decisions.Add(decision) }, HistoryKind.DecisionRecorded, actionNumber, ownerUserId,
            detail: decision.MeetingNumber is { } m ? $"{m}|{decision.Text}" : $"|{decision.Text}");
        return DomainResult.Ok;
    }

    /// <summary>
    /// After a handover: the new regisseur or the one who handed over says whether the family has met the new regisseur.
    /// Each answer is recorded (a later "ja" after "gepland" is news too).
    /// </summary>
    public DomainResult RecordFamilyMet(Actor actor, FamilyMetAnswer answer, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (State.Regisseur is not { } regisseur) return DomainError.NoRegisseur;
        var handedOverBy = State.PastRegisseurs.LastOrDefault()?.UserId;
        if (regisseur.UserId != actor.UserId && handedOverBy != actor.UserId) return DomainError.OnlyRegisseur;
        State = State with { UpdatedAt = now, UpdatedBy = actor.UserId };
        Record(now, actor.UserId, HistoryKind.FamilyMetNewRegisseur, subject: regisseur.UserId, detail: answer.ToString());
        return DomainResult.Ok;
    }

    /// <summary>
    /// Records that a casusoverleg's agenda was told (see <see cref="MeetingAgenda"/>). False when it already was, and when
    /// its day had passed (the bot was away that morning): then it is only no longer due, and the history does not say it was told.
    /// </summary>
    private bool MarkAgendaSent(string key, DateTimeOffset now)
    {
        if (MeetingAgenda.MeetingNumber(key) is not { } n || State.Meetings.Find(m => m.Number == n) is not { AgendaSent: false } meeting) return false;
        State = State with { Meetings = State.Meetings.Replace(meeting, meeting with { AgendaSent = true }) };
        return meeting.Date >= DutchTime.DateOf(now);
    }

    /// <summary>"3|2027-01-14|10:00|1": number, day, time and whether the family joins (1, 0 or ?), for the history.</summary>
    private static string MeetingDetail(Meeting m) =>
        string.Create(CultureInfo.InvariantCulture, $"{m.Number}|{m.Date:yyyy-MM-dd}|{m.Time:HH\\:mm}|{(m.FamilyJoins is { } f ? (f ? "1" : "0") : "?")}");
}
