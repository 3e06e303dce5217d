namespace CoordinatieBot.Conversation.Tabs;

/// <summary>
/// The guard's "regie op regie" overview: process facts only, in one language. Never a goal, a family word, an action's
/// description, a worry, a consent or the words of a knelpunt; those stay with the professionals around the family.
/// </summary>
public sealed record GuardOverview(
    DateOnly Today,
    string RoleText,
    IReadOnlyList<GuardOverviewFamily> Families,
    IReadOnlyList<GuardOverviewEscalation> Escalations,
    IReadOnlyList<string> Patterns);

/// <summary>One open family the person guards.</summary>
public sealed record GuardOverviewFamily(
    string FamilyId,
    string Family,
    string PhaseText,
    string Level,
    string? RegisseurOrganisation,
    int Late,
    int Waiting,
    int Escalated,
    int DaysSinceProgress,
    DateOnly? PlanDue,
    bool PlanOverdue,
    DateOnly? EvaluationDue,
    bool EvaluationOverdue);

/// <summary>One open escalation with the steps already taken; not its description nor the action's.</summary>
public sealed record GuardOverviewEscalation(
    string FamilyId,
    string Family,
    int Number,
    string KindText,
    string StatusText,
    DateOnly Raised,
    string? Organisation,
    int DaysLate,
    IReadOnlyList<string> Steps);
