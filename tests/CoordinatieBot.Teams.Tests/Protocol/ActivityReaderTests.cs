using System.Text;
using System.Text.Json;
using CoordinatieBot.Teams.Protocol;

namespace CoordinatieBot.Teams.Tests.Protocol;

public class ActivityReaderTests
{
    private const string ChannelMessage = """
        {
          "type": "message",
          "id": "1712345678901",
          "timestamp": "2026-11-28T10:15:30.123Z",
          "localTimestamp": "2026-11-28T11:15:30.123+01:00",
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "channelId": "msteams",
          "from": { "id": "29:user-1", "name": "Anna de Vries", "aadObjectId": "00000000-0000-0000-0000-000000000001" },
          "recipient": { "id": "28:bot-app-id", "name": "CoordinatieBot" },
          "conversation": { "id": "19:abc@thread.tacv2;messageid=1712345678000", "conversationType": "channel", "tenantId": "tenant-1", "isGroup": true },
          "text": "<at>CoordinatieBot</at> taak boodschappen",
          "textFormat": "plain",
          "locale": "nl-NL",
          "entities": [
            { "type": "mention", "mentioned": { "id": "28:bot-app-id", "name": "CoordinatieBot" }, "text": "<at>CoordinatieBot</at>" },
            { "type": "clientInfo", "locale": "nl-NL", "timezone": "Europe/Amsterdam" }
          ],
          "channelData": {
            "tenant": { "id": "tenant-1" },
            "team": { "id": "19:team@thread.tacv2", "name": "Familie", "aadGroupId": "group-1" },
            "channel": { "id": "19:abc@thread.tacv2", "name": "General" },
            "somethingNew": { "nested": [1, 2, 3] }
          },
          "unknownTopLevel": 42
        }
        """;

