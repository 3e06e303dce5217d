using System.Collections.Concurrent;

namespace CoordinatieBot.Teams.Connector;

public sealed class InMemoryServiceUrlTrust : IServiceUrlTrust
{
    private readonly ConcurrentDictionary<ServiceUrlPrefix, byte> _trusted = new();

    public InMemoryServiceUrlTrust(IEnumerable<string>? allowedServiceUrls = null)
    {
        foreach (var url in allowedServiceUrls ?? [])
        {
            Trust(url);
        }
    }

    public void Trust(string serviceUrl)
    {
        var prefix = ServiceUrlPrefix.TryParse(serviceUrl)
            ?? throw new ArgumentException("serviceUrl is not an absolute http(s) URL without query or user info.", nameof(serviceUrl));
        _trusted.TryAdd(prefix, 0);
    }

    public bool IsTrusted(string serviceUrl)
    {
        var candidate = ServiceUrlPrefix.TryParse(serviceUrl);
        return candidate is not null && _trusted.Keys.Any(prefix => prefix.Covers(candidate));
    }
}
