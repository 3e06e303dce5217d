using CoordinatieBot.Domain;
using static CoordinatieBot.Domain.Tests.FamilyFixture;

namespace CoordinatieBot.Domain.Tests;

/// <summary>What people do to the chat: a task brought in line with its edited message, a deleted message, the bot removed and back.</summary>
public class ChatEventsTests
{
    private static Family WithTaskFromMessage(out int number)
    {
        var family = Vlinder();
        family.AddAction(Piet, Piet.UserId, "bel de school", Today.AddDays(6), false, referral: false, Today, Now, out number, sourceMessageId: "msg-key");
        return family;
    }

    [Fact]
    public void A_task_remembers_the_message_that_made_it_and_only_while_it_is_open()
    {
        var family = WithTaskFromMessage(out var number);
        Assert.Equal(number, Family.ActionFromMessage(family.State, "msg-key")!.Number);
        Assert.Null(Family.ActionFromMessage(family.State, "other"));
        family.MarkDone(Piet, number, Now);
        Assert.Null(Family.ActionFromMessage(family.State, "msg-key"));
    }

    [Fact]
    public void Updating_a_task_changes_only_what_is_given_and_says_so_once()
    {
        var family = WithTaskFromMessage(out var number);
        Assert.Equal(DomainError.Unchanged, family.UpdateAction(Piet, number, "bel de school", Piet.UserId, Today.AddDays(6), Today, Now).Error);

        Assert.True(family.UpdateAction(Piet, number, null, Ahmed.UserId, Today.AddDays(9), Today, Now).Succeeded);
        var a = family.State.FindAction(number)!;
        Assert.Equal(("bel de school", Ahmed.UserId, Today.AddDays(9)), (a.Description, a.OwnerUserId, a.Due));
        var entry = Assert.Single(family.Changes, c => c.Kind == HistoryKind.ActionUpdated);
        Assert.Equal(Ahmed.UserId, entry.SubjectUserId);
        Assert.Contains(family.Events, e => e is ActionOwnerChanged);
    }

    [Fact]
    public void Updating_follows_the_rules_of_a_new_date_and_a_new_owner()
    {
        var family = WithTaskFromMessage(out var number);
        Assert.Equal(DomainError.DateInPast, family.UpdateAction(Piet, number, null, null, Today.AddDays(-1), Today, Now).Error);
        Assert.Equal(DomainError.UnknownPerson, family.UpdateAction(Piet, number, null, "29:nobody", null, Today, Now).Error);
        Assert.Equal(DomainError.NotAMember, family.UpdateAction(Outsider, number, "iets anders", null, null, Today, Now).Error);
        // Once the ladder has spoken, a new date needs a reason (as "nieuwe datum" does): not taken from an edit.
        family.RecordNotice(new DueNotice(NoticeKind.Ladder, $"ladder:{number}:Due", number, LadderStep.Due), Now);
        Assert.Equal(DomainError.ReasonRequired, family.UpdateAction(Piet, number, null, null, Today.AddDays(20), Today, Now).Error);
        Assert.True(family.UpdateAction(Piet, number, "bel de school over Noor", null, null, Today, Now).Succeeded);
    }

    [Fact]
    public void Losing_and_regaining_the_thread_is_recorded_once_each()
    {
        var family = Vlinder();
        Assert.True(family.State.HasThread);
        Assert.True(family.LoseThread(Piet.UserId, Now));
        Assert.False(family.LoseThread(Piet.UserId, Now)); // Teams tells it twice
        Assert.False(family.State.HasThread);
        Assert.True(family.RegainThread(Family.BotActor, Now.AddDays(1)));
        Assert.False(family.RegainThread(Family.BotActor, Now.AddDays(1)));
        Assert.True(family.State.HasThread);
        Assert.Equal([HistoryKind.ThreadLost, HistoryKind.ThreadRegained],
            family.Changes.Where(c => c.Kind is HistoryKind.ThreadLost or HistoryKind.ThreadRegained).Select(c => c.Kind));
    }

    [Fact]
    public void A_deleted_message_is_recorded_without_words_and_its_task_stays()
    {
        var family = WithTaskFromMessage(out var number);
        family.NoteMessageDeleted(Piet.UserId, number, Now);
        var entry = Assert.Single(family.Changes, c => c.Kind == HistoryKind.MessageDeleted);
        Assert.Equal(number, entry.ActionNumber);
        Assert.Null(entry.Detail);
        Assert.NotNull(family.State.FindAction(number));
    }
}
