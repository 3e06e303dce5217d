using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using CoordinatieBot.Teams.Connector;
using CoordinatieBot.Teams.Protocol;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoordinatieBot.Teams.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string Token = "test-token";
    private const string ChannelThread = "19:abc@thread.tacv2;messageid=1712345678000";

    private readonly DelayRecordingTimeProvider _time = new();
    private readonly ConnectorClientOptions _options = new() { MaxAttempts = 4 };
    private readonly HttpClient _http = new();
    private FakeConnector _server = null!;
    private InMemoryServiceUrlTrust _trust = null!;

    private string ServiceUrl => _server.BaseUrl + "/emea/";

    public async Task InitializeAsync()
    {
        _server = await FakeConnector.StartAsync();
        _server.Default = new ScriptedResponse(201, """{"id":"activity-1"}"""); // every unscripted call: one fixed answer
        _trust = new InMemoryServiceUrlTrust([ServiceUrl]);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Send_posts_the_activity_to_the_escaped_conversation_with_a_bearer_token()
    {
        var response = await Client().SendToConversationAsync(ServiceUrl, ChannelThread, OutgoingActivity.Message("Hallo"));

        Assert.Equal("activity-1", response.Id);
        var request = Assert.Single(_server.Calls);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/emea/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1712345678000/activities", request.RawTarget);
        Assert.Equal($"Bearer {Token}", request.Authorization);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.RawBody);
        Assert.Equal("message", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("Hallo", body.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Reply_posts_to_the_activity_and_carries_replyToId()
    {
        await Client().ReplyToActivityAsync(ServiceUrl, "a:personal", "1712", OutgoingActivity.Message("Antwoord"));

        var request = Assert.Single(_server.Calls);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/emea/v3/conversations/a%3Apersonal/activities/1712", request.RawTarget);
        using var body = JsonDocument.Parse(request.RawBody);
        Assert.Equal("1712", body.RootElement.GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task Update_puts_the_full_activity_with_its_id()
    {
        _server.Default = new ScriptedResponse(200, """{"id":"1712"}""");

        var response = await Client().UpdateActivityAsync(ServiceUrl, "a:personal", "1712", OutgoingActivity.Message("Bijgewerkt"));

        Assert.Equal("1712", response.Id);
        var request = Assert.Single(_server.Calls);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/emea/v3/conversations/a%3Apersonal/activities/1712", request.RawTarget);
        using var body = JsonDocument.Parse(request.RawBody);
        Assert.Equal("1712", body.RootElement.GetProperty("id").GetString());
        Assert.Equal("Bijgewerkt", body.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Create_conversation_posts_the_parameters_and_reads_the_ids()
    {
        _server.Default = new ScriptedResponse(201, """{"id":"19:abc@thread.tacv2;messageid=99","activityId":"99"}""");
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            TenantId = "tenant-1",
            ChannelData = new TeamsChannelData { Channel = new ChannelInfo { Id = "19:abc@thread.tacv2" } },
            Activity = OutgoingActivity.Message("Nieuwe draad"),
        };

        var response = await Client().CreateConversationAsync(ServiceUrl, parameters);

        Assert.Equal("19:abc@thread.tacv2;messageid=99", response.Id);
        Assert.Equal("99", response.ActivityId);
        var request = Assert.Single(_server.Calls);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/emea/v3/conversations", request.RawTarget);
        Assert.Equal($"Bearer {Token}", request.Authorization);
        using var body = JsonDocument.Parse(request.RawBody);
        Assert.True(body.RootElement.GetProperty("isGroup").GetBoolean());
        Assert.Equal("tenant-1", body.RootElement.GetProperty("tenantId").GetString());
        Assert.Equal("19:abc@thread.tacv2", body.RootElement.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
        Assert.Equal("Nieuwe draad", body.RootElement.GetProperty("activity").GetProperty("text").GetString());
        Assert.False(body.RootElement.TryGetProperty("members", out _));
    }

    [Fact]
    public async Task Create_personal_conversation_sends_member_and_bot()
    {
        _server.Default = new ScriptedResponse(201, """{"id":"a:new-personal"}""");
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "tenant-1",
        };

        var response = await Client().CreateConversationAsync(ServiceUrl, parameters);

        Assert.Equal("a:new-personal", response.Id);
        using var body = JsonDocument.Parse(Assert.Single(_server.Calls).RawBody);
        Assert.False(body.RootElement.GetProperty("isGroup").GetBoolean());
        Assert.Equal("29:user", body.RootElement.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("28:bot", body.RootElement.GetProperty("bot").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Without_a_token_no_authorization_header_is_sent()
    {
        var client = new ConnectorClient(_http, _trust, new NoTokenProvider(), _options, _time, NullLogger<ConnectorClient>.Instance);

        await client.SendToConversationAsync(ServiceUrl, "a:1", OutgoingActivity.Message("x"));

        Assert.Equal(string.Empty, Assert.Single(_server.Calls).Authorization);
    }

    [Fact]
    public async Task Throttled_request_waits_the_retry_after_seconds_then_succeeds()
    {
        _server.Enqueue(429, """{"error":{"code":"Throttled"}}""", ("Retry-After", "1"));

        var response = await Client().SendToConversationAsync(ServiceUrl, "a:1", OutgoingActivity.Message("x"));

        Assert.Equal("activity-1", response.Id);
        Assert.Equal(2, _server.Calls.Count);
        Assert.Equal([TimeSpan.FromSeconds(1)], _time.Delays);
    }

    [Fact]
    public async Task Retry_after_is_really_waited_with_the_system_clock()
    {
        _server.Enqueue(429, string.Empty, ("Retry-After", "1"));
        var client = new ConnectorClient(_http, _trust, new StaticTokenProvider(Token), _options, TimeProvider.System, NullLogger<ConnectorClient>.Instance);
        var stopwatch = Stopwatch.StartNew();

        await client.SendToConversationAsync(ServiceUrl, "a:1", OutgoingActivity.Message("x"));

        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(950), $"waited only {stopwatch.Elapsed}");
        Assert.Equal(2, _server.Calls.Count);
    }

    [Fact]
    public async Task Retry_after_as_a_date_is_honoured()
    {
        var client = Client();
        _server.Enqueue(429, string.Empty, ("Retry-After", DateTimeOffset.UtcNow.AddSeconds(30).ToString("R")));

        await client.SendToConversationAsync(ServiceUrl, "a:1", OutgoingActivity.Message("x"));

        var delay = Assert.Single(_time.Delays);
        Assert.InRange(delay, TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Long_retry_after_is_capped()
    {
        _server.Enqueue(429, string.Empty, ("Retry-After", "3600"));

        await Client().SendToConversationAsync(ServiceUrl, "a:1", OutgoingActivity.Message("x"));

        Assert.Equal([_options.MaxRetryAfter], _time.Delays);
    }

    [Fact]
    public async Task Service_unavailable_is_retried_with_growing_backoff_then_succeeds()
    {
        _server.Enqueue(503);
        _server.Enqueue(503);

        var response = await Client().SendToConversationAsync(ServiceUrl, "a:1", OutgoingActivity.Message("x"));

        Assert.Equal("activity-1", response.Id);
        Assert.Equal(3, _server.Calls.Count);
        var delays = _time.Delays.ToArray();
        Assert.Equal(2, delays.Length);
        Assert.InRange(delays[0], TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1));
        Assert.InRange(delays[1], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
    }

    [Theory]
    [InlineData(412)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Transient_statuses_are_retried(int status)
    {
        _server.Enqueue(status);

        await Client().SendToConversationAsync(ServiceUrl, "a:1", OutgoingActivity.Message("x"));

        Assert.Equal(2, _server.Calls.Count);
    }

    [Fact]
    public async Task Tries_are_bounded_and_end_in_a_connector_exception()
    {
        _server.Default = new ScriptedResponse(503, """{"error":{"code":"ServiceUnavailable","message":"busy"}}""");

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendToConversationAsync(ServiceUrl, "a:1", OutgoingActivity.Message("geheime tekst")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Equal("ServiceUnavailable", ex.ErrorCode);
        Assert.Equal(_options.MaxAttempts, _server.Calls.Count);
        Assert.Equal(_options.MaxAttempts - 1, _time.Delays.Count);
        Assert.DoesNotContain("geheime", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Blocked_user_is_reported_without_retry()
    {
        _server.Default = new ScriptedResponse(403, """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot.","subCode":"MessageWritesBlocked"}}""");

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendToConversationAsync(ServiceUrl, "a:1", OutgoingActivity.Message("x")));

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Equal("ConversationBlockedByUser", ex.ErrorCode);
        Assert.True(ex.IsMessageWritesBlocked);
        Assert.Single(_server.Calls);
    }

    [Theory]
    [InlineData(400, "BadSyntax")]
    [InlineData(401, "Unauthorized")]
    [InlineData(404, "ConversationNotFound")]
    [InlineData(413, "MessageSizeTooBig")]
    public async Task Permanent_errors_are_not_retried(int status, string code)
    {
        _server.Default = new ScriptedResponse(status, $$$"""{"error":{"code":"{{{code}}}","message":"..."}}""");

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendToConversationAsync(ServiceUrl, "a:1", OutgoingActivity.Message("x")));

        Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        Assert.Equal(code, ex.ErrorCode);
        Assert.Equal(status == 404, ex.IsNotFound);
        Assert.Single(_server.Calls);
        Assert.Empty(_time.Delays);
    }

    [Fact]
    public async Task Error_without_a_json_body_still_reports_the_status()
    {
        _server.Default = new ScriptedResponse(400, "<html>bad</html>");

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendToConversationAsync(ServiceUrl, "a:1", OutgoingActivity.Message("x")));

        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Null(ex.ErrorCode);
    }

    [Fact]
    public async Task Network_errors_are_retried_then_reported_without_status()
    {
        var closedPort = ClosedLoopbackPort();
        var serviceUrl = $"http://127.0.0.1:{closedPort}/emea/";
        _trust.Trust(serviceUrl);

        var ex = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendToConversationAsync(serviceUrl, "a:1", OutgoingActivity.Message("x")));

        Assert.Null(ex.StatusCode);
        Assert.IsAssignableFrom<HttpRequestException>(ex.InnerException);
        Assert.Equal(_options.MaxAttempts - 1, _time.Delays.Count);
    }

    [Theory]
    [InlineData("https://evil.example.com/emea/")]
    [InlineData("http://127.0.0.1.evil.example.com/emea/")]
    [InlineData("")]
    public async Task Untrusted_service_url_makes_no_http_call(string forged)
    {
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => Client().SendToConversationAsync(forged, "a:1", OutgoingActivity.Message("x")));
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => Client().CreateConversationAsync(forged, new ConversationParameters()));

        Assert.Empty(_server.Calls);
    }

    [Fact]
    public async Task Same_host_on_an_untrusted_path_makes_no_http_call()
    {
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => Client().SendToConversationAsync(_server.BaseUrl + "/amer/", "a:1", OutgoingActivity.Message("x")));

        Assert.Empty(_server.Calls);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_retried()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client().SendToConversationAsync(ServiceUrl, "a:1", OutgoingActivity.Message("x"), cts.Token));
    }

    private ConnectorClient Client() =>
        new(_http, _trust, new StaticTokenProvider(Token), _options, _time, NullLogger<ConnectorClient>.Instance);

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
