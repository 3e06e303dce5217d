using Microsoft.Extensions.Options;

namespace CoordinatieBot.Conversation.Settings;

/// <summary>
/// The one way an options class is checked: every layer binds its options with
/// <c>AddOptions&lt;T&gt;().BindConfiguration(section).ValidateOnStart()</c> and registers a validator derived from
/// this, so a bad setting stops start-up with messages that name the setting, the value and what is allowed.
/// </summary>
public abstract class SettingsValidator<T>(string section) : IValidateOptions<T> where T : class
{
    /// <summary>The configuration section the options are bound from, e.g. "Storage" or "Bot:Connector".</summary>
    protected string Section { get; } = section;

    /// <summary>What is wrong, one message per setting; empty when all is well.</summary>
    protected abstract IEnumerable<string?> Problems(T options);

    public ValidateOptionsResult Validate(string? name, T options)
    {
        var problems = Problems(options).OfType<string>().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    protected string Key(string setting) => $"{Section}:{setting}";

    protected string? Positive(TimeSpan value, string setting) =>
        value > TimeSpan.Zero ? null : $"{Key(setting)} must be a positive time span such as 00:00:30, not '{value}'";

    protected string? NotNegative(TimeSpan value, string setting) =>
        value >= TimeSpan.Zero ? null : $"{Key(setting)} must be zero or a positive time span, not '{value}'";

    protected string? AtLeast(int value, int minimum, string setting) =>
        value >= minimum ? null : $"{Key(setting)} must be {minimum} or more, not {value}";

    protected string? AtLeast(double value, double minimum, string setting) =>
        value >= minimum ? null : $"{Key(setting)} must be {minimum} or more, not {value}";

    protected string? NotEmpty(string? value, string setting) =>
        string.IsNullOrWhiteSpace(value) ? $"{Key(setting)} must not be empty" : null;
}
