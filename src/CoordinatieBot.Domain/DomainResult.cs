namespace CoordinatieBot.Domain;

public readonly record struct DomainResult(DomainError Error)
{
    public static readonly DomainResult Ok = new(DomainError.None);
    public bool Succeeded => Error == DomainError.None;
    public static implicit operator DomainResult(DomainError error) => new(error);
}
