using CoordinatieBot.Conversation.Escalation;

namespace CoordinatieBot.Conversation.Tests.Escalation;

public class NoticeQueueTests
{
    private static DueFamily Item(string id) => new(id, [], DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task A_family_is_queued_once_until_the_worker_finishes_it()
    {
        var queue = new NoticeQueue();
        var first = Item("f1");
        Assert.True((await queue.EnqueueAsync(first, default)).Queued);
        var (existing, queued) = await queue.EnqueueAsync(Item("f1"), default);
        Assert.False(queued);
        Assert.Same(first, existing);

        queue.Finish(first, new FamilySendResult("f1"));
        Assert.True(first.Done.IsCompletedSuccessfully);
        Assert.Equal(0, queue.Pending);
        Assert.True((await queue.EnqueueAsync(Item("f1"), default)).Queued);
    }

    [Fact]
    public async Task A_full_outbox_makes_the_sweep_wait_for_room()
    {
        var queue = new NoticeQueue(capacity: 3);
        for (var i = 0; i < 3; i++) await queue.EnqueueAsync(Item($"f{i}"), default);

        var waiting = queue.EnqueueAsync(Item("one-more"), default).AsTask();
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted);

        await using var reader = queue.ReadAllAsync(default).GetAsyncEnumerator();
        Assert.True(await reader.MoveNextAsync());
        Assert.True((await waiting.WaitAsync(TimeSpan.FromSeconds(5))).Queued);
    }
}
