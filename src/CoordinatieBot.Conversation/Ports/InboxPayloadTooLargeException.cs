namespace CoordinatieBot.Conversation.Ports;

/// <summary>The payload does not fit in the inbox even compressed: refuse it before promising anything.</summary>
public sealed class InboxPayloadTooLargeException() : Exception("The payload is too large for the inbox.");
