using System.Collections.Immutable;

namespace CoordinatieBot.Domain;

/// <summary>Everything known about one family, as plain immutable data: what storage keeps and cards show.</summary>
public sealed record FamilyState
{
    public required string Id { get; init; }
    /// <summary>An alias or case code, never a full name or BSN.</summary>
    public required string Alias { get; init; }
    public FamilyLevel Level { get; init; } = FamilyLevel.Regulier;
    public FamilyPhase Phase { get; init; } = FamilyPhase.Active;
    /// <summary>The language the family reads (their own version of the plan); Dutch unless set, also for states stored before it existed.</summary>
    public FamilyLanguage FamilyLanguage { get; init; } = FamilyLanguage.Dutch;
    public required string TenantId { get; init; }
    public required string ConversationId { get; init; }
    /// <summary>The Teams team of a channel thread (for the team's procesmanager); null for group chats.</summary>
    public string? TeamId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public string? UpdatedBy { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public string? ClosedReason { get; init; }

    public ImmutableList<Member> Members { get; init; } = [];
    public RegieTerm? Regisseur { get; init; }
    public RegieHandover? PendingHandover { get; init; }
    public ImmutableList<RegieTerm> PastRegisseurs { get; init; } = [];

    public PlanContent Plan { get; init; } = new();
    public ImmutableList<PlanAction> Actions { get; init; } = [];
    public int NextActionNumber { get; init; } = 1;
    public ImmutableList<ConsentRecord> Consents { get; init; } = [];

    /// <summary>Last change to the plan, an action or regie: input for stall detection.</summary>
    public DateTimeOffset LastProgressAt { get; init; }
    public DateTimeOffset LastMessageAt { get; init; }
    /// <summary>When the regisseur was last prompted about a stall.</summary>
    public DateTimeOffset? StallPromptedAt { get; init; }
    /// <summary>When the timers next look at this family (the due index holds the same moment).</summary>
    public DateTimeOffset? ScheduledCheckAt { get; init; }

    /// <summary>
    /// Set while the bot is not in the family's thread (removed from the chat or team): nothing is posted there until it
    /// is added again. 1:1 messages go on.
    /// </summary>
    public DateTimeOffset? ThreadLostAt { get; init; }

    public bool HasThread => ThreadLostAt is null;

    public ImmutableList<FamilyEscalation> Escalations { get; init; } = [];

    /// <summary>"Niet bereikbaar": the family could not be reached since this day; null when it can be.</summary>
    public DateOnly? UnreachableSince { get; init; }
    /// <summary>When the regisseur was asked what to do about the family being unreachable.</summary>
    public DateTimeOffset? UnreachableAskedAt { get; init; }

    /// <summary>Proactive messages a change called for that were not told yet (e.g. waiting for working hours).</summary>
    public ImmutableList<PendingNotice> PendingNotices { get; init; } = [];

    /// <summary>The casusoverleggen planned (and moved or cancelled), oldest first.</summary>
    public ImmutableList<Meeting> Meetings { get; init; } = [];
    /// <summary>The decisions of the casusoverleggen ("besluit: …"), oldest first.</summary>
    public ImmutableList<MeetingDecision> Decisions { get; init; } = [];
    /// <summary>Members away for a while, with their vervanger (ended ones are dropped when a new one is recorded).</summary>
    public ImmutableList<Absence> Absences { get; init; } = [];
    /// <summary>The extensions of the support, oldest first: the last one's end is when the evaluation is due again.</summary>
    public ImmutableList<Extension> Extensions { get; init; } = [];
    /// <summary>When the regisseur was reminded that no plan was discussed with the family yet (once).</summary>
    public DateTimeOffset? PlanReminderSentAt { get; init; }
    /// <summary>The evaluation date the regisseur was last reminded of (the start's or an extension's end).</summary>
    public DateOnly? EvaluationToldFor { get; init; }
    /// <summary>When the family was closed with a reason (afgesloten); <see cref="ClosedAt"/> is when it was gesloten.</summary>
    public DateTimeOffset? ConcludedAt { get; init; }
    /// <summary>When the nazorg began.</summary>
    public DateTimeOffset? AftercareSince { get; init; }
    /// <summary>The date of the phase's next time norm (plan due, evaluation due, extended until, nazorg until), kept for the cards.</summary>
    public DateOnly? NextNormOn { get; init; }

    public Member? FindMember(string userId) => Members.Find(m => m.UserId == userId);
    public bool IsActiveMember(string userId) => FindMember(userId) is { Active: true };
    public PlanAction? FindAction(int number) => Actions.Find(a => a.Number == number);
    public FamilyEscalation? FindEscalation(int number) => Escalations.Find(e => e.Number == number);
}
