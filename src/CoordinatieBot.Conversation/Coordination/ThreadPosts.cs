using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Coordination;

/// <summary>The one way the bot posts into a family's thread on its own (notices, follow-ups, news from 1:1 cards).</summary>
public static class ThreadPosts
{
    /// <summary>
    /// Posts into the family's thread, unless the bot was removed from it (<see cref="FamilyState.ThreadLostAt"/>):
    /// then nothing is sent and the answer is false, as for a thread that cannot be reached. 1:1 messages are not
    /// affected: the owners keep their reminders and the regisseur and procesmanager their notices.
    /// </summary>
    public static Task<bool> ToThreadAsync(this INoticeSender sender, FamilyState family, Reply message, CancellationToken ct) =>
        family.HasThread ? sender.ToThreadAsync(family.TenantId, family.ConversationId, message, ct) : Task.FromResult(false);
}
