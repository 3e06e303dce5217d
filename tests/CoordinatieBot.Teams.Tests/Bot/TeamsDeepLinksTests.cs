using CoordinatieBot.Teams.Bot;

namespace CoordinatieBot.Teams.Tests.Bot;

public class TeamsDeepLinksTests
{
    private const string Tenant = "aaaaaaaa-1111-2222-3333-444444444444";

    [Fact]
    public void A_group_chat_opens_by_its_chat_id()
    {
        Assert.Equal($"https://teams.microsoft.com/l/chat/19%3Ab6d70e39%40thread.v2/conversations?tenantId={Tenant}",
            TeamsDeepLinks.ToConversation(Tenant, "19:b6d70e39@thread.v2"));
    }

    [Fact]
    public void A_channel_thread_opens_at_its_root_message()
    {
        Assert.Equal($"https://teams.microsoft.com/l/message/19%3A3997a873%40thread.tacv2/1648741500652?tenantId={Tenant}&parentMessageId=1648741500652",
            TeamsDeepLinks.ToConversation(Tenant, "19:3997a873@thread.tacv2;messageid=1648741500652"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("a:1on1-with-the-bot")]
    [InlineData("19:3997a873@thread.tacv2;messageid=")]
    [InlineData("19:3997a873@thread.tacv2;messageid=12&x=1")]
    public void What_has_no_link_gets_none(string? conversationId) => Assert.Null(TeamsDeepLinks.ToConversation(Tenant, conversationId));

    [Fact]
    public void The_tenant_is_escaped() =>
        Assert.EndsWith("tenantId=a%26b%3Dc", TeamsDeepLinks.ToConversation("a&b=c", "19:x@thread.v2"));
}
