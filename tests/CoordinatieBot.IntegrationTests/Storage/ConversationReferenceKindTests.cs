using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoordinatieBot.IntegrationTests.Storage;

/// <summary>The Teams layer names a reference's kind; storage keeps a user's 1:1 chat by that kind, not by a protocol string.</summary>
public class ConversationReferenceKindTests : BotTestBase
{
    [Fact]
    public async Task A_group_message_keeps_the_users_one_to_one_chat_and_each_reference_has_its_kind()
    {
        await Personal(Persona.Piet).SendAsync(Persona.Piet, "help");
        await GroupChat().SendAsync(Persona.Piet, "help");

        var store = App.Services.GetRequiredService<IConversationReferenceStore>();
        Assert.Equal(ConversationKind.Personal, (await store.GetConversationAsync("tenant-1", $"a:1on1-{Persona.Piet.Id}", default))?.Kind);
        Assert.Equal(ConversationKind.GroupChat, (await store.GetConversationAsync("tenant-1", "19:vlinder@thread.v2", default))?.Kind);
        var user = await store.GetUserAsync("tenant-1", Persona.Piet.Id, default);
        Assert.Equal($"a:1on1-{Persona.Piet.Id}", user?.ConversationId);
        Assert.Equal(ConversationKind.Personal, user?.Kind);
    }
}
