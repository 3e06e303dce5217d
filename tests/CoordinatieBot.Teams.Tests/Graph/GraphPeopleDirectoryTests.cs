using System.Diagnostics;
using Azure.Identity;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Teams.Graph;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoordinatieBot.Teams.Tests.Graph;

/// <summary>The Graph directory through the real registration, against a loopback fake Graph.</summary>
public sealed class GraphPeopleDirectoryTests : IAsyncLifetime
{
    private const string Tenant = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    private const string Piet = "0c7a4b4e-1111-4c2e-9a55-000000000001";
    private const string Marieke = "0c7a4b4e-1111-4c2e-9a55-000000000002";
    private const string Directeur = "0c7a4b4e-1111-4c2e-9a55-000000000003";
    private const string Nobody = "0c7a4b4e-1111-4c2e-9a55-00000000dead";

    private FakeGraphServer _graph = null!;
    private readonly RecordingCredentials _credentials = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        _graph = await FakeGraphServer.StartAsync();
        _graph.AddUser(Piet, Persona.Piet.Name, "piet@wijkteam.example", "Casemanager", managerId: Marieke, businessPhones: ["+31 10 123 4567"], mobilePhone: "06 1111 2222");
        _graph.AddUser(Marieke, "Marieke Bos", "marieke@wijkteam.example", "Teamleider", managerId: Directeur, mobilePhone: "06 3333 4444");
        _graph.AddUser(Directeur, "Jan Smit", null, null);
    }

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    [Fact]
    public async Task A_person_is_found_with_name_mail_job_title_and_their_business_phone()
    {
        var lookup = await Directory().GetPersonAsync(Tenant, Piet, default);

        Assert.Equal(PersonLookupOutcome.Found, lookup.Outcome);
        Assert.Equal(new DirectoryPerson(Piet, Persona.Piet.Name, "piet@wijkteam.example", "Casemanager", "+31 10 123 4567"), lookup.Person);
        var (target, auth) = Assert.Single(_graph.Requests);
        Assert.StartsWith($"/v1.0/users/{Piet}?", target, StringComparison.Ordinal);
        Assert.Contains("select=id,displayName,mail,jobTitle,businessPhones,mobilePhone", Uri.UnescapeDataString(target), StringComparison.Ordinal);
        Assert.Equal($"Bearer {FakeGraphServer.Token}", auth);
    }

    [Fact]
    public async Task A_manager_is_found()
    {
        var lookup = await Directory().GetManagerAsync(Tenant, Piet, default);

        Assert.True(lookup.IsFound);
        Assert.Equal(new DirectoryPerson(Marieke, "Marieke Bos", "marieke@wijkteam.example", "Teamleider", "06 3333 4444"), lookup.Person);
        Assert.StartsWith($"/v1.0/users/{Piet}/manager", Assert.Single(_graph.Requests).RawTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_without_a_manager_is_not_found_and_so_is_an_unknown_person()
    {
        var directory = Directory();

        var noManager = await directory.GetManagerAsync(Tenant, Directeur, default);
        var unknown = await directory.GetPersonAsync(Tenant, Nobody, default);

        Assert.Equal(PersonLookupOutcome.NotFound, noManager.Outcome);
        Assert.Equal("no manager in the directory", noManager.Reason);
        Assert.Null(noManager.Person);
        Assert.Equal(PersonLookupOutcome.NotFound, unknown.Outcome);
    }

    [Fact]
    public async Task Graph_down_is_unavailable_and_does_not_throw()
    {
        var port = FreePort();
        var directory = Directory(baseUrl: $"http://127.0.0.1:{port}/v1.0");

        var person = await directory.GetPersonAsync(Tenant, Piet, default);
        var manager = await directory.GetManagerAsync(Tenant, Piet, default);

        Assert.Equal(PersonLookupOutcome.Unavailable, person.Outcome);
        Assert.Equal("Graph is unreachable", person.Reason);
        Assert.Equal(PersonLookupOutcome.Unavailable, manager.Outcome);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(429)]
    public async Task A_failing_or_refusing_Graph_is_unavailable(int status)
    {
        _graph.FailWith = status;

        var lookup = await Directory().GetManagerAsync(Tenant, Piet, default);

        Assert.Equal(PersonLookupOutcome.Unavailable, lookup.Outcome);
        Assert.Contains(status.ToString(), lookup.Reason, StringComparison.Ordinal);
        Assert.Single(_graph.Requests); // no retries: a lookup gives up at once
    }

    [Fact]
    public async Task A_slow_Graph_is_unavailable_after_the_timeout()
    {
        _graph.Stall = TimeSpan.FromSeconds(20);
        var directory = Directory(timeout: "00:00:00.300");

        var watch = Stopwatch.StartNew();
        var lookup = await directory.GetPersonAsync(Tenant, Piet, default);

        Assert.Equal(PersonLookupOutcome.Unavailable, lookup.Outcome);
        Assert.Contains("did not answer within", lookup.Reason, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task No_token_is_unavailable()
    {
        _credentials.Fail = new AuthenticationFailedException("AADSTS7000215: Invalid client secret provided.");

        var lookup = await Directory().GetPersonAsync(Tenant, Piet, default);

        Assert.Equal(PersonLookupOutcome.Unavailable, lookup.Outcome);
        Assert.Contains("no Graph token", lookup.Reason, StringComparison.Ordinal);
        Assert.Empty(_graph.Requests);
    }

    [Fact]
    public async Task The_token_is_asked_for_the_tenant_with_the_Graph_default_scope()
    {
        await Directory().GetPersonAsync(Tenant, Piet, default);

        var (tenant, scopes) = Assert.Single(_credentials.Requests);
        Assert.Equal(Tenant, tenant);
        Assert.Equal(["https://graph.microsoft.com/.default"], scopes);
    }

    [Fact]
    public async Task Found_people_are_remembered_for_an_hour()
    {
        var directory = Directory();

        await directory.GetPersonAsync(Tenant, Piet, default);
        _clock.Advance(TimeSpan.FromMinutes(59));
        var again = await directory.GetPersonAsync(Tenant, Piet, default);
        Assert.True(again.IsFound);
        Assert.Single(_graph.Requests);

        _clock.Advance(TimeSpan.FromMinutes(2));
        await directory.GetPersonAsync(Tenant, Piet, default);
        Assert.Equal(2, _graph.Requests.Count);
    }

    [Fact]
    public async Task An_outage_is_remembered_briefly_so_turns_stay_fast()
    {
        var directory = Directory();
        _graph.FailWith = 503;
        await directory.GetManagerAsync(Tenant, Piet, default);
        _graph.FailWith = null;

        Assert.Equal(PersonLookupOutcome.Unavailable, (await directory.GetManagerAsync(Tenant, Piet, default)).Outcome);
        _clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.True((await directory.GetManagerAsync(Tenant, Piet, default)).IsFound);
        Assert.Equal(2, _graph.Requests.Count);
    }

    [Fact]
    public async Task Person_and_manager_are_cached_apart_and_per_tenant()
    {
        var directory = Directory();

        Assert.Equal(Persona.Piet.Name, (await directory.GetPersonAsync(Tenant, Piet, default)).Person!.DisplayName);
        Assert.Equal("Marieke Bos", (await directory.GetManagerAsync(Tenant, Piet, default)).Person!.DisplayName);
        Assert.Equal(2, _graph.Requests.Count);
    }

    [Theory]
    [InlineData("aad-piet")]
    [InlineData("../../users")]
    [InlineData("")]
    public async Task An_id_that_is_no_object_id_is_not_found_without_asking_Graph(string id)
    {
        var lookup = await Directory().GetPersonAsync(Tenant, id, default);

        Assert.Equal(PersonLookupOutcome.NotFound, lookup.Outcome);
        Assert.Empty(_graph.Requests);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_swallowed()
    {
        _graph.Stall = TimeSpan.FromSeconds(20);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Directory().GetPersonAsync(Tenant, Piet, cts.Token));
    }

    private IPeopleDirectory Directory(string? baseUrl = null, string? timeout = null)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = Tenant,
            ["Graph:BaseUrl"] = baseUrl ?? _graph.BaseUrl,
            ["Graph:Timeout"] = timeout ?? "00:00:05",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton<IGraphCredentialSource>(_credentials);
        services.AddGraphDirectory(config, isDevelopment: false);
        var directory = services.BuildServiceProvider().GetRequiredService<IPeopleDirectory>();
        Assert.IsType<GraphPeopleDirectory>(directory);
        return directory;
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
