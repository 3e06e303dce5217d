using CoordinatieBot.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Options;

namespace CoordinatieBot.IntegrationTests.Protocol;

/// <summary>Every options class is checked when the host starts: a bad value stops it with a message naming the setting.</summary>
public class SettingsAtStartupTests
{
    [Theory]
    [InlineData("Storage:InboxLease", "-00:00:05", "Storage:InboxLease must be a positive time span")]
    [InlineData("Storage:TablePrefix", "bot_1", "Storage:TablePrefix may hold letters and digits only, not 'bot_1'")]
    [InlineData("Escalation:ClaimLease", "00:00:00", "Escalation:ClaimLease must be a positive time span")]
    [InlineData("Escalation:WorkEnd", "07:00", "Escalation:WorkStart (08:00) must be before Escalation:WorkEnd (07:00)")]
    [InlineData("Coordination:HistoryEntriesShown", "0", "Coordination:HistoryEntriesShown must be 1 or more, not 0")]
    [InlineData("Coordination:DefaultProcesmanager:AadObjectId", "", "Coordination:DefaultProcesmanager:AadObjectId must be set")]
    [InlineData("Privacy:RetentionDays", "-1", "Privacy:RetentionDays must be 0 or more, not -1")]
    [InlineData("Bot:Connector:MaxAttempts", "0", "Bot:Connector:MaxAttempts must be 1 or more, not 0")]
    [InlineData("Bot:Connector:ProactiveRatePerSecond", "0", "Bot:Connector:ProactiveRatePerSecond must be more than 0")]
    public async Task A_bad_setting_stops_start_up_with_a_message_that_names_it(string key, string value, string expected)
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApp(connector, new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var invalid = Find<OptionsValidationException>(error);
        Assert.NotNull(invalid);
        Assert.Contains(expected, invalid.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Several_bad_settings_of_one_section_are_all_named()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApp(connector, new Dictionary<string, string?>
        {
            ["Storage:InboxLease"] = "-00:00:05",
            ["Storage:ReadCacheTtl"] = "-00:00:01",
        });

        var invalid = Find<OptionsValidationException>(Assert.ThrowsAny<Exception>(() => app.CreateClient()));

        Assert.NotNull(invalid);
        Assert.Contains("Storage:InboxLease", invalid.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:ReadCacheTtl", invalid.Message, StringComparison.Ordinal);
    }

    private static T? Find<T>(Exception? e) where T : Exception => e switch
    {
        null => null,
        T found => found,
        AggregateException all => all.InnerExceptions.Select(Find<T>).FirstOrDefault(f => f is not null),
        _ => Find<T>(e.InnerException),
    };
}
