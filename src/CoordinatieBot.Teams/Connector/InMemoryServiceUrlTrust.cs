using System.Collections.Concurrent;

namespace CoordinatieBot.Teams.Connector;

public sealed class InMemoryServiceUrlTrust : IServiceUrlTrust
{
    private const int MaxRemembered = 1_000;

    private readonly ConcurrentDictionary<ServiceUrlPrefix, byte> _trusted = new();

    // Every inbound activity and every outgoing call asks about one of a few service URLs: the exact strings
    // already found trusted are answered without parsing the URL again.
    private readonly ConcurrentDictionary<string, byte> _trustedUrls = new(StringComparer.Ordinal);

    public InMemoryServiceUrlTrust(IEnumerable<string>? allowedServiceUrls = null)
    {
        foreach (var url in allowedServiceUrls ?? [])
        {
            Trust(url);
        }
    }

    public void Trust(string serviceUrl)
    {
        if (serviceUrl is not null && _trustedUrls.ContainsKey(serviceUrl)) return;
        var prefix = ServiceUrlPrefix.TryParse(serviceUrl)
            ?? throw new ArgumentException("serviceUrl is not an absolute http(s) URL without query or user info.", nameof(serviceUrl));
        _trusted.TryAdd(prefix, 0);
        Remember(serviceUrl!);
    }

    public bool IsTrusted(string serviceUrl)
    {
        if (serviceUrl is null) return false;
        if (_trustedUrls.ContainsKey(serviceUrl)) return true;
        var candidate = ServiceUrlPrefix.TryParse(serviceUrl);
        if (candidate is null) return false;
        foreach (var (prefix, _) in _trusted)
        {
            if (!prefix.Covers(candidate)) continue;
            Remember(serviceUrl);
            return true;
        }
        return false;
    }

    private void Remember(string serviceUrl)
    {
        if (_trustedUrls.Count < MaxRemembered) _trustedUrls.TryAdd(serviceUrl, 0);
    }
}
