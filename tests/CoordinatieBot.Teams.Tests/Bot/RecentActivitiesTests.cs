using CoordinatieBot.Teams.Bot.Inbox;

namespace CoordinatieBot.Teams.Tests.Bot;

/// <summary>A second delivery of an activity this host accepts gets the first one's outcome, without a second accept.</summary>
public class RecentActivitiesTests
{
    [Fact]
    public async Task A_second_delivery_waits_for_the_first_and_is_not_accepted_again()
    {
        var recent = new RecentActivities();
        var gate = new TaskCompletionSource<bool>();
        var accepts = 0;
        var first = recent.AcceptOnceAsync("a", () => { accepts++; return gate.Task; });
        var second = recent.AcceptOnceAsync("a", () => { accepts++; return Task.FromResult(true); });
        Assert.False(second.IsCompleted);

        gate.SetResult(true);
        Assert.True(await first);
        Assert.True(await second);
        Assert.True(await recent.AcceptOnceAsync("a", () => { accepts++; return Task.FromResult(true); }));
        Assert.Equal(1, accepts);
    }

    [Fact]
    public async Task A_delivery_that_was_not_accepted_is_forgotten_so_the_retry_runs()
    {
        var recent = new RecentActivities();
        Assert.False(await recent.AcceptOnceAsync("a", () => Task.FromResult(false)));
        await Assert.ThrowsAsync<TimeoutException>(() => recent.AcceptOnceAsync("b", () => throw new TimeoutException()));

        Assert.True(await recent.AcceptOnceAsync("a", () => Task.FromResult(true)));
        Assert.True(await recent.AcceptOnceAsync("b", () => Task.FromResult(true)));
    }
}
