namespace CoordinatieBot.Domain;

/// <summary>The language the family reads: their own version of the plan is in it. Dutch unless someone says otherwise.</summary>
public enum FamilyLanguage
{
    Dutch,
    English,
}
