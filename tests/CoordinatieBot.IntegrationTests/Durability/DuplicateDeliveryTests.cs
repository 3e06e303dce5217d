using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Domain;
using CoordinatieBot.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoordinatieBot.IntegrationTests.Durability;

/// <summary>Teams delivers an activity again when an answer was slow: the second delivery has no second effect and no second reply.</summary>
public class DuplicateDeliveryTests : BotTestBase
{
    private async Task<(Chat Chat, string FamilyId)> FamilyAsync()
    {
        var chat = await VlinderAsync();
        var family = await App.Services.GetRequiredService<IFamilyRepository>().FindByConversationAsync(chat.TenantId, chat.ConversationId, default);
        return (chat, family!.Family.Id);
    }

    private async Task<FamilyState> StateAsync(string familyId) =>
        (await App.Services.GetRequiredService<IFamilyRepository>().GetAsync(familyId, default))!.Family.State;

    private int RepliesTo(string activityId) =>
        Connector.Calls.Count(c => c.Method == "POST" && c.Path.EndsWith("/activities/" + activityId, StringComparison.Ordinal));

    [Fact]
    public async Task The_same_change_delivered_twice_in_a_row_is_applied_and_answered_once()
    {
        var (chat, familyId) = await FamilyAsync();
        var message = chat.Message(Persona.Piet, "taak: ik bel de school voor vrijdag", "dup-seq-1");

        Assert.True((await chat.PostAsync(message)).IsSuccessStatusCode);
        await App.IdleAsync();
        Assert.True((await chat.PostAsync(message)).IsSuccessStatusCode);
        await App.IdleAsync();

        Assert.Single((await StateAsync(familyId)).Actions);
        Assert.Equal(1, RepliesTo("dup-seq-1"));
    }

    [Fact]
    public async Task The_same_change_delivered_twice_at_once_is_applied_and_answered_once()
    {
        var (chat, familyId) = await FamilyAsync();
        var message = chat.Message(Persona.Piet, "taak: ik bel de school voor vrijdag", "dup-par-1");

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => chat.PostAsync(message)));
        await App.IdleAsync();

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode));
        Assert.Single((await StateAsync(familyId)).Actions);
        Assert.Equal(1, RepliesTo("dup-par-1"));
    }

    [Fact]
    public async Task A_second_delivery_that_reaches_this_host_after_its_memory_of_the_first_is_gone_changes_nothing()
    {
        // What another host sees, or this one after a restart: the family's own record is what holds.
        var (chat, familyId) = await FamilyAsync();
        var message = chat.Message(Persona.Piet, "taak: ik bel de school voor vrijdag", "dup-late-1");
        await chat.PostAsync(message);
        await App.IdleAsync();

        await using var other = new BotApp(Connector, new Dictionary<string, string?> { ["Storage:TablePrefix"] = App.Prefix });
        var otherChat = new Chat(other, other.CreateClient(), chat.ConversationId, tenantId: chat.TenantId);
        Assert.True((await otherChat.PostAsync(message)).IsSuccessStatusCode);
        await other.IdleAsync();

        Assert.Single((await StateAsync(familyId)).Actions);
        Assert.Equal(1, RepliesTo("dup-late-1"));
    }

    [Fact]
    public async Task Starting_a_family_delivered_twice_says_so_once()
    {
        var chat = GroupChat("19:dup-start@thread.v2");
        var message = chat.Message(Persona.Piet, "start gezin Merel", "dup-start-1");
        await chat.PostAsync(message);
        await App.IdleAsync();
        await using var other = new BotApp(Connector, new Dictionary<string, string?> { ["Storage:TablePrefix"] = App.Prefix });
        await new Chat(other, other.CreateClient(), chat.ConversationId).PostAsync(message);
        await other.IdleAsync();

        Assert.Equal(1, RepliesTo("dup-start-1"));
        Assert.Contains("Merel", Connector.Calls.Single(c => c.Path.EndsWith("/activities/dup-start-1")).Text);
    }

    [Fact]
    public async Task The_same_card_action_delivered_twice_is_applied_once()
    {
        var (chat, familyId) = await FamilyAsync();
        await chat.SayAsync(Persona.Piet, "taak: ik bel de school voor vrijdag");
        var posted = (await chat.SendAsync(Persona.Piet, "plan")).Single(c => c.Card is not null);
        var data = Coordination.RegieTests.FindData(posted.Card!, "action.done").AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>());

        var invoke = chat.Invoke(Persona.Piet, "action.done", data, posted.ResponseId!, "dup-invoke-1");
        var first = await chat.PostAsync(invoke);
        var second = await chat.PostAsync(invoke);
        await App.IdleAsync();

        Assert.True(first.IsSuccessStatusCode);
        Assert.True(second.IsSuccessStatusCode);
        var history = await App.Services.GetRequiredService<IFamilyRepository>().RecentHistoryAsync(familyId, 50, default);
        Assert.Single(history, h => h.Kind == HistoryKind.ActionStatusChanged);
        Assert.Equal(ActionStatus.Done, (await StateAsync(familyId)).Actions.Single().Status);
        // The second press is not told "already done": it is the same press.
        Assert.DoesNotContain("al afgerond", await second.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
