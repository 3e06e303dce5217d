namespace CoordinatieBot.Teams.Connector;

/// <summary>Id of the created conversation; for a new channel thread also the id of its first activity.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);
