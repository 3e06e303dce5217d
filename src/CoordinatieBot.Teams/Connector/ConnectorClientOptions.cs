namespace CoordinatieBot.Teams.Connector;

/// <summary>Retry and pacing settings of the Bot Connector, bound from Bot:Connector.</summary>
public sealed class ConnectorClientOptions
{
    public const string Section = "Bot:Connector";

    public int MaxAttempts { get; set; } = 4;

    /// <summary>First backoff delay when no Retry-After is given; doubles each try, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>A Retry-After longer than this is shortened to it.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Proactive messages per second per tenant (Bot:Connector:ProactiveRatePerSecond).</summary>
    public double ProactiveRatePerSecond { get; set; } = Bot.ProactivePacer.DefaultRatePerSecond;

    /// <summary>An answer that takes longer than this shows "…is typing" first (Bot:Connector:TypingAfter; zero: never).</summary>
    public TimeSpan TypingAfter { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>Bot:Connector:*.</summary>
public sealed class ConnectorClientOptionsValidator() : Conversation.Settings.SettingsValidator<ConnectorClientOptions>(ConnectorClientOptions.Section)
{
    protected override IEnumerable<string?> Problems(ConnectorClientOptions o)
    {
        yield return AtLeast(o.MaxAttempts, 1, nameof(o.MaxAttempts));
        yield return NotNegative(o.BaseDelay, nameof(o.BaseDelay));
        yield return o.MaxDelay >= o.BaseDelay
            ? null
            : $"{Key(nameof(o.MaxDelay))} ('{o.MaxDelay}') must not be shorter than {Key(nameof(o.BaseDelay))} ('{o.BaseDelay}')";
        yield return NotNegative(o.MaxRetryAfter, nameof(o.MaxRetryAfter));
        yield return o.ProactiveRatePerSecond > 0 ? null : $"{Key(nameof(o.ProactiveRatePerSecond))} must be more than 0, not {o.ProactiveRatePerSecond}";
        yield return NotNegative(o.TypingAfter, nameof(o.TypingAfter));
    }
}
