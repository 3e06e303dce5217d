using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Coordination;

public sealed partial class CoordinationService
{
    /// <summary>"Mijn taken": only the asker's own open actions, only in families they are an active member of.</summary>
    private async Task<TurnResult> MyTasksAsync(string tenantId, Actor actor, Language l, CancellationToken ct)
    {
        var lines = await myTasks.ReadAsync(tenantId, actor.UserId, ct);
        return lines.Count == 0
            ? TurnResult.Say(Messages.NoTasks(l))
            : TurnResult.Say(MyTasksReader.Render(lines, turns.Now().Today, l, l == Language.English ? "Your open tasks:" : "Jouw open taken:"));
    }

    private async Task<TurnResult> SetDigestAsync(string tenantId, Actor actor, bool on, Language l, CancellationToken ct)
    {
        await digests.SetAsync(tenantId, actor.UserId, on, ct);
        return TurnResult.Say(Messages.DigestSet(l, on));
    }
}
