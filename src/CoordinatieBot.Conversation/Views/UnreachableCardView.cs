using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Views;

/// <summary>
/// For the regisseur: the family has not been reached for some working days. What now: a home visit (outreach) as a
/// task, a casusoverleg, closing the family, or the procesmanager.
/// </summary>
public sealed record UnreachableCardView(FamilyState Family, DateOnly Since, int WorkingDays, DateOnly Today, Language Language, string? Outcome = null)
    : CardView(Language);
