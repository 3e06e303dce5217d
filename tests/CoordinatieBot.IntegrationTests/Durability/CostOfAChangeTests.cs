using CoordinatieBot.IntegrationTests.Infrastructure;
using CoordinatieBot.IntegrationTests.Security;

namespace CoordinatieBot.IntegrationTests.Durability;

/// <summary>What durability costs: storage round trips per change and per read, counted at proxies in front of Azurite.</summary>
public class CostOfAChangeTests
{
    [Fact]
    public async Task A_change_and_a_read_cost_a_few_storage_requests_each()
    {
        await using var tables = await StorageProxy.StartAsync(TestStorage.ConnectionString);
        await using var queues = await StorageProxy.StartAsync(tables.ConnectionString, "QueueEndpoint");
        await using var connector = await FakeConnector.StartAsync();
        await using var app = new BotApp(connector, new Dictionary<string, string?> { ["Storage:ConnectionString"] = queues.ConnectionString });
        var chat = new Chat(app, app.CreateClient(), "19:cost@thread.v2");
        await chat.SayAsync(Persona.Piet, "start gezin Specht");
        await chat.SayAsync(Persona.Piet, "ik neem de regie");
        await chat.SendAsync(Persona.Piet, "plan");
        await chat.SayAsync(Persona.Piet, "taak: ik bel de school voor vrijdag"); // warm: addresses saved, links known
        await Task.Delay(1500); // the inbox poller's idle look is not a change's cost: start between two looks

        const int Changes = 20;
        var (table0, queue0) = (tables.Requests, queues.Requests);
        for (var i = 0; i < Changes; i++) await chat.SayAsync(Persona.Piet, $"taak: ik mail de GGD over punt {i} voor vrijdag");
        var (changeTables, changeQueues) = ((tables.Requests - table0) / (double)Changes, (queues.Requests - queue0) / (double)Changes);

        var (table1, queue1) = (tables.Requests, queues.Requests);
        for (var i = 0; i < Changes; i++) await chat.SayAsync(Persona.Piet, "wie is regisseur?");
        var (readTables, readQueues) = ((tables.Requests - table1) / (double)Changes, (queues.Requests - queue1) / (double)Changes);

        Console.WriteLine($"[exactly-once] cost with durability: a change {changeTables:0.0} table + {changeQueues:0.0} queue requests, " +
                          $"a read {readTables:0.0} table + {readQueues:0.0} queue requests (a change: inbox put and delete, the family's transaction; a question: the version check)");
        // Put and delete in the inbox (a poll may fall in between); the transaction, on this host's copy of the family, with
        // the living card's place on its state row.
        Assert.InRange(changeQueues, 2, 2.5);
        Assert.InRange(changeTables, 1, 1.2);
        // A question has no effect to keep: no inbox, only the family's version check.
        Assert.InRange(readTables, 1, 2);
        Assert.True(readQueues < 0.5, $"a read cost {readQueues:0.0} queue requests");
    }
}
