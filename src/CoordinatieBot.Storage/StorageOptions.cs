namespace CoordinatieBot.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Azure Storage connection string; the default is Azurite on this machine.</summary>
    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>Prefix for every table name, so several installations can share one account (letters and digits only).</summary>
    public string TablePrefix { get; set; } = "";

    /// <summary>How long a family read stays fresh in this process (0 turns the cache off). Saves always check the ETag.</summary>
    public TimeSpan ReadCacheTtl { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The queue of accepted activities (Azure Queue Storage, same account), after <see cref="TablePrefix"/>.</summary>
    public string InboxQueue { get; set; } = "activities";

    /// <summary>
    /// How long an accepted activity stays hidden from other hosts while this one works on it (renewed while it runs).
    /// After a crash, another host takes it once this has passed.
    /// </summary>
    public TimeSpan InboxLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long an accepted activity waits before it is tried again when storage was out of reach; after two such
    /// tries the user is told that it did not work.
    /// </summary>
    public TimeSpan InboxRetryDelay { get; set; } = TimeSpan.FromSeconds(2);
}
