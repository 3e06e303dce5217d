using CoordinatieBot.Domain;

namespace CoordinatieBot.Samples;

/// <summary>
/// Families in the shapes the card checks and the micro-benchmarks both need: just started, a typical full plan,
/// and a huge one. Linked into every test project and benchmarks/Micro, so the card checks and the benchmarks measure the same thing.
/// </summary>
public static class SampleFamilies
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(1));
    public static readonly DateOnly Today = new(2026, 11, 25);
    public static readonly Actor Piet = Persona.Piet.Actor;
    public static readonly Actor Ahmed = Persona.Ahmed.Actor;

    public static Family Started()
    {
        var family = Family.Start("fam-1", "Vlinder", "tenant-1", "19:thread", Piet, Now);
        family.EnsureMember(Ahmed, Now);
        return family;
    }

    public static Family Full()
    {
        var family = Started();
        family.TakeRegie(Piet, Now);
        family.SetOrganisation(Piet, "Wijkteam Noord", null, Today, Now);
        family.SetLevel(Piet, FamilyLevel.Mpg2, Now);
        family.AddGoal(Piet, "Financiën en schulden", "schulden in kaart en een regeling", "we willen weer rust", Now);
        family.AddGoal(Piet, "Wonen en huishouden", "huurachterstand opgelost", null, Now);
        family.AddGoal(Piet, "Opvoeding en ontwikkeling", "Noor gaat elke dag naar school", "ik wil naar school", Now);
        family.AddStrength(Piet, "moeder is zeer betrokken", Now);
        family.AddWorry(Piet, "energie dreigt te worden afgesloten", Now);
        family.RecordAgreement(Piet, AgreementKind.WithFamily, Today, null, Today, Now);
        family.AddAction(Piet, Ahmed.UserId, "belt de woningcorporatie", Today.AddDays(2), true, Today, Now, out _);
        family.AddAction(Piet, Piet.UserId, "aanvraag bijzondere bijstand", Today.AddDays(10), false, Today, Now, out var second);
        family.AddAction(Piet, Piet.UserId, "verblijfsvergunning", Today.AddDays(1), false, Today, Now, out var third);
        family.AddAction(Piet, Ahmed.UserId, "intake GGZ", Today, false, Today, Now, out var fourth);
        family.MarkInProgress(Piet, second, Now);
        family.MarkWaiting(Piet, third, "IND", Today.AddDays(60), Today, Now);
        family.MarkDone(Ahmed, fourth, Now);
        return family;
    }

    public static Family Huge()
    {
        var family = Started();
        for (var i = 0; i < 30; i++)
            family.AddGoal(Piet, "Financiën en schulden", new string('d', 400), new string('w', 400), Now);
        for (var i = 0; i < 200; i++)
            family.AddAction(Piet, i % 2 == 0 ? Piet.UserId : Ahmed.UserId, new string('a', 480), Today.AddDays(i % 30), i % 7 == 0, Today, Now, out _);
        for (var i = 0; i < 20; i++) family.AddStrength(Piet, new string('s', 400), Now);
        return family;
    }
}
