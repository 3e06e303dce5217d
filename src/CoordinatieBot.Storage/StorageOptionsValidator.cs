using CoordinatieBot.Conversation.Settings;

namespace CoordinatieBot.Storage;

/// <summary>Storage:* (the account, the table prefix, the read cache and the inbox queue).</summary>
public sealed class StorageOptionsValidator() : SettingsValidator<StorageOptions>(StorageOptions.Section)
{
    /// <summary>Queue Storage hides a message for at most seven days.</summary>
    private static readonly TimeSpan MaxLease = TimeSpan.FromDays(7);

    protected override IEnumerable<string?> Problems(StorageOptions o)
    {
        yield return NotEmpty(o.ConnectionString, nameof(o.ConnectionString));
        yield return (o.TablePrefix ?? "").All(char.IsAsciiLetterOrDigit)
            ? null
            : $"{Key(nameof(o.TablePrefix))} may hold letters and digits only, not '{o.TablePrefix}'";
        yield return NotNegative(o.ReadCacheTtl, nameof(o.ReadCacheTtl));
        yield return string.IsNullOrEmpty(o.InboxQueue) || o.InboxQueue.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? null
            : $"{Key(nameof(o.InboxQueue))} may hold letters, digits and '-' only, not '{o.InboxQueue}'";
        yield return Positive(o.InboxLease, nameof(o.InboxLease));
        yield return o.InboxLease <= MaxLease ? null : $"{Key(nameof(o.InboxLease))} must be at most 7 days, not '{o.InboxLease}'";
        yield return NotNegative(o.InboxRetryDelay, nameof(o.InboxRetryDelay));
    }
}
