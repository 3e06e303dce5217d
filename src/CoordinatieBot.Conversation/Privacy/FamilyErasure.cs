using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Domain;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoordinatieBot.Conversation.Privacy;

/// <summary>
/// Erasing families: on request in the family's chat (the regisseur, with a confirmation; a family that is still
/// open only with a reason) and after the retention period once a family is closed. Logs carry a hash, never content.
/// </summary>
public sealed class FamilyErasure(
    IFamilyRepository families,
    IFamilyEraser eraser,
    ILivingCardStore livingCards,
    INoticeSender sender,
    StripedLock locks,
    TimeProvider time,
    IOptions<PrivacyOptions> options,
    ILogger<FamilyErasure> log)
{
    public int RetentionDays => Math.Max(1, options.Value.RetentionDays);

    /// <summary>"gezin wissen" (asks) and "gezin wissen bevestigd" (erases) in the family's chat.</summary>
    public async Task<TurnResult> HandleAsync(ConversationKey where, Actor actor, EraseFamilyCommand command, Language l, CancellationToken ct)
    {
        if (where.Kind == ConversationKind.Personal) return TurnResult.Say(Messages.FamilyNeedsGroup(l));
        var found = await families.FindByConversationAsync(where.TenantId, where.ConversationId, ct);
        if (found is null) return TurnResult.Say(Messages.NoFamilyHere(l));
        using var held = await locks.AcquireAsync(found.Family.Id, ct);
        var loaded = held.Waited ? await families.FindByConversationAsync(where.TenantId, where.ConversationId, ct) : found;
        if (loaded is null) return TurnResult.Say(Messages.NoFamilyHere(l));
        var family = loaded.Family.State;
        if (family.Regisseur?.UserId != actor.UserId) return TurnResult.Say(Messages.EraseOnlyRegisseur(l));
        var closed = family.Phase == FamilyPhase.Closed;
        if (!closed && string.IsNullOrWhiteSpace(command.Reason)) return TurnResult.Say(Messages.EraseNeedsReason(l));
        if (!command.Confirmed) return TurnResult.Say(Messages.EraseConfirm(l, UserText.Escape(family.Alias), closed));

        var logged = await EraseAsync(family, new ErasureRequest(ErasureTrigger.Request, actor.UserId, time.GetUtcNow()), l, ct);
        log.LogInformation("Family erased on request (erasure log {FamilyHash})", logged.FamilyHash);
        return TurnResult.Say(Messages.Erased(l));
    }

    /// <summary>Erases every family closed more than <see cref="RetentionDays"/> ago. Returns how many.</summary>
    public async Task<int> ApplyRetentionAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var limit = now.AddDays(-RetentionDays);
        var erased = 0;
        foreach (var id in await eraser.ClosedBeforeAsync(limit, ct))
        {
            using var _ = await locks.AcquireAsync(id, ct);
            // Checked again on the family itself: the query only proposes.
            if (await families.GetAsync(id, ct) is not { Family.State: { Phase: FamilyPhase.Closed, ClosedAt: { } closedAt } state } || closedAt >= limit)
                continue;
            await EraseAsync(state, new ErasureRequest(ErasureTrigger.Retention, null, now), Language.Dutch, ct);
            erased++;
        }
        if (erased > 0) log.LogInformation("Retention: {Count} closed families erased after {Days} days", erased, RetentionDays);
        return erased;
    }

    /// <summary>Erases the family, then empties the plan card that still stands in the chat. Returns the erasure log row.</summary>
    private async Task<ErasureLogEntry> EraseAsync(FamilyState family, ErasureRequest request, Language l, CancellationToken ct)
    {
        var card = await livingCards.GetAsync(family.Id, ct);
        var logged = await eraser.EraseAsync(family, request, ct);
        if (card is not null)
            await sender.ReplaceCardAsync(family.TenantId, card.ConversationId, card.ActivityId, new Views.ErasedPlanCardView(l), ct);
        return logged;
    }
}
