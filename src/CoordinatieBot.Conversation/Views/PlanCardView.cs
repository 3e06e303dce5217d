using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Views;

/// <summary>The shared plan of one family, as of <see cref="Today"/> (for overdue marks).</summary>
public sealed record PlanCardView(FamilyState Family, DateOnly Today, Language Language) : CardView(Language);
