using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Views;

/// <summary>In the thread after someone left: their open actions, each with a button to take it.</summary>
public sealed record OrphanedActionsCardView(string FamilyId, string FamilyAlias, IReadOnlyList<PlanAction> Actions, DateOnly Today,
    Language Language) : CardView(Language);
