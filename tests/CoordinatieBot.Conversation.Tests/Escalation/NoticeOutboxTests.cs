using CoordinatieBot.Conversation.Escalation;

namespace CoordinatieBot.Conversation.Tests.Escalation;

public class NoticeOutboxTests
{
    private static DueFamily Item(string id) => new(id, [], DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task A_family_is_queued_once_until_the_sender_finishes_it()
    {
        var outbox = new NoticeOutbox();
        var first = Item("f1");
        Assert.True((await outbox.EnqueueAsync(first, default)).Queued);
        var (existing, queued) = await outbox.EnqueueAsync(Item("f1"), default);
        Assert.False(queued);
        Assert.Same(first, existing);

        outbox.Finish(first, new FamilyDelivery("f1"));
        Assert.True(first.Done.IsCompletedSuccessfully);
        Assert.Equal(0, outbox.Pending);
        Assert.True((await outbox.EnqueueAsync(Item("f1"), default)).Queued);
    }

    [Fact]
    public async Task A_full_outbox_makes_the_sweep_wait_for_room()
    {
        var outbox = new NoticeOutbox(capacity: 3);
        for (var i = 0; i < 3; i++) await outbox.EnqueueAsync(Item($"f{i}"), default);

        var waiting = outbox.EnqueueAsync(Item("one-more"), default).AsTask();
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted);

        await using var reader = outbox.ReadAllAsync(default).GetAsyncEnumerator();
        Assert.True(await reader.MoveNextAsync());
        Assert.True((await waiting.WaitAsync(TimeSpan.FromSeconds(5))).Queued);
    }
}
