using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Views;

/// <summary>
/// For the regisseur: an action stays late (ask the owner's leidinggevende, casusoverleg, reassign, new date,
/// escalate), or the whole family has gone quiet (adjust the plan, casusoverleg, close, escalate).
/// </summary>
public sealed record RegisseurOptionsCardView(FamilyState Family, PlanAction? Action, int DaysLate, DateOnly Today,
    Language Language, string? Outcome = null) : CardView(Language);
