using CoordinatieBot.Conversation.Privacy;
using CoordinatieBot.Conversation.Settings;
using CoordinatieBot.Scheduling;

namespace CoordinatieBot.Hosting;

public static class PrivacyExtensions
{
    /// <summary>Erasure (on request and after Privacy:RetentionDays) and the daily retention job. (The mention check is the Teams layer's.)</summary>
    public static WebApplicationBuilder AddPrivacyAndSafety(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSettings<PrivacyOptions, PrivacyOptionsValidator>(builder.Configuration, PrivacyOptions.Section);
        services.AddSingleton<FamilyErasure>();
        if (builder.Configuration.GetValue("Privacy:RetentionJobEnabled", true)) services.AddHostedService<RetentionScheduler>();
        return builder;
    }
}
