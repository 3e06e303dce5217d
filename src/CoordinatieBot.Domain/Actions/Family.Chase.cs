namespace CoordinatieBot.Domain;

/// <summary>
/// What nobody chased before: the family's own actions (supported by a professional), the family that cannot be
/// reached, and whose delivery counts towards an organisation's pattern.
/// </summary>
public sealed partial class Family
{
    /// <summary>The history detail of an action added as the family's own (its subject is the supporting professional).</summary>
    public const string FamilyActionDetail = "family";

    /// <summary>"Niet bereikbaar sinds …": recorded with the day; said again with another day, the day is updated.</summary>
    public DomainResult RecordUnreachable(Actor actor, DateOnly since, DateOnly today, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (since > today) return DomainError.DateInPast;
        if (State.UnreachableSince == since) return DomainError.Unchanged;
        State = State with { UnreachableSince = since, UnreachableAskedAt = null, UpdatedAt = now, UpdatedBy = actor.UserId };
        Record(now, actor.UserId, HistoryKind.FamilyUnreachable, detail: since.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return DomainResult.Ok;
    }

    /// <summary>"Gezin weer bereikt": contact again; it counts as progress.</summary>
    public DomainResult RecordReached(Actor actor, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (State.UnreachableSince is null) return DomainError.Unchanged;
        Apply(actor, now, State with { UnreachableSince = null, UnreachableAskedAt = null }, HistoryKind.FamilyReached);
        return DomainResult.Ok;
    }

    /// <summary>
    /// The organisation an escalation about an action counts against: its owner's. Not for the family's own action:
    /// that one is the family's, supported by a professional, and not an organisation failing to deliver.
    /// </summary>
    private string? EscalatedOrganisation(int? actionNumber) =>
        actionNumber is { } n && State.FindAction(n) is { ForFamily: false } a ? State.FindMember(a.OwnerUserId)?.Organisation : null;
}
