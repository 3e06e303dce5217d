namespace CoordinatieBot.IntegrationTests.Infrastructure;

/// <summary>A professional in the tests, as Teams identifies them.</summary>
public sealed record ChatUser(string Id, string Name, string AadObjectId)
{
    public static readonly ChatUser Piet = new("29:piet", "Piet de Vries", "aad-piet");
    public static readonly ChatUser Fatima = new("29:fatima", "Fatima El Amrani", "aad-fatima");
    public static readonly ChatUser Ahmed = new("29:ahmed", "Ahmed Yilmaz", "aad-ahmed");
    public static readonly ChatUser Sanne = new("29:sanne", "Sanne Jansen", "aad-sanne");
    public static readonly ChatUser Olga = new("29:olga", "Olga Buiten", "aad-olga");
}
