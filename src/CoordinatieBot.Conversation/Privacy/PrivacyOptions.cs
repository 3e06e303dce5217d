namespace CoordinatieBot.Conversation.Privacy;

public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>Days after closing after which a family is erased completely (Privacy:RetentionDays).</summary>
    public int RetentionDays { get; set; } = 365;

    /// <summary>When the daily retention job runs (Dutch time of day).</summary>
    public TimeSpan RetentionRunsAt { get; set; } = TimeSpan.FromHours(2);
}
