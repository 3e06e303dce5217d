using CoordinatieBot.Conversation.Coordination;

namespace CoordinatieBot.Conversation.Tests.Coordination;

public class StripedLockTests
{
    [Fact]
    public async Task A_turn_that_had_to_wait_knows_it_so_it_reads_the_family_again()
    {
        var locks = new StripedLock();
        var first = await locks.AcquireAsync("family-1", default);
        Assert.False(first.Waited);

        var second = locks.AcquireAsync("family-1", default);
        Assert.False(second.IsCompleted);
        first.Dispose();
        using var held = await second.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(held.Waited);
    }

    [Fact]
    public async Task Releasing_twice_releases_once()
    {
        var locks = new StripedLock();
        var held = await locks.AcquireAsync("family-1", default);
        held.Dispose();
        held.Dispose();
        using var again = await locks.AcquireAsync("family-1", default);
        Assert.False(locks.AcquireAsync("family-1", default).IsCompleted);
    }
}
