namespace CoordinatieBot.Teams.Connector;

public sealed record ResourceResponse(string? Id);
