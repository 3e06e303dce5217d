using Microsoft.Extensions.Configuration;

namespace CoordinatieBot.Teams.Graph;

/// <summary>Settings of the Microsoft Graph lookups, section "Graph".</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";
    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";
    public const string DefaultScope = "https://graph.microsoft.com/.default";

    /// <summary>Off: every lookup answers Unavailable without calling Graph.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Graph's service root; tests point it at a local fake (plain http is allowed for loopback only).</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>The client-credentials scope; the application permission User.Read.All must be granted.</summary>
    public string Scope { get; set; } = DefaultScope;

    /// <summary>How long one lookup may take, token included, before it answers Unavailable.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a found person (or manager) is remembered.</summary>
    public TimeSpan FoundCacheDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long "no such person" or "no manager" is remembered.</summary>
    public TimeSpan NotFoundCacheDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long "Graph could not be asked" is remembered, so an outage does not slow every turn.</summary>
    public TimeSpan UnavailableCacheDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>At most this many lookups are remembered.</summary>
    public int MaxCacheEntries { get; set; } = 10_000;

    public static GraphOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(Section).Get<GraphOptions>() ?? new GraphOptions();
        if (string.IsNullOrWhiteSpace(options.BaseUrl)) options.BaseUrl = DefaultBaseUrl;
        if (string.IsNullOrWhiteSpace(options.Scope)) options.Scope = DefaultScope;
        return options;
    }

    /// <summary>Throws with a message that says what to fix.</summary>
    public void Validate()
    {
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || !IsAllowedScheme(uri))
            throw new InvalidOperationException($"Graph:BaseUrl '{BaseUrl}' must be an absolute https URL (http only for loopback)");
        if (Timeout <= TimeSpan.Zero)
            throw new InvalidOperationException("Graph:Timeout must be positive");
    }

    /// <summary>https everywhere; plain http only to this machine, where the tests' fake Graph runs.</summary>
    internal static bool IsAllowedScheme(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
}
