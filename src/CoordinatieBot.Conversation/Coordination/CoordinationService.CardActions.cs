using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Conversation.Coordination;

public sealed partial class CoordinationService
{
    /// <summary>
    /// A button on one of the bot's cards. The card's data is not trusted: the family comes from the
    /// conversation (or, in a 1:1 chat, is checked for the clicker's membership) and must match the data.
    /// </summary>
    public async Task<TurnResult> HandleCardActionAsync(IncomingCardAction action, CancellationToken ct)
    {
        var l = action.Data.TryGetValue(CardVerbs.Keys.Language, out var lang) && lang == "en" ? Language.English : Language.Dutch;
        log.LogInformation("Card action {Verb} in {ConversationKind}", action.Verb, action.Conversation.Kind);
        if (!action.Data.TryGetValue(CardVerbs.Keys.FamilyId, out var familyId) || string.IsNullOrEmpty(familyId))
            return Refused(l, DomainError.NoSuchAction);

        try
        {
            Func<Family, Moment, FamilyChange> change = (family, at) =>
                family.Id != familyId ? FamilyChange.Refuse(DomainError.NotAMember) : ApplyCardAction(family, action, at, l);
            var result = action.Conversation.Kind == ConversationKind.Personal
                ? await turns.ChangeByIdAsync(familyId, action.From, l, change, ct)
                : await turns.ChangeAsync(action.Conversation, action.From, l, change, ct);
            return result;
        }
        catch (StorageUnavailableException e)
        {
            log.LogWarning(e, "Storage unavailable while handling card action {Verb}", action.Verb);
            return TurnResult.Say(Messages.StorageDown(l)) with { ActionError = Messages.StorageDown(l) };
        }
    }

    private FamilyChange ApplyCardAction(Family f, IncomingCardAction action, Moment at, Language l)
    {
        var actor = action.From;
        var data = action.Data;
        var number = data.TryGetValue(CardVerbs.Keys.Action, out var n) && int.TryParse(n, out var parsed) ? parsed : 0;
        string? Input(string key) => data.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        switch (action.Verb)
        {
            case CardVerbs.ActionDone:
                return PlanCardChange(f.MarkDone(actor, number, at.Now), at, l, s => Messages.ActionDone(l, s.FindAction(number)!));
            case CardVerbs.ActionInProgress:
                return PlanCardChange(f.MarkInProgress(actor, number, at.Now), at, l, s => Messages.ActionInProgress(l, s.FindAction(number)!));
            case CardVerbs.ActionWaiting:
                if (Input(CardVerbs.Keys.Party) is not { } party) return FamilyChange.Refuse(DomainError.EmptyText);
                var until = DateOnly.TryParse(Input(CardVerbs.Keys.Date) ?? "", out var u) ? u : (DateOnly?)null;
                return PlanCardChange(f.MarkWaiting(actor, number, party, until, at.Today, at.Now), at, l, s => Messages.ActionWaiting(l, s.FindAction(number)!));
            case CardVerbs.ActionNewDate:
                if (!DateOnly.TryParse(Input(CardVerbs.Keys.Date) ?? "", out var date)) return FamilyChange.Ask(Messages.DateUnreadable(l));
                return PlanCardChange(f.Reschedule(actor, number, date, Input(CardVerbs.Keys.Reason), at.Today, at.Now), at, l,
                    s => Messages.ActionRescheduled(l, s.FindAction(number)!, at.Today));
            case CardVerbs.ActionNotPossible:
                return PlanCardChange(f.MarkNotPossible(actor, number, Input(CardVerbs.Keys.Reason) ?? "", at.Now), at, l,
                    s => Messages.ActionNotPossible(l, s.FindAction(number)!));
            case CardVerbs.PlanRefresh:
                return FamilyChange.None with { OnSuccess = s => new TurnResult { RefreshedCard = new PlanCardView(s, at.Today, l) } };
            case CardVerbs.RegieAccept:
                var accepting = f.State.PendingHandover;
                return new FamilyChange(f.AcceptHandover(actor, at.Now), s => new TurnResult
                {
                    Replies = [new TextReply(Messages.HandoverAccepted(l, s))],
                    RefreshedCard = ClosedHandoverCard(s, accepting!, HandoverCardState.Accepted, l),
                });
            case CardVerbs.RegieDecline:
                var declining = f.State.PendingHandover;
                var reason = Input(CardVerbs.Keys.Reason);
                return new FamilyChange(f.DeclineHandover(actor, reason, at.Now), s => new TurnResult
                {
                    Replies = [new TextReply(Messages.HandoverDeclined(l, s, actor.UserId, reason ?? ""))],
                    RefreshedCard = ClosedHandoverCard(s, declining!, HandoverCardState.Declined, l),
                }, ChangesPlan: false);
            default:
                return FamilyChange.Refuse(DomainError.NoSuchAction);
        }
    }

    /// <summary>A change from a plan card: the clicker gets the refreshed card, the thread sees a short note.</summary>
    private static FamilyChange PlanCardChange(DomainResult result, Moment at, Language l, Func<FamilyState, string> say) =>
        new(result, s => new TurnResult
        {
            Replies = [new TextReply(say(s))],
            RefreshedCard = new PlanCardView(s, at.Today, l),
        });

    private static HandoverCardView ClosedHandoverCard(FamilyState s, RegieHandover h, HandoverCardState state, Language l) =>
        new(s.Id, s.Alias, s.FindMember(h.FromUserId)?.Name ?? "?", h.ToUserId, s.FindMember(h.ToUserId)?.Name ?? "?", h.Reason, state, l);

    private static TurnResult Refused(Language l, DomainError error) =>
        TurnResult.Say(Messages.Refused(l, error)) with { ActionError = Messages.Refused(l, error) };

    /// <summary>People joined or left the thread: they gain or lose access to the family.</summary>
    public async Task HandleMembershipAsync(MembershipChange change, CancellationToken ct)
    {
        if (change.Added.Count == 0 && change.RemovedUserIds.Count == 0) return;
        var loaded = await families.FindByConversationAsync(change.Conversation.TenantId, change.Conversation.ConversationId, ct);
        if (loaded is null) return;
        var first = change.Added.FirstOrDefault() ?? new Actor(change.RemovedUserIds[0], "");
        await turns.ChangeAsync(change.Conversation, first, Language.Dutch, (family, at) =>
        {
            foreach (var added in change.Added) family.EnsureMember(added, at.Now);
            foreach (var removed in change.RemovedUserIds) family.RemoveMember(removed, at.Now);
            return FamilyChange.None;
        }, ct);
    }
}
