using System.Text.Json;
using System.Text.Json.Nodes;
using CoordinatieBot.Teams.Protocol;

namespace CoordinatieBot.Teams.Tests.Protocol;

public class InvokeResponseTests
{
    [Fact]
    public void Adaptive_card_response_has_the_universal_actions_shape()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" };

        var response = InvokeResponse.AdaptiveCard(card);

        Assert.Equal(200, response.Status);
        AssertBody(response, 200, "application/vnd.microsoft.card.adaptive");
        Assert.Equal("AdaptiveCard", response.Body!["value"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Message_response_carries_the_text_as_value()
    {
        var response = InvokeResponse.Message("Opgeslagen");

        AssertBody(response, 200, "application/vnd.microsoft.activity.message");
        Assert.Equal("Opgeslagen", response.Body!["value"]!.GetValue<string>());
    }

    [Fact]
    public void Error_response_carries_code_and_message()
    {
        var response = InvokeResponse.Error("unknownVerb", "Onbekende actie");

        AssertBody(response, 400, "application/vnd.microsoft.error");
        Assert.Equal("unknownVerb", response.Body!["value"]!["code"]!.GetValue<string>());
        Assert.Equal("Onbekende actie", response.Body!["value"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public void Body_serializes_with_the_shared_options()
    {
        var json = JsonSerializer.Serialize(InvokeResponse.Message("x").Body, ProtocolJson.Options);

        Assert.Equal("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"x"}""", json);
    }

    private static void AssertBody(InvokeResponse response, int statusCode, string type)
    {
        Assert.Equal(statusCode, response.Body!["statusCode"]!.GetValue<int>());
        Assert.Equal(type, response.Body["type"]!.GetValue<string>());
    }
}
