using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Escalation;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Domain;
using Microsoft.Extensions.Options;

namespace CoordinatieBot.Conversation.Overview;

/// <summary>What the bot can do, someone's own open tasks, the daily digest, and a family's history.</summary>
public sealed class OverviewCommands(
    FamilyTurns turns,
    IFamilyRepository families,
    MyTasksReader myTasks,
    IDigestPreferences digests,
    GuardResolver procesmanagers,
    IOptions<CoordinationOptions> options) : ICommandHandler
{
    public Task<TurnResult>? TryHandle(TurnContext turn, Command command, CancellationToken ct) => command switch
    {
        HelpCommand => Say.Now(Messages.Help(turn.Language)),
        ThanksCommand => Say.Now(Messages.YouAreWelcome(turn.Language)),
        UnknownCommand unknown => Task.FromResult(TurnResult.Say(Messages.NotUnderstood(turn.Language, unknown.Closest)) with
        {
            Suggestions = Suggestions.NotUnderstood(turn.Language, unknown.Closest),
        }),
        MyTasksCommand => MyTasksAsync(turn, ct),
        DigestCommand digest => SetDigestAsync(turn, digest.On, ct),
        HistoryCommand => turns.ReadAsync(turn, (s, now) => HistoryAsync(s, now, turn.Language, ct), ct),
        _ => null,
    };

    /// <summary>"Mijn taken": only the asker's own open actions, only in families they are an active member of.</summary>
    private async Task<TurnResult> MyTasksAsync(TurnContext turn, CancellationToken ct)
    {
        var l = turn.Language;
        var lines = await myTasks.ReadAsync(turn.Where.TenantId, turn.Actor.UserId, ct);
        return lines.Count == 0
            ? TurnResult.Say(Messages.NoTasks(l))
            : TurnResult.Say(MyTasksReader.Render(lines, turns.Now().Today, l, Messages.YourOpenTasks(l)));
    }

    private async Task<TurnResult> SetDigestAsync(TurnContext turn, bool on, CancellationToken ct)
    {
        await digests.SetAsync(turn.Where.TenantId, turn.Actor.UserId, on, ct);
        return TurnResult.Say(Messages.DigestSet(turn.Language, on));
    }

    private async Task<TurnResult> HistoryAsync(FamilyState state, Moment now, Language l, CancellationToken ct)
    {
        var entries = await families.RecentHistoryAsync(state.Id, options.Value.HistoryEntriesShown, ct);
        var pm = entries.Any(e => e.Kind is HistoryKind.EscalationHandled or HistoryKind.RegieAppointed) ? await procesmanagers.ForFamilyAsync(state, ct) : null;
        return TurnResult.Say(Messages.History(l, state, entries, now.Today, pm));
    }
}
