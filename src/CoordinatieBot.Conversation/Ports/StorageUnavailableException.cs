namespace CoordinatieBot.Conversation.Ports;

/// <summary>Storage could not be reached after retries. Nothing was written by the failed call.</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
