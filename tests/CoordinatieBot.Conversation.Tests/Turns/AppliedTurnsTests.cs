using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Turns;

namespace CoordinatieBot.Conversation.Tests.Turns;

/// <summary>The family's record of the activities it holds: bounded, newest first, replies kept only for the newest.</summary>
public class AppliedTurnsTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static AppliedTurn Turn(int n) => new($"a{n}", $"d{n}", [$"reply {n}"], At.AddMinutes(n));

    [Fact]
    public void Keeps_the_newest_and_their_replies_only_for_the_few_newest()
    {
        var applied = AppliedTurns.None;
        for (var n = 0; n < AppliedTurns.MaxKept + 10; n++) applied = applied.With(Turn(n));

        Assert.Equal(AppliedTurns.MaxKept, applied.NewestFirst.Count);
        Assert.Equal($"a{AppliedTurns.MaxKept + 9}", applied.NewestFirst[0].ActivityId);
        Assert.Null(applied.Find("a0"));
        Assert.NotNull(applied.Find("a10"));
        Assert.All(applied.NewestFirst.Take(AppliedTurns.MaxWithReplies), t => Assert.Single(t.Replies));
        Assert.All(applied.NewestFirst.Skip(AppliedTurns.MaxWithReplies), t => Assert.Empty(t.Replies));
    }

    [Fact]
    public void A_second_delivery_is_silent_and_the_same_delivery_after_a_stop_gives_its_replies_again()
    {
        var applied = AppliedTurns.None.With(Turn(1));

        Assert.Null(FamilyTurns.Replay(applied, new TurnIdentity("a2", "d2", false)));
        var duplicate = FamilyTurns.Replay(applied, new TurnIdentity("a1", "d-other", false))!;
        Assert.True(duplicate.AlreadyApplied);
        Assert.Empty(duplicate.Replies);

        var again = FamilyTurns.Replay(applied, new TurnIdentity("a1", "d1", IsRedelivery: true))!;
        Assert.Equal("reply 1", Assert.IsType<TextReply>(Assert.Single(again.Replies)).Text);
        // The same delivery on its first run cannot have been applied before: nothing to repeat.
        Assert.Empty(FamilyTurns.Replay(applied, new TurnIdentity("a1", "d1", IsRedelivery: false))!.Replies);
    }
}
