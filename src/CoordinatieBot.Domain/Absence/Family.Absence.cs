namespace CoordinatieBot.Domain;

/// <summary>Absence with a vervanger: recorded per family, ends by itself, or earlier with "ik ben terug".</summary>
public sealed partial class Family
{
    /// <summary>
    /// Records that <paramref name="actor"/> is away until <paramref name="backOn"/> (the first day back), with a
    /// vervanger who must be another active member of this family (privacy: only members see its plan), or none.
    /// </summary>
    public DomainResult RecordAbsence(Actor actor, DateOnly backOn, string? coverUserId, DateOnly today, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (backOn <= today) return DomainError.DateInPast;
        if (coverUserId is not null)
        {
            if (coverUserId == actor.UserId) return DomainError.CoverIsSelf;
            if (State.FindMember(coverUserId) is not { Active: true } cover || cover.Role == MemberRole.Observer) return DomainError.CoverNotAMember;
        }
        var absence = new Absence { UserId = actor.UserId, BackOn = backOn, CoverUserId = coverUserId, RecordedAt = now };
        var others = State.Absences.RemoveAll(a => a.UserId == actor.UserId || !a.IsActiveOn(today));
        State = State with { Absences = others.Add(absence), UpdatedAt = now, UpdatedBy = actor.UserId };
        Record(now, actor.UserId, HistoryKind.AbsenceRecorded, subject: coverUserId, detail: backOn.ToString("yyyy-MM-dd"));
        return DomainResult.Ok;
    }

    /// <summary>"ik ben terug": the absence ends now; everything goes to the person again.</summary>
    public DomainResult EndAbsence(Actor actor, DateOnly today, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (ActiveAbsence(State, actor.UserId, today) is not { } absence) return DomainError.Unchanged;
        State = State with { Absences = State.Absences.Remove(absence), UpdatedAt = now, UpdatedBy = actor.UserId };
        Record(now, actor.UserId, HistoryKind.AbsenceEnded);
        return DomainResult.Ok;
    }

    /// <summary>The person's absence in this family on <paramref name="today"/>, if any.</summary>
    public static Absence? ActiveAbsence(FamilyState state, string userId, DateOnly today) =>
        state.Absences.Find(a => a.UserId == userId && a.IsActiveOn(today));

    /// <summary>
    /// Who gets what is meant for <paramref name="userId"/> today: the vervanger while they are away (when still an
    /// active member), else the regisseur when that is someone else, else the person themselves.
    /// </summary>
    public static string StandInFor(FamilyState state, string userId, DateOnly today)
    {
        if (ActiveAbsence(state, userId, today) is not { } absence) return userId;
        if (absence.CoverUserId is { } cover && state.IsActiveMember(cover)) return cover;
        if (state.Regisseur is { } r && r.UserId != userId && state.IsActiveMember(r.UserId)) return r.UserId;
        return userId;
    }
}
