namespace CoordinatieBot.Domain;

/// <summary>Regie: exactly one regisseur at any time; a handover only takes effect when the receiver accepts.</summary>
public sealed partial class Family
{
    public DomainResult TakeRegie(Actor actor, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (State.Regisseur is { } current)
            return current.UserId == actor.UserId ? DomainError.AlreadyRegisseur : DomainError.RegieHeldByOther;
        if (State.FindMember(actor.UserId)!.Role == MemberRole.Observer) return DomainError.ObserverCannotLead;

        Apply(actor, now, State with { Regisseur = new RegieTerm { UserId = actor.UserId, Since = now } },
            HistoryKind.RegieTaken, subject: actor.UserId);
        Raise(new RegisseurBegan(actor.UserId));
        return DomainResult.Ok;
    }

    /// <summary>How long the regie has to be open before the procesmanager may appoint a regisseur.</summary>
    public static readonly TimeSpan AppointAfter = TimeSpan.FromDays(7);

    /// <summary>Since when nobody has had the regie: the last regisseur's end, or the start of the family.</summary>
    public static DateTimeOffset? RegieOpenSince(FamilyState state) =>
        state.Regisseur is not null ? null : state.PastRegisseurs.IsEmpty ? state.CreatedAt : state.PastRegisseurs.Max(t => t.Until ?? t.Since);

    /// <summary>
    /// The procesmanager (doorzettingsmacht) appoints a regisseur when nobody took the regie within <see cref="AppointAfter"/>.
    /// The caller has checked they are this family's procesmanager; they are no member, so it is recorded under their id.
    /// </summary>
    public DomainResult AppointRegisseur(string procesmanagerId, string userId, DateTimeOffset now)
    {
        if (State.Phase == FamilyPhase.Closed) return DomainError.FamilyClosed;
        if (State.Regisseur is not null) return DomainError.RegieHeldByOther;
        if (RegieOpenSince(State) is { } since && now - since < AppointAfter) return DomainError.RegieNotOpenLongEnough;
        if (State.FindMember(userId) is not { Active: true } member) return DomainError.UnknownPerson;
        if (member.Role == MemberRole.Observer) return DomainError.ObserverCannotLead;
        State = State with
        {
            Regisseur = new RegieTerm { UserId = userId, Since = now },
            PendingHandover = null,
            UpdatedAt = now,
            UpdatedBy = procesmanagerId,
            LastProgressAt = now,
        };
        Record(now, procesmanagerId, HistoryKind.RegieAppointed, subject: userId);
        Raise(new RegisseurBegan(userId));
        return DomainResult.Ok;
    }

    public DomainResult ProposeHandover(Actor actor, string toUserId, string? reason, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (State.Regisseur is not { } current) return DomainError.NoRegisseur;
        if (current.UserId != actor.UserId) return DomainError.OnlyRegisseurCanHandOver;
        if (toUserId == actor.UserId) return DomainError.HandoverToSelf;
        if (!State.IsActiveMember(toUserId)) return DomainError.UnknownPerson;
        if (State.FindMember(toUserId)!.Role == MemberRole.Observer) return DomainError.ObserverCannotLead;

        var handover = new RegieHandover { FromUserId = actor.UserId, ToUserId = toUserId, ProposedAt = now, Reason = reason?.Trim() };
        State = State with { PendingHandover = handover, UpdatedAt = now, UpdatedBy = actor.UserId };
        Record(now, actor.UserId, HistoryKind.RegieHandoverProposed, subject: toUserId, detail: handover.Reason);
        return DomainResult.Ok;
    }

    public DomainResult AcceptHandover(Actor actor, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (State.PendingHandover is not { } handover) return DomainError.NoPendingHandover;
        if (handover.ToUserId != actor.UserId) return DomainError.NotTheHandoverReceiver;

        var past = State.Regisseur is { } current ? State.PastRegisseurs.Add(current with { Until = now }) : State.PastRegisseurs;
        Apply(actor, now, State with
        {
            Regisseur = new RegieTerm { UserId = actor.UserId, Since = now, Reason = handover.Reason },
            PendingHandover = null,
            PastRegisseurs = past,
        }, HistoryKind.RegieHandoverAccepted, subject: handover.FromUserId);
        Raise(new RegieHandedOver(handover.FromUserId, actor.UserId));
        Raise(new RegisseurBegan(actor.UserId));
        return DomainResult.Ok;
    }

    /// <summary>"Regie blijft hier, omdat …": a decline needs a reason; the current regisseur stays.</summary>
    public DomainResult DeclineHandover(Actor actor, string? reason, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (State.PendingHandover is not { } handover) return DomainError.NoPendingHandover;
        if (handover.ToUserId != actor.UserId) return DomainError.NotTheHandoverReceiver;
        if (string.IsNullOrWhiteSpace(reason)) return DomainError.ReasonRequired;

        State = State with { PendingHandover = null, UpdatedAt = now, UpdatedBy = actor.UserId };
        Record(now, actor.UserId, HistoryKind.RegieHandoverDeclined, subject: handover.FromUserId, detail: reason.Trim());
        return DomainResult.Ok;
    }
}
