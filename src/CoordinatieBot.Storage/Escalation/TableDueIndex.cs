using Azure.Data.Tables;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Storage.Tables;

namespace CoordinatieBot.Storage.Escalation;

/// <summary>
/// The due index: 16 partitions ("due-0".."due-f", by family), row key = check moment (UTC ticks) + family id.
/// A sweep is one range query per partition for the rows up to now.
/// </summary>
public sealed class TableDueIndex(TableSet tables) : IDueIndex
{
    public const int Shards = 16;

    private TableClient Table => tables[TableNames.DueIndex];

    /// <summary>Entities read by the sweeps of this process, for the sweep summary and the benchmarks.</summary>
    public long EntitiesRead => Interlocked.Read(ref _entitiesRead);

    private long _entitiesRead;

    public static string PartitionOf(string familyId) => $"due-{Keys.Hash(familyId)[0]}";

    public static string RowOf(DateTimeOffset at, string familyId) => $"{at.UtcTicks:D19}|{familyId}";

    public Task<IReadOnlyList<DueEntry>> ReadDueAsync(DateTimeOffset upTo, CancellationToken ct) =>
        StorageErrors.Guard<IReadOnlyList<DueEntry>>(async () =>
        {
            var upper = $"{upTo.UtcTicks:D19}|~";
            var shards = Enumerable.Range(0, Shards).Select(i => $"due-{i:x}");
            var reads = shards.Select(async partition =>
            {
                var entries = new List<DueEntry>();
                await foreach (var row in Table.QueryAsync<TableEntity>(e => e.PartitionKey == partition && e.RowKey.CompareTo(upper) <= 0,
                                   select: ["PartitionKey", "RowKey"], cancellationToken: ct))
                {
                    Interlocked.Increment(ref _entitiesRead);
                    var bar = row.RowKey.IndexOf('|');
                    if (bar < 0 || !long.TryParse(row.RowKey[..bar], out var ticks)) continue;
                    entries.Add(new DueEntry(row.RowKey[(bar + 1)..], new DateTimeOffset(ticks, TimeSpan.Zero)));
                }
                return entries;
            });
            return (await Task.WhenAll(reads)).SelectMany(e => e).OrderBy(e => e.At).ToList();
        }, "read due index");

    /// <summary>The keys follow from the family id and the moment, as <see cref="AddAsync"/> wrote them.</summary>
    public Task RemoveAsync(DueEntry entry, CancellationToken ct) =>
        StorageErrors.Guard(() => RemoveQuietlyAsync(entry.FamilyId, entry.At, ct), "remove due entry");

    /// <summary>Files the family under its new check moment (before the family is saved, so nothing due is ever lost).</summary>
    internal Task AddAsync(string familyId, DateTimeOffset at, CancellationToken ct) =>
        Table.UpsertEntityAsync(new TableEntity(PartitionOf(familyId), RowOf(at, familyId)), TableUpdateMode.Replace, ct);

    /// <summary>Removes the old entry once the family is saved with its new moment.</summary>
    internal async Task RemoveQuietlyAsync(string familyId, DateTimeOffset at, CancellationToken ct)
    {
        try
        {
            await Table.DeleteEntityAsync(PartitionOf(familyId), RowOf(at, familyId), cancellationToken: ct);
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            // someone removed it already
        }
    }
}
