using System.Collections.Concurrent;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Domain;
using Microsoft.Extensions.Options;

namespace CoordinatieBot.Storage.Families;

/// <summary>
/// What this process last read or wrote of each family, so a turn whose family did not change needs only a small
/// version check (the state row's ETag) instead of reading and decoding the whole state. Never trusted without that
/// check: another host may have changed or erased the family a moment ago.
/// The conversation → family links are kept as long as the process lives; a link whose family is gone is dropped.
/// </summary>
public sealed class FamilyCache(IOptions<StorageOptions> options)
{
    private const int MaxEntries = 100_000;
    private readonly ConcurrentDictionary<string, Entry> _states = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _links = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CardPlace> _cards = new(StringComparer.Ordinal);
    private readonly long _ttlMs = (long)options.Value.ReadCacheTtl.TotalMilliseconds;

    public bool TryGet(string familyId, out CachedFamily family)
    {
        if (_ttlMs > 0 && _states.TryGetValue(familyId, out var entry) && Environment.TickCount64 - entry.At < _ttlMs)
        {
            family = entry.Family;
            return true;
        }
        family = null!;
        return false;
    }

    public void Put(FamilyState state, string version, AppliedTurns applied)
    {
        if (_ttlMs <= 0 || string.IsNullOrEmpty(version)) return;
        if (_states.Count >= MaxEntries) _states.Clear();
        _states[state.Id] = new Entry(new CachedFamily(state, version, applied), Environment.TickCount64);
    }

    public void Evict(string familyId) => _states.TryRemove(familyId, out _);

    /// <summary>
    /// Where the family's living plan card is, as the state row had it at <see cref="CardPlace.Version"/> (the card's
    /// place is kept in that row, so a save carries it on). Kept past the state's time to live: small, and needed to save.
    /// </summary>
    public bool TryGetCard(string familyId, out CardPlace place) => _cards.TryGetValue(familyId, out place!);

    public void PutCard(string familyId, string version, LivingCard? card)
    {
        if (string.IsNullOrEmpty(version)) return;
        if (_cards.Count >= MaxEntries) _cards.Clear();
        _cards[familyId] = new CardPlace(version, card);
    }

    public void EvictCard(string familyId) => _cards.TryRemove(familyId, out _);

    public bool TryGetLink(string tenantId, string conversationId, out string familyId) =>
        _links.TryGetValue(LinkKey(tenantId, conversationId), out familyId!);

    public void PutLink(string tenantId, string conversationId, string familyId)
    {
        if (_links.Count >= MaxEntries) _links.Clear();
        _links[LinkKey(tenantId, conversationId)] = familyId;
    }

    public void EvictLink(string tenantId, string conversationId) => _links.TryRemove(LinkKey(tenantId, conversationId), out _);

    private static string LinkKey(string tenantId, string conversationId) => tenantId + "\n" + conversationId;

    private sealed record Entry(CachedFamily Family, long At);
}

public sealed record CachedFamily(FamilyState State, string Version, AppliedTurns Applied);

/// <summary>The living card's place (none yet: null) as the family's state row had it at <paramref name="Version"/>.</summary>
public sealed record CardPlace(string Version, LivingCard? Card);
