using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Privacy;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Domain;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Conversation.Families;

/// <summary>A family's life in its thread: starting it (under an alias, never a name), closing it, erasing it.</summary>
public sealed class FamilyCommands(FamilyTurns turns, IFamilyRepository families, ITeamFamilies teamFamilies, FamilyErasure erasure, EscalationPolicy policy, ILogger<FamilyCommands> log)
    : ICommandHandler
{
    public Task<TurnResult>? TryHandle(TurnContext turn, Command command, CancellationToken ct) => command switch
    {
        StartFamilyCommand start => StartAsync(turn, start.Alias, ct),
        InvalidAliasCommand => Say.Now(Messages.InvalidAlias(turn.Language)),
        CloseFamilyCommand close => turns.ApplyAsync(turn, (f, at) => Close(f, turn.Actor, close.Reason, at, turn.Language, policy.Lifecycle), ct),
        EraseFamilyCommand erase => erasure.HandleAsync(turn.Where, turn.Actor, erase, turn.Language, ct),
        _ => null,
    };

    private async Task<TurnResult> StartAsync(TurnContext turn, string alias, CancellationToken ct)
    {
        var (where, l) = (turn.Where, turn.Language);
        if (turn.IsPersonal) return TurnResult.Say(Messages.FamilyNeedsGroup(l));
        if (!Family.IsValidAlias(alias)) return TurnResult.Say(Messages.InvalidAlias(l));

        var existing = await families.FindByConversationAsync(where.TenantId, where.ConversationId, ct);
        if (existing is not null) return AlreadyHere(existing, l);

        var now = turns.Now();
        var family = Family.Start(Guid.NewGuid().ToString("N"), alias, where.TenantId, where.ConversationId, turn.Actor, now.Now, where.TeamId);
        turns.Schedule(family);
        var started = TurnResult.Say(Messages.FamilyStarted(l, UserText.Escape(family.State.Alias))) with { Suggestions = Suggestions.AfterFamilyStarted(l) };
        if (!await families.CreateAsync(family, FamilyTurns.Record(AppliedTurns.None, TurnIdentity.Current, started, now), ct))
        {
            var winner = await families.FindByConversationAsync(where.TenantId, where.ConversationId, ct);
            return winner is null ? TurnResult.Say(Messages.FamilyAlreadyHere(l, UserText.Escape(alias))) : AlreadyHere(winner, l);
        }
        await teamFamilies.AddAsync(where.TenantId, where.TeamId, family.Id, ct);
        log.LogInformation("Family {FamilyId} started", family.Id);
        return started;
    }

    /// <summary>A family is here already; when it was started by this very activity (a second delivery), nothing more is said.</summary>
    private static TurnResult AlreadyHere(VersionedFamily existing, Language l) =>
        FamilyTurns.Replay(existing.Applied, TurnIdentity.Current)
        ?? TurnResult.Say(Messages.FamilyAlreadyHere(l, UserText.Escape(existing.Family.State.Alias)));

    /// <summary>
    /// Open actions need an answer first, unless the closer said they lapse ("open taken vervallen, reden"). Then the outcome per
    /// goal is asked; the nazorg begins once every goal has one.
    /// </summary>
    private static FamilyChange Close(Family f, Actor actor, string? reason, Moment at, Language l, LifecycleNorms norms)
    {
        var (lapse, closeReason) = ReasonReader.OpenActionsLapse(reason);
        var closing = f.Close(actor, closeReason, at.Now, lapse);
        if (closing.Error == DomainError.OpenActionsOnClose) return FamilyChange.Ask(Messages.CloseWithOpenActions(l, f.State));
        return Say.After(closing, s => Lifecycle.LifecycleCommands.Closed(s, f, norms, l));
    }
}
