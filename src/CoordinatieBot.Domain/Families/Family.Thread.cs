namespace CoordinatieBot.Domain;

/// <summary>The family's thread as the bot sees it: whether the bot is still in it, and messages deleted there.</summary>
public sealed partial class Family
{
    /// <summary>
    /// The bot was removed from the family's chat (or team): the plan stays, but nothing can be posted there until the
    /// bot is added again. False when it was known already (Teams tells it twice: the installation and the member).
    /// </summary>
    public bool LoseThread(string byUserId, DateTimeOffset now)
    {
        if (State.Phase == FamilyPhase.Closed || State.ThreadLostAt is not null) return false;
        State = State with { ThreadLostAt = now, UpdatedAt = now, UpdatedBy = byUserId };
        Record(now, byUserId, HistoryKind.ThreadLost);
        return true;
    }

    /// <summary>The bot is in the family's chat again: it picks up where it was. False when it had not been removed.</summary>
    public bool RegainThread(string byUserId, DateTimeOffset now)
    {
        if (State.ThreadLostAt is null) return false;
        State = State with { ThreadLostAt = null, UpdatedAt = now, UpdatedBy = byUserId };
        Record(now, byUserId, HistoryKind.ThreadRegained);
        return true;
    }

    /// <summary>
    /// A message the bot had read was deleted in the chat: recorded without its text; a task it made stays (its number
    /// in the entry). Not progress on the plan, so stall detection does not count it.
    /// </summary>
    public void NoteMessageDeleted(string byUserId, int? actionNumber, DateTimeOffset now)
    {
        State = State with { UpdatedAt = now, UpdatedBy = byUserId };
        Record(now, byUserId, HistoryKind.MessageDeleted, actionNumber);
    }
}
