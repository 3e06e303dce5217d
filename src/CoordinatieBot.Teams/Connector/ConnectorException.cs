using System.Net;

namespace CoordinatieBot.Teams.Connector;

/// <summary>A Connector call failed for good. Carries the status and error codes, never the message content.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(string message, HttpStatusCode? statusCode, string? errorCode, string? subCode, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        SubCode = subCode;
    }

    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Null when no HTTP response was received (network error or timeout on every try).</summary>
    public HttpStatusCode? StatusCode { get; }

    public string? ErrorCode { get; }

    public string? SubCode { get; }

    /// <summary>403 MessageWritesBlocked: the user blocked or uninstalled the bot.</summary>
    public bool IsMessageWritesBlocked => string.Equals(SubCode, "MessageWritesBlocked", StringComparison.OrdinalIgnoreCase);

    /// <summary>404: the conversation or recipient no longer exists.</summary>
    public bool IsNotFound => StatusCode == HttpStatusCode.NotFound;
}
