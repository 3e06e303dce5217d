namespace CoordinatieBot.Conversation.Coordination;

/// <summary>The time of a turn: the instant, and the Dutch calendar day it falls on.</summary>
public readonly record struct Moment(DateTimeOffset Now, DateOnly Today);
