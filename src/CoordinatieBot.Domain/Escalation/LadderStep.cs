namespace CoordinatieBot.Domain;

/// <summary>The escalation ladder for an overdue action (Amsterdam model). Each step is told once.</summary>
public enum LadderStep
{
    /// <summary>Due date reached: the owner is reminded.</summary>
    Due = 0,
    /// <summary>A few working days late: the owner again, and the regisseur is informed.</summary>
    Late = 1,
    /// <summary>Later: the regisseur gets a card with options.</summary>
    RegisseurOptions = 2,
    /// <summary>Much later, or the regisseur escalates: the procesmanager, with process facts only.</summary>
    Procesmanager = 3,
}
