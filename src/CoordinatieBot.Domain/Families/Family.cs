namespace CoordinatieBot.Domain;

/// <summary>
/// The family aggregate: the rules of "één gezin, één plan, één regisseur" over <see cref="FamilyState"/>.
/// Every change is checked here, applied as a new state, and recorded in <see cref="Changes"/> for the history.
/// </summary>
public sealed partial class Family
{
    public const int MaxAliasLength = 40;
    public const int MaxTextLength = 500;

    private readonly List<HistoryEntry> _changes = [];
    private readonly List<FamilyEvent> _events = [];

    public Family(FamilyState state)
    {
        State = state;
        Loaded = state;
    }

    public FamilyState State { get; private set; }

    /// <summary>The state as it was loaded (or started), before this instance's changes.</summary>
    public FamilyState Loaded { get; }

    /// <summary>Changes made since this instance was loaded, oldest first.</summary>
    public IReadOnlyList<HistoryEntry> Changes => _changes;

    /// <summary>What the changes since loading mean for people outside them, oldest first (see <see cref="FamilyEvent"/>).</summary>
    public IReadOnlyList<FamilyEvent> Events => _events;

    public string Id => State.Id;

    public static Family Start(string id, string alias, string tenantId, string conversationId, Actor starter, DateTimeOffset now, string? teamId = null)
    {
        var family = new Family(new FamilyState
        {
            Id = id,
            Alias = alias.Trim(),
            TenantId = tenantId,
            ConversationId = conversationId,
            TeamId = teamId,
            CreatedAt = now,
            UpdatedAt = now,
            UpdatedBy = starter.UserId,
            LastProgressAt = now,
            LastMessageAt = now,
            Phase = FamilyPhase.Registered,
        });
        family.EnsureMember(starter, now);
        family.Record(now, starter.UserId, HistoryKind.FamilyStarted);
        return family;
    }

    public static bool IsValidAlias(string alias) =>
        !string.IsNullOrWhiteSpace(alias) && alias.Trim().Length <= MaxAliasLength;

    /// <summary>A message in the thread: keeps "last message" for stall detection and makes the writer a member.</summary>
    public void NoteMessage(Actor actor, DateTimeOffset now)
    {
        EnsureMember(actor, now);
        State = State with { LastMessageAt = now };
    }

    public DomainResult SetLevel(Actor actor, FamilyLevel level, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (State.Level == level) return DomainError.Unchanged;
        var previous = State.Level;
        Apply(actor, now, State with { Level = level }, HistoryKind.LevelChanged, detail: $"{previous}->{level}");
        return DomainResult.Ok;
    }

    /// <summary>
    /// Closes the family with a reason (afgesloten; see <see cref="FamilyPhase"/>): nazorg begins once every goal has an
    /// outcome (<see cref="RecordOutcome"/>), at once when they have. Observers only look on, so they cannot; open actions must have an answer first, unless the
    /// closer said they lapse (<paramref name="openActionsLapse"/>), which is recorded with the reason.
    /// </summary>
    public DomainResult Close(Actor actor, string reason, DateTimeOffset now, bool openActionsLapse = false)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (State.FindMember(actor.UserId)!.Role == MemberRole.Observer) return DomainError.ObserverCannotLead;
        if (string.IsNullOrWhiteSpace(reason)) return DomainError.ReasonRequired;
        if (!State.Phase.IsRunning()) return DomainError.FamilyAlreadyConcluded;
        if (!openActionsLapse && State.Actions.Any(a => !a.IsClosed)) return DomainError.OpenActionsOnClose;
        Apply(actor, now, State with { Phase = FamilyPhase.Concluded, ConcludedAt = now, ClosedReason = reason.Trim() },
            HistoryKind.FamilyClosed, detail: reason.Trim());
        StartAftercareWhenOutcomesAreIn(actor, now);
        return DomainResult.Ok;
    }

    /// <summary>Only active members of an active family change it.</summary>
    private DomainResult Guard(Actor actor)
    {
        if (State.Phase == FamilyPhase.Closed) return DomainError.FamilyClosed;
        if (!State.IsActiveMember(actor.UserId)) return DomainError.NotAMember;
        return DomainResult.Ok;
    }

    private static DomainResult CheckText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return DomainError.EmptyText;
        if (text.Length > MaxTextLength) return DomainError.TextTooLong;
        return DomainResult.Ok;
    }

    /// <summary>Applies a change that counts as progress (plan, action or regie) and records it.</summary>
    private void Apply(Actor actor, DateTimeOffset now, FamilyState next, HistoryKind kind,
        int? actionNumber = null, string? subject = null, string? detail = null)
    {
        State = next with { UpdatedAt = now, UpdatedBy = actor.UserId, LastProgressAt = now };
        Record(now, actor.UserId, kind, actionNumber, subject, detail);
    }

    private void Raise(FamilyEvent e) => _events.Add(e);

    private void Record(DateTimeOffset now, string actorUserId, HistoryKind kind,
        int? actionNumber = null, string? subject = null, string? detail = null) =>
        _changes.Add(new HistoryEntry(now, actorUserId, kind, actionNumber, subject, detail));
}
