namespace CoordinatieBot.Domain;

/// <summary>Whether the plan was made with the family.</summary>
public enum AgreementKind
{
    NotYetDiscussed,
    WithFamily,
    Partly,
    /// <summary>Made without the family's cooperation; a reason (e.g. child safety) is required.</summary>
    WithoutFamily,
}
