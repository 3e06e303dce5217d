using System.Diagnostics;
using CoordinatieBot.Teams.Bot;

namespace CoordinatieBot.Teams.Tests.Bot;

/// <summary>The pacer's behaviour: calls are spread, never bunched past Teams' limits (lower bounds only).</summary>
public class ProactivePacerTests
{
    [Fact]
    public async Task Calls_in_one_tenant_are_spread_at_the_configured_rate()
    {
        var pacer = new ProactivePacer(ratePerSecondPerTenant: 100);
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 21).Select(i => pacer.WaitAsync("tenant", $"conv-{i}", default)));
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(190), $"21 calls at 100/s took {watch.Elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Tenants_do_not_wait_for_each_other()
    {
        var pacer = new ProactivePacer(ratePerSecondPerTenant: 1);
        await pacer.WaitAsync("a", "c1", default);
        var watch = Stopwatch.StartNew();
        await pacer.WaitAsync("b", "c2", default);
        Assert.True(watch.Elapsed < TimeSpan.FromMilliseconds(900));
    }

    [Fact]
    public async Task One_conversation_gets_at_most_seven_calls_a_second_and_eight_in_two()
    {
        var pacer = new ProactivePacer(ratePerSecondPerTenant: 1000);
        var stamps = new List<TimeSpan>();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 9; i++)
        {
            await pacer.WaitAsync("tenant", "one-thread", default);
            stamps.Add(watch.Elapsed);
        }
        Assert.True(stamps[7] >= TimeSpan.FromSeconds(0.99), $"8th call at {stamps[7].TotalMilliseconds} ms");
        Assert.True(stamps[8] >= TimeSpan.FromSeconds(1.99), $"9th call at {stamps[8].TotalMilliseconds} ms");
    }
}
