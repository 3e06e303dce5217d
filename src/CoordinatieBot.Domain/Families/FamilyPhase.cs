namespace CoordinatieBot.Domain;

/// <summary>
/// Where a family is in its life (aangemeld → actief → evaluatie → afgesloten → nazorg → gesloten). Stored by name, so a
/// family stored before the other phases existed keeps its meaning: <see cref="Active"/> stays actief and
/// <see cref="Closed"/> stays gesloten.
/// </summary>
/// <remarks>
/// When a phase moves (the time norms are in <see cref="LifecycleNorms"/>):
/// <list type="bullet">
/// <item><see cref="Registered"/> (aangemeld) when the family is started in its thread.</item>
/// <item><see cref="Active"/> (actief) once the plan is recorded as discussed: with the family, partly, or without it with a
/// reason ("plan besproken met gezin"); an extension also makes an evaluated family actief again.</item>
/// <item><see cref="Evaluation"/> (evaluatie) when the evaluation is due (six months after the start, or the end of the last
/// extension) and the regisseur has been reminded of it.</item>
/// <item><see cref="Concluded"/> (afgesloten) when the family is closed with a reason but not every goal has an outcome yet;
/// the last outcome starts the nazorg.</item>
/// <item><see cref="Aftercare"/> (nazorg) when closed and every goal has an outcome (or there are no goals). Tasks added in
/// nazorg are chased as ever; tasks that were open at closing lapsed with it.</item>
/// <item><see cref="Closed"/> (gesloten) when nazorg ends: by itself after at most the configured months, or earlier by
/// "nazorg afsluiten". Nothing can be changed any more, and the retention period counts from here.</item>
/// </list>
/// </remarks>
public enum FamilyPhase
{
    Active,
    Closed,
    Registered,
    Evaluation,
    Concluded,
    Aftercare,
}

public static class FamilyPhases
{
    /// <summary>Every phase before gesloten: the family can still change, its open actions are chased.</summary>
    public static bool IsOpen(this FamilyPhase phase) => phase != FamilyPhase.Closed;

    /// <summary>The support itself is running (aangemeld, actief, evaluatie): time norms, stall prompts, extensions.</summary>
    public static bool IsRunning(this FamilyPhase phase) => phase is FamilyPhase.Registered or FamilyPhase.Active or FamilyPhase.Evaluation;

    /// <summary>Closed with a reason: afgesloten or nazorg.</summary>
    public static bool IsEnding(this FamilyPhase phase) => phase is FamilyPhase.Concluded or FamilyPhase.Aftercare;
}
