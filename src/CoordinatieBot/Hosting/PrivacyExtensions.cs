using CoordinatieBot.Conversation.Privacy;
using CoordinatieBot.Scheduling;
using CoordinatieBot.Teams.Bot;

namespace CoordinatieBot.Hosting;

public static class PrivacyExtensions
{
    /// <summary>Erasure (on request and after Privacy:RetentionDays), the daily retention job, and the mention check.</summary>
    public static WebApplicationBuilder AddPrivacyAndSafety(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<PrivacyOptions>(builder.Configuration.GetSection(PrivacyOptions.Section));
        services.AddSingleton<FamilyErasure>();
        services.AddSingleton<MentionVerifier>();
        if (builder.Configuration.GetValue("Privacy:RetentionJobEnabled", true)) services.AddHostedService<RetentionScheduler>();
        return builder;
    }
}
