using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Views;

/// <summary>
/// To the new owner of an action, 1:1: what the action is, who gave it to them, and buttons to accept it or say it is
/// not theirs (with a reason). <see cref="Outcome"/> is set once they answered.
/// </summary>
public sealed record ActionAssignedCardView(string FamilyId, string FamilyAlias, PlanAction Action, string? AssignedByName, DateOnly Today,
    Language Language, string? Outcome = null) : CardView(Language);
