namespace CoordinatieBot.Domain;

public sealed partial class Family
{
    /// <summary>
    /// Adds the person as a member when they are new or had left; refreshes a changed display name.
    /// <paramref name="addedByUserId"/> is who brought them in (e.g. by mentioning them), credited in the history.
    /// </summary>
    public bool EnsureMember(Actor person, DateTimeOffset now, string? addedByUserId = null)
    {
        var existing = State.FindMember(person.UserId);
        if (existing is { Active: true })
        {
            // A member added by a mention has no Entra id yet (a mention carries none): it is kept once Teams says it.
            var renamed = existing.Name != person.Name && !string.IsNullOrWhiteSpace(person.Name);
            var entraIdLearnt = existing.AadObjectId is null && person.AadObjectId is { Length: > 0 };
            if (renamed || entraIdLearnt)
                ReplaceMember(existing with
                {
                    Name = renamed ? person.Name : existing.Name,
                    AadObjectId = person.AadObjectId ?? existing.AadObjectId,
                });
            return false;
        }

        var member = existing is null
            ? new Member { UserId = person.UserId, AadObjectId = person.AadObjectId, Name = person.Name, JoinedAt = now }
            : existing with { Active = true, Name = person.Name, AadObjectId = person.AadObjectId ?? existing.AadObjectId, JoinedAt = now };
        State = existing is null
            ? State with { Members = State.Members.Add(member) }
            : State with { Members = State.Members.Replace(existing, member) };
        Record(now, addedByUserId ?? person.UserId, HistoryKind.MemberJoined, subject: person.UserId);
        Raise(new MemberJoined(person.UserId));
        return true;
    }

    /// <summary>
    /// A member left the thread: they lose access, a handover to or from them is dropped and, when they were
    /// regisseur, the regie is open again. Their open actions keep them as owner until someone takes each one.
    /// </summary>
    public bool RemoveMember(string userId, DateTimeOffset now)
    {
        var existing = State.FindMember(userId);
        if (existing is not { Active: true }) return false;
        ReplaceMember(existing with { Active = false });
        var pending = State.PendingHandover is { } h && (h.ToUserId == userId || h.FromUserId == userId);
        if (pending) State = State with { PendingHandover = null };
        Record(now, userId, HistoryKind.MemberLeft, subject: userId);
        var wasRegisseur = State.Regisseur is { } term && term.UserId == userId;
        if (wasRegisseur)
        {
            State = State with { Regisseur = null, PastRegisseurs = State.PastRegisseurs.Add(State.Regisseur! with { Until = now }), UpdatedAt = now };
            Record(now, BotActor, HistoryKind.RegieReleased, subject: userId);
        }
        Raise(new MemberLeft(userId, wasRegisseur));
        return true;
    }

    /// <summary>Open actions whose owner has left the thread: they need a new owner.</summary>
    public static IReadOnlyList<PlanAction> OrphanedActions(FamilyState state) =>
        [.. state.Actions.Where(a => !a.IsClosed && !state.IsActiveMember(a.OwnerUserId))];

    public DomainResult SetRole(Actor actor, MemberRole role, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        var member = State.FindMember(actor.UserId)!;
        if (member.Role == role) return DomainError.Unchanged;
        ReplaceMember(member with { Role = role });
        Record(now, actor.UserId, HistoryKind.MemberUpdated, subject: actor.UserId, detail: $"role={role}");
        return DomainResult.Ok;
    }

    /// <summary>
    /// Sets the member's organisation. When consent was recorded and does not name that organisation,
    /// a reason is required (e.g. child safety); it is recorded as a consent exception.
    /// </summary>
    public DomainResult SetOrganisation(Actor actor, string organisation, string? reasonOutsideConsent, DateOnly today, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (CheckText(organisation) is { Succeeded: false } bad) return bad;
        organisation = organisation.Trim();
        var member = State.FindMember(actor.UserId)!;
        if (string.Equals(member.Organisation, organisation, StringComparison.OrdinalIgnoreCase)) return DomainError.Unchanged;

        if (!IsCoveredByConsent(organisation, today))
        {
            if (string.IsNullOrWhiteSpace(reasonOutsideConsent)) return DomainError.OrganisationWithoutConsent;
            Record(now, actor.UserId, HistoryKind.ConsentExceptionRecorded, subject: actor.UserId,
                detail: $"{organisation}: {reasonOutsideConsent.Trim()}");
            Raise(new OrganisationOutsideConsent(actor.UserId, organisation));
        }

        ReplaceMember(member with { Organisation = organisation });
        Record(now, actor.UserId, HistoryKind.MemberUpdated, subject: actor.UserId, detail: $"organisation={organisation}");
        return DomainResult.Ok;
    }

    /// <summary>
    /// Someone who joined after the family's consent was recorded and has not said which organisation they are from:
    /// they are asked that (and, outside the consent, why they take part) before they see the plan.
    /// </summary>
    public static bool MustIntroduce(FamilyState state, string userId) =>
        !state.Consents.IsEmpty && state.FindMember(userId) is { Active: true, Organisation: null } member &&
        member.JoinedAt > state.Consents.Min(c => c.RecordedAt);

    /// <summary>No consent recorded yet means nothing to check against; otherwise a valid consent must name the organisation.</summary>
    public bool IsCoveredByConsent(string organisation, DateOnly today) =>
        State.Consents.IsEmpty || State.Consents.Any(c => c.IsValidOn(today) && c.Covers(organisation));

    private void ReplaceMember(Member updated)
    {
        var old = State.FindMember(updated.UserId)!;
        State = State with { Members = State.Members.Replace(old, updated) };
    }
}
