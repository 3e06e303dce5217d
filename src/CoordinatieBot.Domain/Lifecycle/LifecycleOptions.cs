namespace CoordinatieBot.Domain;

/// <summary>
/// The time norms of a family's life (Rotterdam Sociale Teams evaluation: a plan 1.5–2 months after intake, at most six
/// months with extensions of three months, nazorg at most three months). Configured under <c>Escalation:Lifecycle</c>.
/// </summary>
public sealed class LifecycleOptions
{
    /// <summary>Days after the start without a plan discussed with the family before the regisseur is reminded (the sources say 6–8 weeks).</summary>
    public int PlanAgreedWithinDays { get; set; } = 42;

    /// <summary>Months after the start when the evaluation is due.</summary>
    public int EvaluationAfterMonths { get; set; } = 6;

    /// <summary>Months one extension adds ("verlengen met 3 maanden: reden").</summary>
    public int ExtensionMonths { get; set; } = 3;

    /// <summary>Months of nazorg at most; then the family is gesloten by itself.</summary>
    public int NazorgMaxMonths { get; set; } = 3;
}
