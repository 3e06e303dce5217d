using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Turns;

namespace CoordinatieBot.Conversation.Tests.Turns;

/// <summary>The family's record of the activities it holds: bounded, newest first, replies kept for the newest, by size.</summary>
public class AppliedTurnsTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static AppliedTurn Turn(int n) => new($"a{n}", $"d{n}", [$"reply {n}"], At.AddMinutes(n));

    [Fact]
    public void Keeps_the_newest_and_their_replies_as_far_as_the_budget_goes()
    {
        var applied = AppliedTurns.None;
        for (var n = 0; n < AppliedTurns.MaxKept + 10; n++) applied = applied.With(Turn(n));

        Assert.Equal(AppliedTurns.MaxKept, applied.NewestFirst.Count);
        Assert.Equal($"a{AppliedTurns.MaxKept + 9}", applied.NewestFirst[0].ActivityId);
        Assert.Null(applied.Find("a0"));
        Assert.NotNull(applied.Find("a10"));
        // Short replies: every kept turn keeps them.
        Assert.All(applied.NewestFirst, t => Assert.Single(t.Replies));
    }

    [Fact]
    public void Under_a_flood_of_long_replies_the_newest_keep_theirs_and_the_older_lose_them_first()
    {
        var reply = new string('x', 1_000);
        var applied = AppliedTurns.None;
        for (var n = 0; n < 40; n++) applied = applied.With(new AppliedTurn($"a{n}", $"d{n}", [reply], At.AddMinutes(n)));

        var withReplies = AppliedTurns.MaxReplyChars / reply.Length;
        Assert.All(applied.NewestFirst.Take(withReplies), t => Assert.Single(t.Replies));
        Assert.All(applied.NewestFirst.Skip(withReplies), t => Assert.Empty(t.Replies));
        // Far more than the few saves a paced conversation can run ahead of its replies in a flood (the bug was 4).
        Assert.True(withReplies >= 12);
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

    [Fact]
    public void A_deleted_message_loses_its_kept_replies_but_stays_known()
    {
        var applied = AppliedTurns.None.With(Turn(1)).With(Turn(2));
        var forgotten = applied.WithoutReplies("a1");

        Assert.Empty(forgotten.Find("a1")!.Replies);
        Assert.Equal(["reply 2"], forgotten.Find("a2")!.Replies);
        // Still known: a second delivery of it finds it applied, and says nothing (there is nothing left to say).
        Assert.Equal([], FamilyTurns.Replay(forgotten, new TurnIdentity("a1", "d1", IsRedelivery: true))!.Replies);
        Assert.Same(forgotten, forgotten.WithoutReplies("a1"));
        Assert.Same(forgotten, forgotten.WithoutReplies("unknown"));
    }
}
