using CoordinatieBot.Domain;

namespace CoordinatieBot.Domain.Tests;

internal static class FamilyFixture
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(1));
    public static readonly DateOnly Today = new(2026, 11, 28);
    public static readonly Actor Piet = Persona.Piet.Actor;
    public static readonly Actor Fatima = Persona.Fatima.Actor;
    public static readonly Actor Ahmed = Persona.Ahmed.Actor;

    /// <summary>Olga, who is never in family Vlinder's thread here.</summary>
    public static readonly Actor Outsider = Persona.Olga.Actor;

    /// <summary>Family Vlinder, started by Piet, with Fatima and Ahmed in the thread.</summary>
    public static Family Vlinder()
    {
        var family = Family.Start("fam-1", "Vlinder", "tenant-1", "19:thread", Piet, Now);
        family.EnsureMember(Fatima, Now);
        family.EnsureMember(Ahmed, Now);
        return family;
    }
}
