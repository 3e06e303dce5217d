using System.Collections.Concurrent;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.IntegrationTests.Infrastructure;
using CoordinatieBot.Storage;
using CoordinatieBot.Storage.Escalation;
using CoordinatieBot.Storage.Families;
using CoordinatieBot.Storage.Tables;
using Microsoft.Extensions.Options;

namespace CoordinatieBot.IntegrationTests.Durability;

/// <summary>
/// A 200 is a promise: a flood of changes on a real bot process that is stopped half-way, gracefully (SIGTERM) or by a
/// crash (SIGKILL), then started again. Every change the bot acknowledged is there afterwards, exactly once.
/// </summary>
[Collection(DurabilityCollection.Name)]
public class StopAndCrashTests
{
    private const int Families = 8;
    private const int Changes = 120;
    private const string Tenant = "tenant-1";

    [Fact]
    public Task A_graceful_stop_in_the_middle_of_a_flood_keeps_every_acknowledged_change_once() =>
        FloodStopAndRestartAsync(graceful: true);

    [Fact]
    public Task A_crash_in_the_middle_of_a_flood_keeps_every_acknowledged_change_once() =>
        FloodStopAndRestartAsync(graceful: false);

    private static async Task FloodStopAndRestartAsync(bool graceful)
    {
        var prefix = TestStorage.NewPrefix();
        await using var connector = await FakeConnector.StartAsync();
        var first = await BotProcess.StartAsync(connector, prefix);
        var chats = new List<Chat>();
        for (var i = 0; i < Families; i++)
        {
            var chat = new Chat(first, first.Http, $"19:flood-{i}@thread.v2", tenantId: Tenant);
            await chat.SendAsync(Persona.Piet, $"start gezin Vloed{i}");
            chats.Add(chat);
        }

        // The flood: each change names a case of its own, so it can be found (once, or not at all) afterwards.
        var acknowledged = new ConcurrentDictionary<int, string>();
        var stopAt = Changes / 3;
        var stopping = 0;
        Task? stop = null;
        await Parallel.ForEachAsync(Enumerable.Range(0, Changes), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (n, _) =>
        {
            var chat = chats[n % Families];
            var activityId = $"flood-{n}";
            // Like the Connector: a 503 (busy) is tried again a little later, until the host is gone.
            for (var attempt = 0; attempt < 50 && Volatile.Read(ref stopping) == 0; attempt++)
            {
                try
                {
                    var response = await chat.PostAsync(chat.Message(Persona.Piet, $"taak: ik bel de school over zaak{n:D3}", activityId));
                    if (response.IsSuccessStatusCode)
                    {
                        acknowledged[n] = activityId;
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                    break; // the host is gone: nothing was promised
                }
                await Task.Delay(100);
            }
            if (acknowledged.Count >= stopAt && Interlocked.Exchange(ref stopping, 1) == 0)
                stop = graceful ? first.TerminateAsync(TimeSpan.FromSeconds(30)) : first.KillAsync();
        });
        var stopWatch = System.Diagnostics.Stopwatch.StartNew();
        await stop!;
        var stopTook = stopWatch.Elapsed;
        if (graceful) Assert.Equal(0, first.ExitCode);
        await first.DisposeAsync();

        // Another host comes up on the same storage and takes over what the first left.
        await using var second = await BotProcess.StartAsync(connector, prefix);
        var repository = Repository(prefix);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(40);
        var counts = await WaitForAsync(repository, chats, acknowledged.Keys, until);
        // The reply follows the save: the last change recovered can be visible a moment before its reply is posted.
        var repliesTo = await WaitForRepliesAsync(connector, acknowledged.Values, until);
        var recoveredIn = waited.Elapsed;

        var lost = acknowledged.Keys.Count(n => counts.GetValueOrDefault(n) == 0);
        var twice = counts.Count(c => c.Value > 1);
        var unanswered = acknowledged.Values.Count(id => repliesTo.GetValueOrDefault(id) == 0);
        var answeredTwice = acknowledged.Values.Count(id => repliesTo.GetValueOrDefault(id) > 1);
        var how = graceful ? "graceful stop (SIGTERM)" : "crash (SIGKILL)";
        Console.WriteLine($"[exactly-once] inbox, {how} during a flood of {Changes} changes: acknowledged {acknowledged.Count}, " +
                          $"lost after a {(graceful ? "graceful stop" : "crash")} {lost}, applied twice {twice}, replies missing {unanswered}, replies doubled {answeredTwice}; " +
                          $"the stop took {stopTook.TotalSeconds:0.0} s, the next host had everything after {recoveredIn.TotalSeconds:0.0} s");

        Assert.InRange(acknowledged.Count, stopAt, Changes);
        Assert.Equal(0, lost);
        Assert.Equal(0, twice);
        Assert.Equal(0, unanswered);
        // A crash between a reply and the inbox's delete can repeat that reply (never the change); a graceful stop cannot.
        if (graceful) Assert.Equal(0, answeredTwice);
    }

    /// <summary>How many actions each case became, once every acknowledged one is there (or the time is up).</summary>
    private static async Task<Dictionary<int, int>> WaitForAsync(TableFamilyRepository repository, List<Chat> chats, ICollection<int> expected, DateTime until)
    {
        while (true)
        {
            var counts = new Dictionary<int, int>();
            foreach (var chat in chats)
            {
                var family = await repository.FindByConversationAsync(Tenant, chat.ConversationId, default);
                foreach (var action in family?.Family.State.Actions ?? [])
                {
                    var at = action.Description.IndexOf("zaak", StringComparison.Ordinal);
                    if (at >= 0 && int.TryParse(action.Description.AsSpan(at + 4, 3), out var n)) counts[n] = counts.GetValueOrDefault(n) + 1;
                }
            }
            if (expected.All(counts.ContainsKey) || DateTime.UtcNow > until) return counts;
            await Task.Delay(500);
        }
    }

    /// <summary>How many replies each activity got, once every acknowledged one has one (or the time is up).</summary>
    private static async Task<Dictionary<string, int>> WaitForRepliesAsync(FakeConnector connector, ICollection<string> expected, DateTime until)
    {
        while (true)
        {
            var replies = connector.Calls.Where(c => c.Method == "POST" && c.Text is not null)
                .Select(c => c.Path[(c.Path.LastIndexOf('/') + 1)..]).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
            if (expected.All(replies.ContainsKey) || DateTime.UtcNow > until) return replies;
            await Task.Delay(200);
        }
    }

    private static TableFamilyRepository Repository(string prefix)
    {
        var options = Options.Create(new StorageOptions { ConnectionString = TestStorage.ConnectionString, TablePrefix = prefix, ReadCacheTtl = TimeSpan.Zero });
        var tables = new TableSet(options);
        return new TableFamilyRepository(tables, new TableDueIndex(tables), new FamilyCache(options));
    }
}

/// <summary>The tests that start bot processes run one at a time: each floods the two cores on its own.</summary>
[CollectionDefinition(Name)]
public sealed class DurabilityCollection
{
    public const string Name = "Durability";
}
