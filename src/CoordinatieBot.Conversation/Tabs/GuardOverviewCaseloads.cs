using System.Collections.Concurrent;
using CoordinatieBot.Conversation.Ports;

namespace CoordinatieBot.Conversation.Tabs;

/// <summary>
/// The regie index, each regisseur asked once: the overview starts a look-up as soon as a family names its regisseur,
/// so the caseloads come in while the other families are still being read.
/// </summary>
public sealed class GuardOverviewCaseloads(IRegieIndex index, CancellationToken ct) : IRegieIndex
{
    private readonly ConcurrentDictionary<(string Tenant, string User), Lazy<Task<int>>> _counts = new();

    public void Prefetch(string tenantId, string userId) => _ = FamiliesLedByAsync(tenantId, userId, ct);

    public Task<int> FamiliesLedByAsync(string tenantId, string userId, CancellationToken _) =>
        _counts.GetOrAdd((tenantId, userId), key => new Lazy<Task<int>>(() => index.FamiliesLedByAsync(key.Tenant, key.User, ct))).Value;
}
