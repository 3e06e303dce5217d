using System.Diagnostics;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Teams.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace CoordinatieBot.Teams.Graph;

/// <summary>
/// People and their managers from Microsoft Graph (<c>GET /users/{id}</c>, <c>GET /users/{id}/manager</c>) with the
/// bot's app-only token. Needs the application permission User.Read.All. Every failure of Graph, the network or the
/// token becomes <see cref="PersonLookupOutcome.Unavailable"/> within <see cref="GraphOptions.Timeout"/>; answers are
/// remembered for a while (<see cref="GraphOptions.FoundCacheDuration"/> and friends).
/// </summary>
public sealed partial class GraphPeopleDirectory : IPeopleDirectory
{
    public const string HttpClientName = "CoordinatieBot.Teams.Graph";

    private static readonly string[] Fields = ["id", "displayName", "mail", "jobTitle"];

    /// <summary>A user's own fields and their phones: the first business phone, else the mobile one (the family's plan shows it).</summary>
    private static readonly string[] PersonFields = [.. Fields, "businessPhones", "mobilePhone"];

    private readonly GraphOptions _options;
    private readonly IGraphCredentialSource _credentials;
    private readonly IHttpClientFactory _http;
    private readonly ILogger<GraphPeopleDirectory> _log;
    private readonly PersonLookupCache _cache;
    private readonly Uri _baseUrl;

    public GraphPeopleDirectory(GraphOptions options, IGraphCredentialSource credentials, IHttpClientFactory http, TimeProvider time, ILogger<GraphPeopleDirectory> log)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _credentials = credentials;
        _http = http;
        _log = log;
        _cache = new PersonLookupCache(options, time);
        _baseUrl = new Uri(options.BaseUrl.TrimEnd('/'));
    }

    public Task<PersonLookup> GetPersonAsync(string tenantId, string aadObjectId, CancellationToken ct) =>
        LookupAsync("person", tenantId, aadObjectId,
            async (graph, id, token) => await graph.Users[id].GetAsync(r => r.QueryParameters.Select = PersonFields, token).ConfigureAwait(false), ct);

    public Task<PersonLookup> GetManagerAsync(string tenantId, string aadObjectId, CancellationToken ct) =>
        LookupAsync("manager", tenantId, aadObjectId,
            (graph, id, token) => graph.Users[id].Manager.GetAsync(r => r.QueryParameters.Select = Fields, token), ct);

    private async Task<PersonLookup> LookupAsync(string operation, string tenantId, string aadObjectId,
        Func<GraphServiceClient, string, CancellationToken, Task<DirectoryObject?>> call, CancellationToken ct)
    {
        if (!Guid.TryParse(aadObjectId, out var objectId))
            return PersonLookup.NotFound("not an Entra object id");
        if (string.IsNullOrWhiteSpace(tenantId))
            return PersonLookup.Unavailable("no tenant to ask");

        using var span = TeamsTelemetry.Source.StartActivity("graph " + operation, ActivityKind.Internal);
        span?.SetTag(TeamsTelemetry.GraphOperationTag, operation);

        var key = $"{operation}|{tenantId.ToLowerInvariant()}|{objectId:D}";
        var cached = _cache.TryGet(key, out var lookup);
        if (!cached)
        {
            lookup = await AskGraphAsync(operation, tenantId, objectId.ToString("D"), call, ct).ConfigureAwait(false);
            _cache.Set(key, lookup);
        }

        span?.SetTag(TeamsTelemetry.GraphCachedTag, cached);
        span?.SetTag(TeamsTelemetry.GraphOutcomeTag, lookup.Outcome.ToString());
        return lookup;
    }

    private async Task<PersonLookup> AskGraphAsync(string operation, string tenantId, string objectId,
        Func<GraphServiceClient, string, CancellationToken, Task<DirectoryObject?>> call, CancellationToken ct)
    {
        if (_credentials.ForTenant(tenantId) is not { } credential)
            return PersonLookup.Unavailable("the bot may not ask this tenant's directory");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            var auth = new GraphTokenAuthenticationProvider(credential, _options.Scope, _baseUrl);
            using var graph = new GraphServiceClient(_http.CreateClient(HttpClientName), auth, _baseUrl.ToString().TrimEnd('/'));
            var found = await call(graph, objectId, timeout.Token).ConfigureAwait(false);
            return found is null ? PersonLookup.NotFound("Graph answered without a person") : PersonLookup.Found(ToPerson(found, objectId));
        }
        catch (ApiException e) when (e.ResponseStatusCode == 404)
        {
            return PersonLookup.NotFound(operation == "manager" ? "no manager in the directory" : "no such person in the directory");
        }
        catch (ApiException e)
        {
            LogUnavailable(operation, $"HTTP {e.ResponseStatusCode}");
            return PersonLookup.Unavailable(e.ResponseStatusCode switch
            {
                401 or 403 => $"Graph refused the bot ({e.ResponseStatusCode}): is User.Read.All granted?",
                429 => "Graph is throttling the bot (429)",
                _ => $"Graph answered {e.ResponseStatusCode}",
            });
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            LogUnavailable(operation, "timeout");
            return PersonLookup.Unavailable($"Graph did not answer within {_options.Timeout.TotalSeconds:0.#} s");
        }
        catch (Azure.Identity.AuthenticationFailedException)
        {
            LogUnavailable(operation, "no token");
            return PersonLookup.Unavailable("no Graph token for the bot (check MicrosoftAppId, MicrosoftAppPassword and consent)");
        }
        catch (HttpRequestException e)
        {
            LogUnavailable(operation, e.HttpRequestError.ToString());
            return PersonLookup.Unavailable("Graph is unreachable");
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            LogUnavailable(operation, e.GetType().Name);
            return PersonLookup.Unavailable($"Graph lookup failed ({e.GetType().Name})");
        }
    }

    // A manager can be a user or an organisational contact; both carry these fields.
    private static DirectoryPerson ToPerson(DirectoryObject found, string objectId) => found switch
    {
        User u => new DirectoryPerson(u.Id ?? objectId, u.DisplayName, u.Mail, u.JobTitle,
            u.BusinessPhones?.FirstOrDefault(p => !string.IsNullOrWhiteSpace(p)) ?? NonEmpty(u.MobilePhone)),
        OrgContact c => new DirectoryPerson(c.Id ?? objectId, c.DisplayName, c.Mail, c.JobTitle,
            NonEmpty(c.Phones?.FirstOrDefault(p => p.Type == PhoneType.Business)?.Number) ?? NonEmpty(c.Phones?.FirstOrDefault(p => p.Type == PhoneType.Mobile)?.Number)),
        _ => new DirectoryPerson(found.Id ?? objectId, Text(found, "displayName"), Text(found, "mail"), Text(found, "jobTitle")),
    };

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? Text(DirectoryObject found, string field) =>
        found.AdditionalData is { } data && data.TryGetValue(field, out var value) ? value?.ToString() : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Graph {Operation} lookup unavailable: {Cause}")]
    private partial void LogUnavailable(string operation, string cause);
}
