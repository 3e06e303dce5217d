using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Views;

/// <summary>
/// What the procesmanager sees: process facts only. Built from <see cref="EscalationFacts"/>, never from the
/// plan, so goals, the family's words, consent details and notes cannot reach this card.
/// </summary>
public sealed record EscalationCardView(EscalationFacts Facts, DateOnly Today, Language Language, string? Outcome = null) : CardView(Language);

/// <summary>The process facts of one escalation.</summary>
public sealed record EscalationFacts(
    string FamilyId,
    string FamilyAlias,
    FamilyLevel Level,
    int EscalationNumber,
    EscalationKind Kind,
    EscalationStatus Status,
    int? ActionNumber,
    string? ActionTitle,
    string? OwnerOrganisation,
    DateOnly? Due,
    int DaysLate,
    IReadOnlyList<string> StepsTaken,
    string? RegisseurName,
    string? RegisseurOrganisation,
    string? RaisedText,
    IReadOnlyList<(string UserId, string Label)> PossibleOwners)
{
    /// <summary>The family's phase and the date of its next time norm (process facts: no goals, no words).</summary>
    public string? Phase { get; init; }
}
