using System.Collections.Immutable;

namespace CoordinatieBot.Domain;

/// <summary>The content of "één plan": goals per leefgebied, strengths, worries and the agreement with the family.</summary>
public sealed record PlanContent
{
    public ImmutableList<Goal> Goals { get; init; } = [];
    public ImmutableList<string> Strengths { get; init; } = [];
    public ImmutableList<string> Worries { get; init; } = [];
    public PlanAgreement Agreement { get; init; } = new();
}
