using System.Text;
using Azure.Data.Tables;
using CoordinatieBot.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace CoordinatieBot.IntegrationTests.Security;

/// <summary>
/// Every row of a bot's tables (its own prefix), with its ETag: two equal snapshots mean nothing was written.
/// ConversationReferences is left out unless asked for: it is where the bot remembers how to reach a chat, not family data.
/// </summary>
public sealed record StorageSnapshot(IReadOnlyDictionary<string, string> Rows)
{
    public static async Task<StorageSnapshot> TakeAsync(IServiceProvider services, bool withAddresses = false)
    {
        var tables = services.GetRequiredService<TableSet>();
        var rows = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in TableNames.All)
        {
            if (name == TableNames.ConversationReferences && !withAddresses) continue;
            try
            {
                await foreach (var e in tables[name].QueryAsync<TableEntity>())
                {
                    var props = new StringBuilder(e.ETag.ToString());
                    foreach (var (k, v) in e.OrderBy(p => p.Key, StringComparer.Ordinal))
                    {
                        if (k is "odata.etag" or "Timestamp") continue;
                        props.Append('|').Append(k).Append('=').Append(v is byte[] b ? Convert.ToBase64String(b) : v?.ToString());
                    }
                    rows[$"{name}|{e.PartitionKey}|{e.RowKey}"] = props.ToString();
                }
            }
            catch (Azure.RequestFailedException e) when (e.Status == 404)
            {
                // table not created
            }
        }
        return new StorageSnapshot(rows);
    }

    /// <summary>Rows added, removed or changed since <paramref name="before"/>.</summary>
    public IReadOnlyList<string> DiffFrom(StorageSnapshot before) =>
        Rows.Keys.Union(before.Rows.Keys)
            .Where(k => !Rows.TryGetValue(k, out var now) || !before.Rows.TryGetValue(k, out var then) || now != then)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Rows that belong to the family: its partition, its claims, its due entry, its indexes.</summary>
    public IReadOnlyList<string> RowsOf(string familyId) =>
        Rows.Where(r => r.Key.Contains(familyId, StringComparison.Ordinal) || r.Value.Contains(familyId, StringComparison.Ordinal))
            .Select(r => r.Key).ToList();

    public int CountIn(string table) => Rows.Keys.Count(k => k.StartsWith(table + "|", StringComparison.Ordinal));
}
