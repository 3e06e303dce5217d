namespace CoordinatieBot.Domain;

public enum FamilyPhase
{
    Active,
    Closed,
}
