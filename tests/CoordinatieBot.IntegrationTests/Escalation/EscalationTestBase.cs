using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoordinatieBot.IntegrationTests.Infrastructure;

namespace CoordinatieBot.IntegrationTests.Escalation;

/// <summary>Helpers to move the clock, run a sweep and see who received what.</summary>
public abstract class EscalationTestBase : BotTestBase
{
    protected static DateTimeOffset At(int year, int month, int day, int hour = 9) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(1));

    protected async Task<JsonNode> SweepAtAsync(DateTimeOffset now, BotApp? app = null, HttpClient? http = null)
    {
        (app ?? App).Clock.SetUtcNow(now);
        var response = await (http ?? Http).PostAsync("/api/dev/sweep", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    /// <summary>Conversation ids the fake connector created for 1:1 chats, by member id.</summary>
    protected Dictionary<string, string> OneToOnes()
    {
        var result = new Dictionary<string, string>();
        foreach (var call in Connector.Calls.Where(c => c.Method == "POST" && c.Path == "/v3/conversations" && c.ResponseId is not null))
        {
            var member = call.Body!["members"]![0]!["id"]!.GetValue<string>();
            result.TryAdd(member, $"a:conv-{call.ResponseId}");
        }
        return result;
    }

    /// <summary>Everything sent into a conversation since the call with index <paramref name="from"/>.</summary>
    protected List<RecordedCall> SentTo(string conversationId, int from = 0) =>
        Connector.Calls.Skip(from).Where(c => c.Method == "POST" && c.Path.StartsWith($"/v3/conversations/{conversationId}/activities")).ToList();

    protected List<RecordedCall> SentToPerson(string memberId, int from = 0) =>
        OneToOnes().TryGetValue(memberId, out var conversation) ? SentTo(conversation, from) : [];

    /// <summary>Everything sent to a person over all 1:1 conversations the bot opened with them (one per send when Teams gave no user id).</summary>
    protected List<RecordedCall> SentToPersonAnywhere(string memberId, int from = 0)
    {
        var conversations = Connector.Calls.Where(c => c.Method == "POST" && c.Path == "/v3/conversations" && c.ResponseId is not null
                && c.Body!["members"]![0]!["id"]!.GetValue<string>() == memberId)
            .Select(c => $"a:conv-{c.ResponseId}").ToHashSet();
        return Connector.Calls.Skip(from).Where(c => c.Method == "POST" && conversations.Any(id => c.Path.StartsWith($"/v3/conversations/{id}/activities"))).ToList();
    }

    protected static string Content(RecordedCall call) =>
        call.Text ?? call.Card?.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "";
}
