namespace CoordinatieBot.Domain;

/// <summary>Whether and when the plan was discussed with the family.</summary>
public sealed record PlanAgreement
{
    public AgreementKind Kind { get; init; } = AgreementKind.NotYetDiscussed;
    public DateOnly? On { get; init; }
    public string? Reason { get; init; }
}