    [Fact]
    public void Reads_a_channel_message_with_all_fields()
    {
        var result = ActivityReader.Read(ChannelMessage);

        Assert.True(result.Succeeded, result.Error);
        var activity = result.Activity;
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.True(activity.IsType(ActivityTypes.Message));
        Assert.Equal("https://smba.trafficmanager.net/emea/", activity.ServiceUrl);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal("29:user-1", activity.From!.Id);
        Assert.Equal("00000000-0000-0000-0000-000000000001", activity.From.AadObjectId);
        Assert.Equal("28:bot-app-id", activity.Recipient!.Id);
        Assert.Equal(ConversationTypes.Channel, activity.Conversation!.ConversationType);
        Assert.Equal("tenant-1", activity.Conversation.TenantId);
        Assert.True(activity.Conversation.IsGroup);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 10, 15, 30, 123, TimeSpan.Zero), activity.Timestamp);
        Assert.Equal(TimeSpan.FromHours(1), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal("tenant-1", activity.ChannelData!.Tenant!.Id);
        Assert.Equal("19:team@thread.tacv2", activity.ChannelData.Team!.Id);
        Assert.Equal("group-1", activity.ChannelData.Team.AadGroupId);
        Assert.Equal("19:abc@thread.tacv2", activity.ChannelData.Channel!.Id);
        Assert.Equal(2, activity.Entities!.Count);

        var mention = Assert.Single(activity.GetMentions());
        Assert.Equal(new Mention("28:bot-app-id", "CoordinatieBot", "<at>CoordinatieBot</at>"), mention);
        Assert.Equal("taak boodschappen", MentionText.RemoveRecipientMentions(activity));
    }

    [Fact]
    public void Reads_a_conversation_update_with_members_added_and_event_type()
    {
        const string json = """
            {
              "type": "conversationUpdate",
              "serviceUrl": "https://smba.trafficmanager.net/emea/",
              "channelId": "msteams",
              "from": { "id": "29:user-1" },
              "recipient": { "id": "28:bot-app-id" },
              "conversation": { "id": "19:general@thread.tacv2", "conversationType": "channel", "tenantId": "tenant-1", "isGroup": true },
              "membersAdded": [ { "id": "29:user-1" }, { "id": "28:bot-app-id" } ],
              "membersRemoved": [ { "id": "29:user-2" } ],
              "channelData": { "eventType": "teamMemberAdded", "team": { "id": "19:team@thread.tacv2" }, "settings": { "selectedChannel": { "id": "19:general@thread.tacv2" } } }
            }
            """;

        var result = ActivityReader.Read(json);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(ActivityTypes.ConversationUpdate, result.Activity.Type);
        Assert.Equal(["29:user-1", "28:bot-app-id"], result.Activity.MembersAdded!.Select(m => m.Id));
        Assert.Equal("29:user-2", Assert.Single(result.Activity.MembersRemoved!).Id);
        Assert.Equal("teamMemberAdded", result.Activity.ChannelData!.EventType);
        Assert.Equal("19:general@thread.tacv2", result.Activity.ChannelData.Settings!.SelectedChannel!.Id);
    }

    [Fact]
    public void Reads_an_adaptive_card_invoke_with_its_value()
    {
        const string json = """
            {
              "type": "invoke",
              "name": "adaptiveCard/action",
              "replyToId": "1712345678999",
              "serviceUrl": "https://smba.trafficmanager.net/emea/",
              "from": { "id": "29:user-1" },
              "conversation": { "id": "a:personal-1", "conversationType": "personal" },
              "value": { "action": { "type": "Action.Execute", "verb": "done", "data": { "taskId": "t-7" } }, "trigger": "manual" }
            }
            """;

        var result = ActivityReader.Read(Encoding.UTF8.GetBytes(json));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(InvokeNames.AdaptiveCardAction, result.Activity.Name);
        Assert.Equal("1712345678999", result.Activity.ReplyToId);
        var action = result.Activity.Value!.Value.GetProperty("action");
        Assert.Equal("done", action.GetProperty("verb").GetString());
        Assert.Equal("t-7", action.GetProperty("data").GetProperty("taskId").GetString());
    }

    [Fact]
    public void Reads_an_installation_update_action()
    {
        var result = ActivityReader.Read("""
            {"type":"installationUpdate","action":"add","serviceUrl":"http://localhost:56150/_connector","from":{"id":"user-id-0"},"conversation":{"id":"personal-chat-id"}}
            """);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("add", result.Activity.Action);
    }

    [Fact]
    public async Task Reads_from_a_stream()
    {
        await using var body = new MemoryStream(Encoding.UTF8.GetBytes(ChannelMessage));

        var result = await ActivityReader.ReadAsync(body, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
    }

    [Fact]
    public void An_unparseable_timestamp_does_not_reject_the_activity()
    {
        var result = ActivityReader.Read("""
            {"type":"message","timestamp":"yesterday","serviceUrl":"https://s/","from":{"id":"29:u"},"conversation":{"id":"a:1"}}
            """);

        Assert.True(result.Succeeded, result.Error);
        Assert.Null(result.Activity.Timestamp);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   \r\n ", "empty")]
    [InlineData("{\"type\":\"message\",", "not valid JSON")]
    [InlineData("not json at all", "not valid JSON")]
    [InlineData("[1,2,3]", "wrong type")]
    [InlineData("null", "null")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"https://s/\",\"conversation\":{\"id\":\"a:1\"},\"from\":5}", "wrong type at $.from")]
    [InlineData("{\"type\":7,\"serviceUrl\":\"https://s/\",\"conversation\":{\"id\":\"a:1\"},\"from\":{\"id\":\"29:u\"}}", "wrong type at $.type")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"https://s/\",\"conversation\":{\"id\":\"a:1\"},\"from\":{\"id\":\"29:u\"},\"membersAdded\":{}}", "wrong type at $.membersAdded")]
    [InlineData("{\"serviceUrl\":\"https://s/\",\"conversation\":{\"id\":\"a:1\"},\"from\":{\"id\":\"29:u\"}}", "'type'")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"https://s/\",\"from\":{\"id\":\"29:u\"}}", "'conversation.id'")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"https://s/\",\"conversation\":{},\"from\":{\"id\":\"29:u\"}}", "'conversation.id'")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"https://s/\",\"conversation\":{\"id\":\"a:1\"}}", "'from.id'")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"a:1\"},\"from\":{\"id\":\"29:u\"}}", "'serviceUrl'")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"javascript:alert(1)\",\"conversation\":{\"id\":\"a:1\"},\"from\":{\"id\":\"29:u\"}}", "serviceUrl (absolute http(s) URL)")]
    public void Rejects_bad_bodies_with_a_clear_error(string body, string expectedErrorPart)
    {
        var result = ActivityReader.Read(body);

        Assert.False(result.Succeeded);
        Assert.Null(result.Activity);
        Assert.Contains(expectedErrorPart, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_nesting_deeper_than_the_limit()
    {
        var deep = new string('[', 40) + new string(']', 40);
        var json = $"{{\"type\":\"message\",\"serviceUrl\":\"https://s/\",\"from\":{{\"id\":\"29:u\"}},\"conversation\":{{\"id\":\"a:1\"}},\"value\":{deep}}}";

        var result = ActivityReader.Read(json);

        Assert.False(result.Succeeded);
        Assert.Contains("nested deeper than 32", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_nesting_within_the_limit()
    {
        var nested = new string('[', 20) + new string(']', 20);
        var json = $"{{\"type\":\"message\",\"serviceUrl\":\"https://s/\",\"from\":{{\"id\":\"29:u\"}},\"conversation\":{{\"id\":\"a:1\"}},\"value\":{nested}}}";

        Assert.True(ActivityReader.Read(json).Succeeded);
    }

    [Fact]
    public async Task Reads_a_body_larger_than_its_first_buffer_from_a_stream_that_returns_little_at_a_time()
    {
        var text = new string('x', 100_000);
        var json = ChannelMessage.Replace("taak boodschappen", text, StringComparison.Ordinal);
        Assert.NotEqual(ChannelMessage, json);
        await using var body = new TrickleStream(Encoding.UTF8.GetBytes(json), 1000);

        var result = await ActivityReader.ReadAsync(body, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("<at>CoordinatieBot</at> " + text, result.Activity!.Text);
    }

    private sealed class TrickleStream(byte[] bytes, int most) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(most, buffer.Length)], cancellationToken);
    }

    [Fact]
    public async Task Rejects_a_body_over_the_size_limit()
    {
        await using var body = new MemoryStream(new byte[ActivityReader.MaxBodyBytes + 1]);

        var result = await ActivityReader.ReadAsync(body, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("larger than", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_does_not_echo_the_message_text()
    {
        var result = ActivityReader.Read("{\"type\":\"message\",\"text\":\"geheime tekst\",\"from\":\"geheim\"}");

        Assert.False(result.Succeeded);
        Assert.DoesNotContain("geheim", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Serializes_camel_case_without_nulls()
    {
        var json = ProtocolJson.Serialize(new Activity { Type = ActivityTypes.Message, Text = "Hoi", ReplyToId = "1" });

        using var doc = JsonDocument.Parse(json);
        Assert.Equal(["type", "text", "replyToId"], doc.RootElement.EnumerateObject().Select(p => p.Name));
    }
}
