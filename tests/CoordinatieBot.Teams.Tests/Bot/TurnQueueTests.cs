using CoordinatieBot.Teams.Bot;
using Microsoft.Extensions.Time.Testing;

namespace CoordinatieBot.Teams.Tests.Bot;

/// <summary>The turn queue refuses work (503) when turns would wait more than a few seconds; on a fake clock.</summary>
public class TurnQueueTests
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(5);
    private readonly FakeTimeProvider _clock = new();

    private static Task Turn(CancellationToken _) => Task.CompletedTask;

    [Fact]
    public async Task Refuses_while_the_oldest_waiting_turn_has_waited_max_wait_and_accepts_again_once_it_runs()
    {
        var queue = new TurnQueue(_clock, MaxWait);
        Assert.True(queue.TryEnqueue(Turn));
        _clock.Advance(TimeSpan.FromSeconds(4));
        Assert.True(queue.TryEnqueue(Turn));

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(queue.TryEnqueue(Turn));
        Assert.Equal(2, queue.Pending);

        await TakeAsync(queue); // the oldest starts; the next has waited 1 s
        Assert.True(queue.TryEnqueue(Turn));
        Assert.Equal(3, queue.Pending);
    }

    [Fact]
    public async Task Holds_at_most_what_was_finished_in_the_last_max_wait_and_never_less_than_the_minimum()
    {
        var queue = new TurnQueue(_clock, MaxWait);
        for (var i = 0; i < TurnQueue.MinCapacity; i++) Assert.True(queue.TryEnqueue(Turn));
        Assert.False(queue.TryEnqueue(Turn));

        // 356 turns finish within a second: 356 may wait now.
        for (var i = 0; i < TurnQueue.MinCapacity; i++) await RunOneAsync(queue);
        for (var i = 0; i < TurnQueue.MinCapacity; i++) Assert.True(queue.TryEnqueue(Turn));
        for (var i = 0; i < 100; i++) await RunOneAsync(queue);
        Assert.Equal(356, queue.Capacity);
        for (var i = 0; i < 200; i++) Assert.True(queue.TryEnqueue(Turn));
        Assert.False(queue.TryEnqueue(Turn));
        Assert.Equal(356, queue.Pending);

        // Nothing finished for MaxWait: what was measured no longer counts.
        _clock.Advance(MaxWait);
        Assert.Equal(TurnQueue.MinCapacity, queue.Capacity);
    }

    [Fact]
    public async Task Never_holds_more_than_the_maximum_however_fast_turns_finished()
    {
        var queue = new TurnQueue(_clock, MaxWait);
        for (var round = 0; round < 4; round++)
        {
            var capacity = queue.Capacity;
            for (var i = 0; i < capacity; i++) Assert.True(queue.TryEnqueue(Turn));
            Assert.False(queue.TryEnqueue(Turn));
            for (var i = 0; i < capacity; i++) await RunOneAsync(queue);
        }
        Assert.Equal(TurnQueue.MaxCapacity, queue.Capacity);
    }

    [Fact]
    public async Task A_closed_queue_promises_nothing_new_and_hands_back_what_still_waits()
    {
        var queue = new TurnQueue(_clock, MaxWait);
        var handedBack = 0;
        var ran = 0;
        for (var i = 0; i < 3; i++)
            Assert.True(queue.TryEnqueue(_ => { ran++; return Task.CompletedTask; }, () => { handedBack++; return Task.CompletedTask; }));
        await RunOneAsync(queue);

        queue.Close();
        Assert.False(queue.IsOpen);
        Assert.False(queue.HasRoom);
        Assert.False(queue.TryEnqueue(Turn));

        Assert.Equal(2, await queue.HandBackWaitingAsync());
        Assert.Equal((1, 2, 0), (ran, handedBack, queue.Pending));
    }

    private static async Task TakeAsync(TurnQueue queue) => Assert.NotNull(await queue.NextAsync(CancellationToken.None));

    private static async Task RunOneAsync(TurnQueue queue)
    {
        var work = await queue.NextAsync(CancellationToken.None);
        await work!(CancellationToken.None);
        queue.Done();
    }
}
