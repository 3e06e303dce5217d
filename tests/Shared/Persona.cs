using CoordinatieBot.Domain;

namespace CoordinatieBot.Samples;

/// <summary>
/// The people of the tests, one cast for every test project and the benchmarks: professionals as Teams identifies
/// them (user id, display name, Entra object id).
/// </summary>
public sealed record Persona(string Id, string Name, string AadObjectId)
{
    public static readonly Persona Piet = new("29:piet", "Piet de Vries", "aad-piet");
    public static readonly Persona Fatima = new("29:fatima", "Fatima El Amrani", "aad-fatima");
    public static readonly Persona Ahmed = new("29:ahmed", "Ahmed Yilmaz", "aad-ahmed");
    public static readonly Persona Sanne = new("29:sanne", "Sanne Jansen", "aad-sanne");
    public static readonly Persona Olga = new("29:olga", "Olga Buiten", "aad-olga");

    /// <summary>The procesmanager: escalations reach her in a 1:1 chat; she is in no family thread.</summary>
    public static readonly Persona Karin = new("29:karin", "Karin Procesmanager", "aad-karin");

    /// <summary>Everyone of the cast, as the directory knows them (the fake connector answers member look-ups by Entra object id from it).</summary>
    public static IReadOnlyList<Persona> All => [Piet, Fatima, Ahmed, Sanne, Olga, Karin];

    /// <summary>The person as the domain's tests and samples know them: user id and name.</summary>
    public Actor Actor => new(Id, Name);
}
