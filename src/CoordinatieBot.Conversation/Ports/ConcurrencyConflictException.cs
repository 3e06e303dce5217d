namespace CoordinatieBot.Conversation.Ports;

/// <summary>The family was changed by someone else since it was loaded; load it again and retry.</summary>
public sealed class ConcurrencyConflictException(string message, Exception? inner = null) : Exception(message, inner);
