using System.Text.Json;
using System.Text.Json.Nodes;
using CoordinatieBot.Teams.Protocol;

namespace CoordinatieBot.Teams.Tests.Protocol;

public class OutgoingActivityTests
{
    [Fact]
    public void Text_message_is_markdown()
    {
        var activity = OutgoingActivity.Message("**Klaar**", replyToId: "42");

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal(TextFormats.Markdown, activity.TextFormat);
        Assert.Equal("42", activity.ReplyToId);
        Assert.Null(activity.Entities);
    }

    [Fact]
    public void Message_with_mentions_is_xml_and_carries_mention_entities()
    {
        var mention = OutgoingActivity.MentionOf("29:user-1", "Anna");

        var activity = OutgoingActivity.Message($"{mention.Text} jij bent aan de beurt", mentions: [mention]);

        Assert.Equal(TextFormats.Xml, activity.TextFormat);
        var json = JsonNode.Parse(ProtocolJson.Serialize(activity))!;
        var entity = json["entities"]![0]!;
        Assert.Equal("mention", entity["type"]!.GetValue<string>());
        Assert.Equal("29:user-1", entity["mentioned"]!["id"]!.GetValue<string>());
        Assert.Equal("Anna", entity["mentioned"]!["name"]!.GetValue<string>());
        Assert.Equal("<at>Anna</at>", entity["text"]!.GetValue<string>());
    }

    [Fact]
    public void Mention_whose_text_is_not_in_the_message_is_refused()
    {
        var mention = OutgoingActivity.MentionOf("29:user-1", "Anna");

        Assert.Throws<ArgumentException>(() => OutgoingActivity.Message("zonder vermelding", mentions: [mention]));
    }

    [Fact]
    public void Card_message_has_one_adaptive_card_attachment_and_no_text()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = new JsonArray() };

        var activity = OutgoingActivity.Message(Attachment.AdaptiveCard(card));

        var json = JsonNode.Parse(ProtocolJson.Serialize(activity))!;
        Assert.Null(json["text"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", json["attachments"]![0]!["contentType"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", json["attachments"]![0]!["content"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Entity_round_trips_unknown_properties()
    {
        var activity = ActivityReader.Read("""
            {"type":"message","serviceUrl":"https://s/","from":{"id":"29:u"},"conversation":{"id":"a:1"},
             "entities":[{"type":"clientInfo","locale":"nl-NL","timezone":"Europe/Amsterdam"}]}
            """).Activity!;

        var entity = Assert.Single(activity.Entities!);
        Assert.False(entity.IsMention);
        Assert.Null(entity.AsMention());
        Assert.Equal("Europe/Amsterdam", entity.Properties!["timezone"].GetString());
        using var doc = JsonDocument.Parse(ProtocolJson.Serialize(activity));
        Assert.Equal("nl-NL", doc.RootElement.GetProperty("entities")[0].GetProperty("locale").GetString());
    }

    [Fact]
    public void Malformed_mention_entity_is_not_a_mention()
    {
        var activity = ActivityReader.Read("""
            {"type":"message","serviceUrl":"https://s/","from":{"id":"29:u"},"conversation":{"id":"a:1"},
             "entities":[{"type":"mention","mentioned":"bot"},{"type":"mention","mentioned":{"name":"x"}}]}
            """).Activity!;

        Assert.Empty(activity.GetMentions());
    }
}
