namespace CoordinatieBot.Teams.Connector;

/// <summary>Refused before any HTTP call: the bot's token must not go to a serviceUrl we have not seen authenticated.</summary>
public sealed class UntrustedServiceUrlException : Exception
{
    public UntrustedServiceUrlException(string serviceUrl)
        : base($"serviceUrl '{serviceUrl}' is not trusted.")
    {
        ServiceUrl = serviceUrl;
    }

    public UntrustedServiceUrlException()
    {
    }

    public UntrustedServiceUrlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? ServiceUrl { get; }
}
