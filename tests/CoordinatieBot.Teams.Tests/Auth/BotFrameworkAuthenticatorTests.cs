using System.Text;
using CoordinatieBot.Teams.Auth;
using CoordinatieBot.Teams.Protocol;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;

namespace CoordinatieBot.Teams.Tests.Auth;

public sealed class BotFrameworkAuthenticatorTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string TenantId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private const string BotFrameworkIssuer = "https://api.botframework.com";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    private static readonly RsaSecurityKey ConnectorKey = OpenIdTestServer.NewKey("connector-key-1");
    private static readonly RsaSecurityKey EntraKey = OpenIdTestServer.NewKey("entra-key-1");
    private OpenIdTestServer _server = null!;

    private DateTime Now => _time.GetUtcNow().UtcDateTime;

    public async Task InitializeAsync()
    {
        _server = await OpenIdTestServer.StartAsync();
        _server.Publish("botframework", ConnectorKey);
        _server.Publish(TenantId, EntraKey);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Valid_connector_token_is_accepted()
    {
        var result = await Authenticate(ValidToken());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(ServiceUrl, result.Identity!.FindFirst("serviceurl")!.Value);
    }

    [Fact]
    public async Task Audience_with_api_prefix_is_accepted()
    {
        var result = await Authenticate(TestTokens.Create(ConnectorKey, BotFrameworkIssuer, $"api://{AppId}", ServiceUrl, Now.AddMinutes(-1), Now.AddHours(1)));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task ServiceUrl_differing_only_by_one_trailing_slash_is_accepted()
    {
        var result = await Authenticate(ValidToken(), serviceUrl: ServiceUrl.TrimEnd('/'));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Wrong_audience_fails() =>
        await AssertFails(TestTokens.Create(ConnectorKey, BotFrameworkIssuer, "some-other-app", ServiceUrl, Now.AddMinutes(-1), Now.AddHours(1)), "audience");

    [Fact]
    public async Task Wrong_issuer_fails() =>
        await AssertFails(TestTokens.Create(ConnectorKey, "https://evil.example.com", AppId, ServiceUrl, Now.AddMinutes(-1), Now.AddHours(1)), "issuer");

    [Fact]
    public async Task Expired_token_fails_beyond_the_clock_skew()
    {
        var token = TestTokens.Create(ConnectorKey, BotFrameworkIssuer, AppId, ServiceUrl, Now.AddHours(-2), Now.AddMinutes(-6));

        await AssertFails(token, "expired");
    }

    [Fact]
    public async Task Token_expired_within_the_clock_skew_is_accepted()
    {
        var token = TestTokens.Create(ConnectorKey, BotFrameworkIssuer, AppId, ServiceUrl, Now.AddHours(-2), Now.AddMinutes(-4));

        var result = await Authenticate(token);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Token_becomes_expired_when_time_passes()
    {
        var token = ValidToken();
        Assert.True((await Authenticate(token)).Succeeded);

        _time.Advance(TimeSpan.FromHours(2));

        await AssertFails(token, "expired");
    }

    [Fact]
    public async Task Not_yet_valid_token_fails() =>
        await AssertFails(TestTokens.Create(ConnectorKey, BotFrameworkIssuer, AppId, ServiceUrl, Now.AddMinutes(10), Now.AddHours(1)), "not yet valid");

    [Fact]
    public async Task Token_signed_by_another_key_with_the_same_key_id_fails()
    {
        var impostor = OpenIdTestServer.NewKey(ConnectorKey.KeyId);

        await AssertFails(TestTokens.Create(impostor, BotFrameworkIssuer, AppId, ServiceUrl, Now.AddMinutes(-1), Now.AddHours(1)), "signature");
    }

    [Fact]
    public async Task Unsigned_alg_none_token_fails() =>
        await AssertFails(TestTokens.Unsigned(ConnectorKey.KeyId, BotFrameworkIssuer, AppId, ServiceUrl, Now.AddMinutes(-1), Now.AddHours(1)), "Token");

    [Fact]
    public async Task Hmac_token_fails()
    {
        var secret = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("0123456789abcdef0123456789abcdef")) { KeyId = ConnectorKey.KeyId };

        await AssertFails(TestTokens.Create(secret, BotFrameworkIssuer, AppId, ServiceUrl, Now.AddMinutes(-1), Now.AddHours(1), SecurityAlgorithms.HmacSha256), "Token");
    }

    [Fact]
    public async Task Unknown_key_id_fails()
    {
        var unknown = OpenIdTestServer.NewKey("never-published");

        await AssertFails(TestTokens.Create(unknown, BotFrameworkIssuer, AppId, ServiceUrl, Now.AddMinutes(-1), Now.AddHours(1)), "key id is unknown");
    }

    [Fact]
    public async Task Unknown_key_id_triggers_one_refresh_and_then_accepts_a_rotated_key()
    {
        var authenticator = CreateAuthenticator();
        Assert.True((await authenticator.AuthenticateAsync($"Bearer {ValidToken()}", Activity(), CancellationToken.None)).Succeeded);
        var rotated = OpenIdTestServer.NewKey("connector-key-2");
        _server.Publish("botframework", rotated);
        _time.Advance(TimeSpan.FromMinutes(1));
        var requestsBefore = _server.JwksRequests;

        var result = await authenticator.AuthenticateAsync(
            $"Bearer {TestTokens.Create(rotated, BotFrameworkIssuer, AppId, ServiceUrl, Now.AddMinutes(-1), Now.AddHours(1))}", Activity(), CancellationToken.None);

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.True(_server.JwksRequests > requestsBefore);
    }

    [Fact]
    public async Task Unknown_key_ids_do_not_refresh_more_than_once_per_interval()
    {
        var authenticator = CreateAuthenticator();
        await authenticator.AuthenticateAsync($"Bearer {ValidToken()}", Activity(), CancellationToken.None);
        var requestsAfterFirstLoad = _server.JwksRequests;

        for (var i = 0; i < 5; i++)
        {
            var token = TestTokens.Create(OpenIdTestServer.NewKey($"random-{i}"), BotFrameworkIssuer, AppId, ServiceUrl, Now.AddMinutes(-1), Now.AddHours(1));
            Assert.False((await authenticator.AuthenticateAsync($"Bearer {token}", Activity(), CancellationToken.None)).Succeeded);
        }

        // The first unknown id may refresh (directly, plus ConfigurationManager's own background refresh); the rest may not.
        Assert.InRange(_server.JwksRequests - requestsAfterFirstLoad, 0, 2);
    }

    [Theory]
    [InlineData(null, "missing")]
    [InlineData("", "missing")]
    [InlineData("Basic dXNlcjpwYXNz", "not a Bearer")]
    [InlineData("Bearer ", "not a readable JWT")]
    [InlineData("Bearer not-a-jwt", "not a readable JWT")]
    public async Task Bad_authorization_headers_fail(string? header, string reasonPart)
    {
        var result = await CreateAuthenticator().AuthenticateAsync(header, Activity(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains(reasonPart, result.FailureReason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Bearer_scheme_is_case_insensitive()
    {
        var result = await CreateAuthenticator().AuthenticateAsync($"bearer {ValidToken()}", Activity(), CancellationToken.None);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task ServiceUrl_claim_differing_from_the_activity_fails()
    {
        var result = await Authenticate(ValidToken(), serviceUrl: "https://evil.example.com/emea/");

        Assert.False(result.Succeeded);
        Assert.Contains("serviceurl", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_serviceurl_claim_fails() =>
        await AssertFails(TestTokens.Create(ConnectorKey, BotFrameworkIssuer, AppId, null, Now.AddMinutes(-1), Now.AddHours(1)), "serviceurl");

    [Theory]
    [InlineData("https://login.microsoftonline.com/" + TenantId + "/v2.0")]
    [InlineData("https://sts.windows.net/" + TenantId + "/")]
    public async Task SingleTenant_accepts_entra_tokens_of_its_own_tenant(string issuer)
    {
        var token = TestTokens.Create(EntraKey, issuer, AppId, ServiceUrl, Now.AddMinutes(-1), Now.AddHours(1));

        var result = await CreateAuthenticator(singleTenant: true).AuthenticateAsync($"Bearer {token}", Activity(), CancellationToken.None);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task SingleTenant_still_accepts_connector_tokens()
    {
        var result = await CreateAuthenticator(singleTenant: true).AuthenticateAsync($"Bearer {ValidToken()}", Activity(), CancellationToken.None);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task SingleTenant_rejects_entra_tokens_of_another_tenant()
    {
        const string otherTenant = "99999999-9999-9999-9999-999999999999";
        var otherKey = OpenIdTestServer.NewKey("other-tenant-key");
        _server.Publish(otherTenant, otherKey);
        var token = TestTokens.Create(otherKey, $"https://login.microsoftonline.com/{otherTenant}/v2.0", AppId, ServiceUrl, Now.AddMinutes(-1), Now.AddHours(1));

        var result = await CreateAuthenticator(singleTenant: true).AuthenticateAsync($"Bearer {token}", Activity(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("issuer", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SingleTenant_rejects_an_entra_issuer_signed_with_the_connector_key()
    {
        var token = TestTokens.Create(ConnectorKey, $"https://login.microsoftonline.com/{TenantId}/v2.0", AppId, ServiceUrl, Now.AddMinutes(-1), Now.AddHours(1));

        var result = await CreateAuthenticator(singleTenant: true).AuthenticateAsync($"Bearer {token}", Activity(), CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task MultiTenant_rejects_entra_tokens()
    {
        var token = TestTokens.Create(EntraKey, $"https://login.microsoftonline.com/{TenantId}/v2.0", AppId, ServiceUrl, Now.AddMinutes(-1), Now.AddHours(1));

        await AssertFails(token, "issuer");
    }

    [Fact]
    public async Task Unreachable_metadata_is_a_failure_not_an_exception()
    {
        var options = Options(singleTenant: false);
        options.OpenIdMetadataUrl = "http://127.0.0.1:9/nothing";
        var authenticator = new BotFrameworkAuthenticator(options, _time, NullLogger<BotFrameworkAuthenticator>.Instance);

        var result = await authenticator.AuthenticateAsync($"Bearer {ValidToken()}", Activity(), CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Disabled_authenticator_accepts_anything()
    {
        var result = await new DisabledAuthenticator().AuthenticateAsync(null, Activity(), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Null(result.Identity);
    }

    private string ValidToken() =>
        TestTokens.Create(ConnectorKey, BotFrameworkIssuer, AppId, ServiceUrl, Now.AddMinutes(-1), Now.AddHours(1));

    private async Task AssertFails(string token, string reasonPart)
    {
        var result = await Authenticate(token);

        Assert.False(result.Succeeded);
        Assert.Contains(reasonPart, result.FailureReason, StringComparison.Ordinal);
    }

    private Task<AuthResult> Authenticate(string token, string serviceUrl = ServiceUrl) =>
        CreateAuthenticator().AuthenticateAsync($"Bearer {token}", Activity(serviceUrl), CancellationToken.None);

    private BotFrameworkAuthenticator CreateAuthenticator(bool singleTenant = false) =>
        new(Options(singleTenant), _time, NullLogger<BotFrameworkAuthenticator>.Instance);

    private BotAuthOptions Options(bool singleTenant) => new()
    {
        AppType = singleTenant ? BotAppTypes.SingleTenant : BotAppTypes.MultiTenant,
        AppId = AppId,
        AppPassword = "secret",
        AppTenantId = TenantId,
        OpenIdMetadataUrl = _server.BotFrameworkMetadataUrl,
        EntraOpenIdMetadataUrlTemplate = _server.EntraMetadataUrlTemplate,
        RequireHttpsMetadata = false,
    };

    private static Activity Activity(string serviceUrl = ServiceUrl) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = "29:user" },
        Conversation = new ConversationAccount { Id = "a:1" },
    };
}
