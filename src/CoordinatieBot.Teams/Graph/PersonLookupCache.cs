using System.Collections.Concurrent;
using CoordinatieBot.Conversation.Ports;

namespace CoordinatieBot.Teams.Graph;

/// <summary>Lookups remembered in memory for a while, per outcome; bounded, and expired on the given clock.</summary>
internal sealed class PersonLookupCache(GraphOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (PersonLookup Lookup, DateTimeOffset Until)> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public bool TryGet(string key, out PersonLookup lookup)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            if (entry.Until > time.GetUtcNow())
            {
                lookup = entry.Lookup;
                return true;
            }
            _entries.TryRemove(new KeyValuePair<string, (PersonLookup, DateTimeOffset)>(key, entry));
        }
        lookup = null!;
        return false;
    }

    public void Set(string key, PersonLookup lookup)
    {
        var duration = lookup.Outcome switch
        {
            PersonLookupOutcome.Found => options.FoundCacheDuration,
            PersonLookupOutcome.NotFound => options.NotFoundCacheDuration,
            _ => options.UnavailableCacheDuration,
        };
        if (duration <= TimeSpan.Zero || options.MaxCacheEntries <= 0) return;

        var now = time.GetUtcNow();
        if (_entries.Count >= options.MaxCacheEntries)
        {
            foreach (var (k, v) in _entries)
                if (v.Until <= now) _entries.TryRemove(k, out _);
            if (_entries.Count >= options.MaxCacheEntries) _entries.Clear();
        }
        _entries[key] = (lookup, now + duration);
    }
}
