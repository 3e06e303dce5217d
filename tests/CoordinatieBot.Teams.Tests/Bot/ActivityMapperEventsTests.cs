using System.Text;
using CoordinatieBot.Teams.Bot;
using CoordinatieBot.Teams.Protocol;

namespace CoordinatieBot.Teams.Tests.Bot;

/// <summary>The conversation events people make, read from the shapes Teams sends (messageUpdate, messageDelete, installationUpdate, the bot in membersRemoved).</summary>
public class ActivityMapperEventsTests
{
    private static Activity Read(string type, string extra, string? text = null) =>
        ActivityReader.Read(Encoding.UTF8.GetBytes($$"""
            {
              "type": "{{type}}", "id": "1666977568748", "timestamp": "2026-11-28T10:15:30Z",
              "serviceUrl": "https://smba.trafficmanager.net/emea/", "channelId": "msteams",
              "from": { "id": "29:user-1", "name": "Anna de Vries" },
              "recipient": { "id": "28:bot", "name": "CoordinatieBot" },
              "conversation": { "id": "19:chat@thread.v2", "conversationType": "groupChat", "tenantId": "tenant-1", "isGroup": true },
              {{(text is null ? "" : $"\"text\": \"{text}\",")}}
              {{extra}}
            }
            """)).Activity!;

    private static Conversation.Turns.ConversationKey Where(Activity a) => ActivityMapper.ConversationOf(a)!;

    [Fact]
    public void A_card_refresh_is_read_from_value_trigger_automatic()
    {
        // Verbatim shape from Microsoft's user-specific views doc, with our verb and data.
        const string Refresh = """ "name": "adaptiveCard/action", "channelData": { "tenant": { "id": "tenant-1" } }, "value": { "action": { "type": "Action.Execute", "id": "", "verb": "regie.view", "data": { "familyId": "f-1" } }, "trigger": "%" }""";
        var automatic = Read("invoke", Refresh.Replace("%", "automatic"));
        var action = ActivityMapper.CardAction(automatic, Where(automatic))!;
        Assert.True(action.Automatic);
        Assert.Equal("regie.view", action.Verb);
        Assert.Equal("f-1", action.Data["familyId"]);
        var manual = Read("invoke", Refresh.Replace("%", "manual"));
        Assert.False(ActivityMapper.CardAction(manual, Where(manual))!.Automatic);
        var none = Read("invoke", Refresh.Replace(", \"trigger\": \"%\"", ""));
        Assert.False(ActivityMapper.CardAction(none, Where(none))!.Automatic);
    }

    [Fact]
    public void An_edit_is_read_as_the_message_it_edits_with_its_new_words()
    {
        var edit = Read("messageUpdate", """ "channelData": { "tenant": { "id": "tenant-1" }, "eventType": "editMessage" }""", "<at>CoordinatieBot</at> taak: bel de school");
        var original = Read("message", """ "channelData": { "tenant": { "id": "tenant-1" } }""", "<at>CoordinatieBot</at> taak: bel school");
        var where = Where(edit);

        var mapped = ActivityMapper.Edit(edit, where)!;
        Assert.Equal(ActivityMapper.Message(original, where).Key, mapped.Message.Key); // the same message
        Assert.NotEqual(ActivityMapper.KeyOf(original), ActivityMapper.KeyOf(edit)); // but not the same activity
        Assert.Null(ActivityMapper.Edit(original, where));
        var undelete = Read("messageUpdate", """ "channelData": { "eventType": "undeleteMessage" }""", "taak: bel de school");
        Assert.Null(ActivityMapper.Edit(undelete, where));
    }

    [Fact]
    public void A_soft_delete_names_the_deleted_message()
    {
        var delete = Read("messageDelete", """ "channelData": { "tenant": { "id": "tenant-1" }, "eventType": "softDeleteMessage" }""");
        var original = Read("message", """ "channelData": { "tenant": { "id": "tenant-1" } }""", "taak: bel school");
        var where = Where(delete);
        Assert.Equal(ActivityMapper.MessageKeyOf(original), ActivityMapper.Deletion(delete, where)!.MessageKey);
        Assert.NotEqual(ActivityMapper.KeyOf(original), ActivityMapper.KeyOf(delete));
    }

    [Theory]
    [InlineData("installationUpdate", """ "action": "remove" """, false)]
    [InlineData("installationUpdate", """ "action": "remove-upgrade" """, false)]
    [InlineData("installationUpdate", """ "action": "add" """, true)]
    [InlineData("installationUpdate", """ "action": "add-upgrade" """, true)]
    [InlineData("conversationUpdate", """ "membersRemoved": [ { "id": "28:bot" } ] """, false)]
    [InlineData("conversationUpdate", """ "membersAdded": [ { "id": "28:bot" } ] """, true)]
    public void The_bot_removed_or_added_is_seen_in_both_shapes(string type, string extra, bool present)
    {
        var a = Read(type, extra);
        var change = ActivityMapper.BotPresence(a, Where(a))!;
        Assert.Equal(present, change.Present);
        Assert.Equal("29:user-1", change.By?.UserId);
    }

    [Fact]
    public void Someone_else_leaving_is_not_the_bot()
    {
        var a = Read("conversationUpdate", """ "membersRemoved": [ { "id": "29:user-2" } ] """);
        Assert.Null(ActivityMapper.BotPresence(a, Where(a)));
    }
}
