using CoordinatieBot.Conversation.Escalation;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Domain;
using CoordinatieBot.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoordinatieBot.IntegrationTests.Escalation;

/// <summary>
/// The sweep finds and queues; the sender reads, decides and sends at Teams' pace. The sweep must not wait for
/// sends, a family still being sent is not queued twice, and a change made while a nudge is on its way is kept.
/// </summary>
public class SweepAndSenderTests : EscalationTestBase
{
    private async Task<Chat> FamilyWithTaskForAhmedAsync(string conversationId, string alias)
    {
        var chat = GroupChat(conversationId);
        await chat.SayAsync(Persona.Piet, $"start gezin {alias}");
        await chat.SayAsync(Persona.Piet, "ik neem de regie");
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor 4 december", Persona.Ahmed);
        return chat;
    }

    private EscalationSweeper Sweeper => App.Services.GetRequiredService<EscalationSweeper>();

    [Fact]
    public async Task The_sweep_returns_once_it_has_queued_and_the_sender_delivers_afterwards()
    {
        for (var i = 0; i < 3; i++) await FamilyWithTaskForAhmedAsync($"19:split-{i}@thread.v2", $"Split{i}");
        Connector.HoldWhere = path => path == "/v3/conversations"; // Ahmed's first 1:1 waits for the gate
        App.Clock.SetUtcNow(At(2026, 12, 4));

        var summary = await Sweeper.SweepAsync(default).WaitAsync(TimeSpan.FromSeconds(10)); // a sweep that sent itself would hang here

        Assert.Equal(3, summary.DueEntries);
        Assert.Equal(3, summary.FamiliesQueued);
        Assert.False(summary.Sending.IsCompleted); // Teams has not answered the first 1:1 yet, and the sweep is done
        Assert.Empty(SentToPerson(Persona.Ahmed.Id));

        Connector.Gate.SetResult();
        var delivered = summary.WithSent(await summary.Sending.WaitAsync(TimeSpan.FromSeconds(20)), await summary.Reports, TimeSpan.Zero);
        Assert.Equal(3, delivered.NoticesDue);
        Assert.Equal(3, delivered.Sent);
        Assert.Equal(6, delivered.EntitiesRead);
        // Three nudges to Ahmed in flight at once: his 1:1 chat is opened once, and all three arrive in it.
        Assert.Single(Connector.Calls, c => c.Method == "POST" && c.Path == "/v3/conversations");
        Assert.Equal(3, SentToPerson(Persona.Ahmed.Id).Count);
    }

    [Fact]
    public async Task A_sweep_during_an_unfinished_one_does_not_queue_the_same_family_twice()
    {
        await FamilyWithTaskForAhmedAsync("19:overlap@thread.v2", "Overlap");
        Connector.HoldWhere = path => path == "/v3/conversations"; // Ahmed's first 1:1 waits for the gate
        App.Clock.SetUtcNow(At(2026, 12, 4));

        var first = await Sweeper.SweepAsync(default);
        var second = await Sweeper.SweepAsync(default);
        Assert.Equal(1, first.FamiliesQueued);
        Assert.Equal(0, second.FamiliesQueued);
        Assert.Equal(1, second.FamiliesAlreadyQueued);

        Connector.Gate.SetResult();
        await Task.WhenAll(first.Sending, second.Sending).WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Single(SentToPerson(Persona.Ahmed.Id));
        Assert.Equal(0, (await SweepAtAsync(At(2026, 12, 4, 11)))["sent"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_daily_overviews_are_sent_after_the_sweep_returns_too()
    {
        var chat = await VlinderAsync();
        await chat.SayAsync(Persona.Piet, "taak: @Ahmed belt de woningcorporatie voor 4 december", Persona.Ahmed);
        var ahmed = Personal(Persona.Ahmed);
        await ahmed.SayAsync(Persona.Ahmed, "dagoverzicht aan");
        Connector.HoldWhere = path => path.StartsWith($"/v3/conversations/{ahmed.ConversationId}/");
        App.Clock.SetUtcNow(At(2026, 12, 4));

        var summary = await Sweeper.SweepAsync(default).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(summary.Reports.IsCompleted);

        Connector.Gate.SetResult();
        Assert.Equal(1, (await summary.Reports.WaitAsync(TimeSpan.FromSeconds(20))).Digests);
    }

    [Fact]
    public async Task A_change_made_while_a_nudge_waits_to_be_sent_is_kept_and_the_nudge_recorded()
    {
        var chat = await FamilyWithTaskForAhmedAsync("19:meanwhile@thread.v2", "Meanwhile");
        Connector.HoldWhere = path => path == "/v3/conversations"; // Ahmed's first 1:1 waits for the gate
        App.Clock.SetUtcNow(At(2026, 12, 4));
        var summary = await Sweeper.SweepAsync(default);

        // The sender read the family before this change and is waiting for Teams; its record must not overwrite it.
        await Connector.WaitForAsync(c => c.Method == "POST" && c.Path == "/v3/conversations");
        await chat.SayAsync(Persona.Piet, "taak: @Piet belt school volgende week");
        Connector.Gate.SetResult();
        await summary.Sending.WaitAsync(TimeSpan.FromSeconds(20));

        var familyId = summary.WithSent(await summary.Sending, await summary.Reports, TimeSpan.Zero).Notices.Single().FamilyId;
        var state = (await App.Services.GetRequiredService<IFamilyRepository>().GetAsync(familyId, default))!.Family.State;
        Assert.Equal(2, state.Actions.Count);
        Assert.Equal(LadderStep.Due, state.FindAction(1)!.Step);
        Assert.Equal(0, (await SweepAtAsync(At(2026, 12, 4, 11)))["sent"]!.GetValue<int>());
    }
}
