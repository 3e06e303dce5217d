using System.Collections.Concurrent;
using CoordinatieBot.Domain;
using Microsoft.Extensions.Options;

namespace CoordinatieBot.Storage.Families;

/// <summary>
/// What this process last read or wrote of each family, for a short while, so a read turn ("wie is regisseur?")
/// needs no storage round trip. Changes stay safe without it: every save carries the ETag it was loaded with, so a
/// state another instance changed meanwhile is refused (412), evicted, and read again.
/// The conversation → family links never change once made, so they are kept as long as the process lives.
/// </summary>
public sealed class FamilyCache(IOptions<StorageOptions> options)
{
    private const int MaxEntries = 100_000;
    private readonly ConcurrentDictionary<string, Entry> _states = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _links = new(StringComparer.Ordinal);
    private readonly long _ttlMs = (long)options.Value.ReadCacheTtl.TotalMilliseconds;

    public bool TryGet(string familyId, out FamilyState state, out string version)
    {
        if (_ttlMs > 0 && _states.TryGetValue(familyId, out var entry) && Environment.TickCount64 - entry.At < _ttlMs)
        {
            (state, version) = (entry.State, entry.Version);
            return true;
        }
        (state, version) = (null!, "");
        return false;
    }

    public void Put(FamilyState state, string version)
    {
        if (_ttlMs <= 0 || string.IsNullOrEmpty(version)) return;
        if (_states.Count >= MaxEntries) _states.Clear();
        _states[state.Id] = new Entry(state, version, Environment.TickCount64);
    }

    public void Evict(string familyId) => _states.TryRemove(familyId, out _);

    public bool TryGetLink(string tenantId, string conversationId, out string familyId) =>
        _links.TryGetValue(LinkKey(tenantId, conversationId), out familyId!);

    public void PutLink(string tenantId, string conversationId, string familyId)
    {
        if (_links.Count >= MaxEntries) _links.Clear();
        _links[LinkKey(tenantId, conversationId)] = familyId;
    }

    public void EvictLink(string tenantId, string conversationId) => _links.TryRemove(LinkKey(tenantId, conversationId), out _);

    private static string LinkKey(string tenantId, string conversationId) => tenantId + "\n" + conversationId;

    private sealed record Entry(FamilyState State, string Version, long At);
}
