namespace CoordinatieBot.Teams.Connector;

/// <summary>A trusted serviceUrl: scheme, host (case-insensitive), port and a path prefix matched on segment boundaries.</summary>
internal sealed record ServiceUrlPrefix(string Scheme, string Host, int Port, string PathPrefix)
{
    public static ServiceUrlPrefix? TryParse(string? serviceUrl)
    {
        if (string.IsNullOrWhiteSpace(serviceUrl)
            || !Uri.TryCreate(serviceUrl.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.UserInfo.Length > 0
            || uri.Query.Length > 0
            || uri.Fragment.Length > 0)
        {
            return null;
        }

        return new ServiceUrlPrefix(uri.Scheme, uri.IdnHost.ToLowerInvariant(), uri.Port, WithTrailingSlash(uri.AbsolutePath));
    }

    public bool Covers(ServiceUrlPrefix candidate) =>
        Scheme == candidate.Scheme
        && Host == candidate.Host
        && Port == candidate.Port
        && candidate.PathPrefix.StartsWith(PathPrefix, StringComparison.Ordinal);

    private static string WithTrailingSlash(string path) => path.EndsWith('/') ? path : path + "/";
}
