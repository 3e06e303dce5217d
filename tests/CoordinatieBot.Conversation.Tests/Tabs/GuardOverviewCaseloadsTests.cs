using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Tabs;

namespace CoordinatieBot.Conversation.Tests.Tabs;

public class GuardOverviewCaseloadsTests
{
    private sealed class CountingIndex : IRegieIndex
    {
        public int Calls;

        public Task<int> FamiliesLedByAsync(string tenantId, string userId, CancellationToken ct)
        {
            Interlocked.Increment(ref Calls);
            return Task.FromResult(tenantId == "t" && userId == "29:piet" ? 12 : 3);
        }
    }

    [Fact]
    public async Task Each_regisseur_is_asked_once_however_many_families_name_them()
    {
        var index = new CountingIndex();
        var caseloads = new GuardOverviewCaseloads(index, default);

        caseloads.Prefetch("t", "29:piet");
        caseloads.Prefetch("t", "29:piet");
        caseloads.Prefetch("t", "29:fatima");

        Assert.Equal(12, await caseloads.FamiliesLedByAsync("t", "29:piet", default));
        Assert.Equal(3, await caseloads.FamiliesLedByAsync("t", "29:fatima", default));
        Assert.Equal(2, index.Calls);
        Assert.Equal(3, await caseloads.FamiliesLedByAsync("other", "29:piet", default)); // another tenant is another question
        Assert.Equal(3, index.Calls);
    }
}
