namespace CoordinatieBot.Teams.Connector;

/// <summary>Retry settings, bound from Bot:Connector.</summary>
public sealed class ConnectorClientOptions
{
    public int MaxAttempts { get; set; } = 4;

    /// <summary>First backoff delay when no Retry-After is given; doubles each try, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>A Retry-After longer than this is shortened to it.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);
}
