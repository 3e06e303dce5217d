using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace CoordinatieBot.Storage.Tables;

/// <summary>The table clients of this installation, with the configured prefix.</summary>
public sealed class TableSet
{
    private readonly TableServiceClient _service;
    private readonly string _prefix;

    public TableSet(IOptions<StorageOptions> options)
    {
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.MaxRetries = 3;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        clientOptions.AddPolicy(StorageTelemetry.Policy(options.Value.TablePrefix), Azure.Core.HttpPipelinePosition.PerCall);
        _service = new TableServiceClient(options.Value.ConnectionString, clientOptions);
        _prefix = options.Value.TablePrefix ?? "";
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TableClient> _clients = new();

    /// <summary>One client per table, made once: clients are thread-safe and every turn asks for several.</summary>
    public TableClient this[string name] => _clients.GetOrAdd(name, n => _service.GetTableClient(_prefix + n));

    public TableServiceClient Service => _service;

    /// <summary>Side by side: at start-up each is one round trip to storage, and a restarted host waits for all of them.</summary>
    public Task CreateAllAsync(CancellationToken ct) =>
        Task.WhenAll(TableNames.All.Select(name => this[name].CreateIfNotExistsAsync(ct)));
}
