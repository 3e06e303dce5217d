namespace CoordinatieBot.Domain;

/// <summary>A professional in the family's thread. <see cref="UserId"/> is the Teams user id for this bot.</summary>
public sealed record Member
{
    public required string UserId { get; init; }
    public string? AadObjectId { get; init; }
    public required string Name { get; init; }
    public string? Organisation { get; init; }
    public MemberRole Role { get; init; } = MemberRole.Uitvoerder;
    public DateTimeOffset JoinedAt { get; init; }
    /// <summary>False once the person left the thread: they lose access, their actions must be handed on.</summary>
    public bool Active { get; init; } = true;
}
