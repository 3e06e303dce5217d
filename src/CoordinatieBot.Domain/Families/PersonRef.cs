namespace CoordinatieBot.Domain;

/// <summary>Who does something: the acting professional as the channel knows them.</summary>
public sealed record Actor(string UserId, string Name, string? AadObjectId = null);
