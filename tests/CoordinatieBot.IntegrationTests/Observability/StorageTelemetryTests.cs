using System.Diagnostics;
using Azure;
using Azure.Data.Tables;
using CoordinatieBot.IntegrationTests.Infrastructure;
using CoordinatieBot.Storage;
using CoordinatieBot.Storage.Tables;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace CoordinatieBot.IntegrationTests.Observability;

/// <summary>Storage spans on Azurite: table and operation named, keys never, conflicts recognised (also inside a transaction).</summary>
[Collection(ObservabilityCollection.Name)]
public sealed class StorageTelemetryTests
{
    private static readonly ActivitySource Test = new("CoordinatieBot.Tests.Storage");

    [Theory]
    [InlineData("GET", "/devstoreaccount1/p1Families(PartitionKey='a',RowKey='b')", false, "Families", "get")]
    [InlineData("GET", "/p1MemberFamilies()", false, "MemberFamilies", "query")]
    [InlineData("POST", "/devstoreaccount1/p1FamilyByConversation", false, "FamilyByConversation", "insert")]
    [InlineData("PUT", "/p1ConversationReferences(PartitionKey='a',RowKey='b')", false, "ConversationReferences", "upsert_replace")]
    [InlineData("PUT", "/p1Families(PartitionKey='a',RowKey='b')", true, "Families", "update_replace")]
    [InlineData("MERGE", "/p1Families(PartitionKey='a',RowKey='b')", true, "Families", "update_merge")]
    [InlineData("DELETE", "/p1Families(PartitionKey='a',RowKey='b')", true, "Families", "delete")]
    [InlineData("POST", "/devstoreaccount1/Tables", false, "Tables", "create_table")]
    [InlineData("POST", "/devstoreaccount1/$batch", false, "batch", "transaction")]
    [InlineData("GET", "/p1SomethingElse()", false, "other", "query")]
    public void Requests_are_described_by_table_and_operation(string method, string path, bool ifMatch, string table, string operation) =>
        Assert.Equal((table, operation), StorageTelemetry.Describe(method, path, ifMatch, "p1"));

    [Fact]
    public async Task Conflicts_are_marked_on_single_writes_and_inside_transactions_and_keys_stay_out()
    {
        var spans = new List<Activity>();
        using var tracing = Sdk.CreateTracerProviderBuilder().AddSource(StorageTelemetry.Name, Test.Name).AddInMemoryExporter(spans).Build();
        var tables = new TableSet(Options.Create(new StorageOptions { ConnectionString = TestStorage.ConnectionString, TablePrefix = TestStorage.NewPrefix() }));
        var families = tables[TableNames.Families];

        ActivityTraceId trace;
        using (var root = Test.StartActivity("test"))
        {
            trace = root!.TraceId;
            await tables.CreateAllAsync(default);
            var row = new TableEntity("secret-partition", "secret-row") { ["V"] = 1 };
            await families.AddEntityAsync(row);
            await Assert.ThrowsAsync<RequestFailedException>(() => families.AddEntityAsync(row)); // 409
            await Assert.ThrowsAsync<TableTransactionFailedException>(() => families.SubmitTransactionAsync(
                [new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, new ETag("W/\"datetime'2000-01-01T00%3A00%3A00.0000000Z'\""))])); // 412 inside 202
        }

        var storage = spans.Where(s => s.TraceId == trace && s.Source.Name == StorageTelemetry.Name).ToList();
        Assert.Contains(storage, s => Is(s, "create_table", conflict: false));
        Assert.Contains(storage, s => Is(s, "insert", conflict: false) && (int)s.GetTagItem(StorageTelemetry.StatusTag)! == 204);
        Assert.Contains(storage, s => Is(s, "insert", conflict: true) && (int)s.GetTagItem(StorageTelemetry.StatusTag)! == 409);
        Assert.Contains(storage, s => Is(s, "transaction", conflict: true) && (int)s.GetTagItem(StorageTelemetry.StatusTag)! == 412);
        Assert.All(storage, s => Assert.DoesNotContain("secret", string.Join("|", s.TagObjects.Select(t => $"{t.Key}={t.Value}")) + s.DisplayName, StringComparison.Ordinal));
    }

    private static bool Is(Activity span, string operation, bool conflict) =>
        (string?)span.GetTagItem(StorageTelemetry.OperationTag) == operation && (span.GetTagItem(StorageTelemetry.ConflictTag) is true) == conflict;
}
