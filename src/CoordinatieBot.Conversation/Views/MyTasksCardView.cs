using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Views;

/// <summary>"Mijn taken": the asker's open actions over all their families.</summary>
public sealed record MyTasksCardView(IReadOnlyList<MyTaskLine> Lines, DateOnly Today, Language Language) : CardView(Language);

public sealed record MyTaskLine(string FamilyId, string FamilyAlias, PlanAction Action);
