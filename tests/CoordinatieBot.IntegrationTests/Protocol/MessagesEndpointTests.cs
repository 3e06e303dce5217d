using System.Net;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Protocol;

public class MessagesEndpointTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private BotApp _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _app = new BotApp(_connector);
        _http = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task A_message_gets_200_and_a_reply_through_the_connector()
    {
        var chat = new Chat(_app, _http, "19:help@thread.v2");
        var calls = await chat.SendAsync(Persona.Piet, "help");

        var reply = Assert.Single(calls);
        Assert.Equal("POST", reply.Method);
        Assert.Equal("/v3/conversations/19:help@thread.v2/activities/" + chat.LastActivityId, reply.Path);
        Assert.Equal("message", reply.Body!["type"]!.GetValue<string>());
        Assert.Equal(chat.LastActivityId, reply.Body["replyToId"]!.GetValue<string>());
        Assert.Contains("start gezin", reply.Text);
        Assert.Equal("", reply.Authorization); // Development without app id: no outbound token
    }

    [Fact]
    public async Task English_gets_an_English_answer()
    {
        var chat = new Chat(_app, _http, "19:en@thread.v2");
        Assert.Contains("start family", await chat.SayAsync(Persona.Piet, "what can you do?"));
    }

    [Fact]
    public async Task Anything_unknown_gets_a_friendly_help()
    {
        var chat = new Chat(_app, _http, "19:unknown@thread.v2");
        var reply = await chat.SayAsync(Persona.Piet, "blablabla wat een dag");
        Assert.Contains("begreep ik niet", reply);
        Assert.Contains("**help**", reply); // short: the closest commands and the way to all of them
        Assert.DoesNotContain("Ik help jullie", reply);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{\"type\": 5}")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"http://x/\",\"from\":{\"id\":\"29:a\"}}")]
    [InlineData("")]
    [InlineData("[]")]
    public async Task A_malformed_activity_is_a_400_without_a_stack_trace(string body)
    {
        var response = await _http.PostAsync("/api/messages", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text);
        Assert.DoesNotContain("Exception", text);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task Deeply_nested_json_is_a_400()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200);
        var response = await _http.PostAsync("/api/messages", new StringContent(deep, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_is_rejected()
    {
        var huge = new string('x', 3 * 1024 * 1024);
        var response = await _http.PostAsync("/api/messages", new StringContent($"{{\"type\":\"message\",\"text\":\"{huge}\"}}", System.Text.Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, response.StatusCode.ToString());
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task Every_conversation_is_stored_as_a_conversation_reference()
    {
        var chat = new Chat(_app, _http, "a:personal-piet", "personal");
        await chat.SendAsync(Persona.Piet, "hallo");

        var store = _app.Services.GetService(typeof(CoordinatieBot.Conversation.Ports.IConversationReferenceStore)) as CoordinatieBot.Conversation.Ports.IConversationReferenceStore;
        var conversation = await store!.GetConversationAsync("tenant-1", "a:personal-piet", default);
        Assert.NotNull(conversation);
        Assert.Equal(_connector.ServiceUrl, conversation.ServiceUrl);
        Assert.Equal("personal", conversation.ConversationType);
        Assert.Equal(Persona.Piet.Id, conversation.UserId);
        Assert.Equal(Persona.Piet.AadObjectId, conversation.AadObjectId);
        var user = await store.GetUserAsync("tenant-1", Persona.Piet.Id, default);
        Assert.Equal("a:personal-piet", user!.ConversationId);
    }

    [Fact]
    public async Task Health_says_storage_is_reachable()
    {
        var response = await _http.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("reachable", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Start_up_messages_without_a_body_do_not_crash_the_bot()
    {
        // The Agents Playground sends two body-less requests when it starts.
        var response = await _http.PostAsync("/api/messages", null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/healthz")).StatusCode);
    }
}
