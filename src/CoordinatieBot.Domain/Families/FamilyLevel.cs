namespace CoordinatieBot.Domain;

/// <summary>How heavy the family's situation is (Amsterdam model). Decides who guards the process; can go up and down.</summary>
public enum FamilyLevel
{
    Regulier,
    Risicogezin,
    Mpg1,
    Mpg2,
    Mpg3,
    Ompg,
}
