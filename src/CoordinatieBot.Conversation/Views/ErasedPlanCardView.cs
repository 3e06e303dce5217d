using CoordinatieBot.Conversation.Parsing;

namespace CoordinatieBot.Conversation.Views;

/// <summary>What the living plan card becomes once its family is erased: nothing of the plan is left on it.</summary>
public sealed record ErasedPlanCardView(Language Language) : CardView(Language);
