using System.Text.Json;
using CoordinatieBot.Teams.Protocol;

namespace CoordinatieBot.Teams.Tests.Protocol;

public class MessagePayloadTests
{
    private static MessagePayload Read(string json) => MessagePayload.Read(JsonDocument.Parse(json).RootElement)!;

    [Fact]
    public void Html_becomes_text_with_people_kept_as_mentions_and_apps_left_out()
    {
        var payload = Read("""
            {"messagePayload":{"body":{"contentType":"html","content":"<div><at id=\"1\">CoordinatieBot</at> <at id=\"0\">Sanne &amp; co</at> bel de school<br>over &lt;Jan&gt; &euro; 40</div>"},
             "mentions":[{"id":0,"mentionText":"Sanne <b>J</b>","mentioned":{"user":{"id":"aad-sanne","displayName":"Sanne Jansen"}}},
                         {"id":1,"mentionText":"CoordinatieBot","mentioned":{"application":{"id":"app","displayName":"CoordinatieBot"}}}]}}
            """);
        Assert.Equal("<at>Sanne <b>J</b></at> bel de school over <Jan> € 40", payload.Text);
        Assert.Equal([("Sanne <b>J</b>", "aad-sanne")], payload.Mentions);
    }

    [Fact]
    public void No_message_is_no_payload_and_plain_text_stays_as_written()
    {
        Assert.Null(MessagePayload.Read(JsonDocument.Parse("""{"commandContext":"compose"}""").RootElement));
        Assert.Equal("a <b>c</b>", Read("""{"messagePayload":{"body":{"contentType":"text","content":"a  <b>c</b>"}}}""").Text);
        var huge = "{\"messagePayload\":{\"body\":{\"content\":\"" + new string('x', 50_000) + "\"}}}";
        Assert.True(Read(huge).Text.Length <= MessagePayload.MaxText);
    }
}
