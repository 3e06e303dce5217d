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
}
