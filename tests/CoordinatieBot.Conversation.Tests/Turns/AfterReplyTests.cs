using CoordinatieBot.Conversation.Turns;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoordinatieBot.Conversation.Tests.Turns;

public class AfterReplyTests
{
    [Fact]
    public async Task Without_a_scope_the_work_runs_at_once()
    {
        var ran = false;
        await AfterReply.RunOrLeaveAsync(_ => { ran = true; return Task.CompletedTask; }, CancellationToken.None);
        Assert.True(ran);
    }

    [Fact]
    public async Task In_a_scope_the_work_waits_for_the_replies_and_runs_in_order_even_after_a_failure()
    {
        var ran = new List<int>();
        using (var after = AfterReply.Begin())
        {
            await AfterReply.RunOrLeaveAsync(_ => { ran.Add(1); return Task.CompletedTask; }, CancellationToken.None);
            await AfterReply.RunOrLeaveAsync(_ => throw new InvalidOperationException("send failed"), CancellationToken.None);
            await AfterReply.RunOrLeaveAsync(_ => { ran.Add(3); return Task.CompletedTask; }, CancellationToken.None);
            Assert.Empty(ran);
            Assert.Equal(3, after.Work.Count);

            await after.Work.RunAsync(NullLogger.Instance, CancellationToken.None);
            await after.Work.RunAsync(NullLogger.Instance, CancellationToken.None);
        }
        Assert.Equal([1, 3], ran);

        await AfterReply.RunOrLeaveAsync(_ => { ran.Add(4); return Task.CompletedTask; }, CancellationToken.None);
        Assert.Equal([1, 3, 4], ran);
    }
}
