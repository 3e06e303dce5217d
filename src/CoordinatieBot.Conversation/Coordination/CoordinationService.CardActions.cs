using CoordinatieBot.Conversation.Escalation;
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
        // The verb comes from the client: only our own verbs reach the log.
        log.LogInformation("Card action {Verb} in {ConversationKind}", CardVerbs.IsKnown(action.Verb) ? action.Verb : "(unknown)", action.Conversation.Kind);
        if (!action.Data.TryGetValue(CardVerbs.Keys.FamilyId, out var familyId) || string.IsNullOrEmpty(familyId))
            return Refused(l, DomainError.NoSuchAction);

        try
        {
            if (action.Verb == CardVerbs.AppointRegisseur)
                return await AppointRegisseurAsync(action, familyId, l, ct);
            if (action.Verb.StartsWith(CardVerbs.EscalationPrefix, StringComparison.Ordinal))
                return await HandleProcesmanagerActionAsync(action, familyId, l, ct);
            if (action.Verb == CardVerbs.AskManager)
                return await AskManagerAsync(action, familyId, l, ct);
            if (action.Verb is CardVerbs.ActionAccept or CardVerbs.ActionNotMine)
                return await OwnerAnswerAsync(action, familyId, l, ct);

            var watch = new ChangeWatch();
            var personal = action.Conversation.Kind == ConversationKind.Personal;
            var change = Watching(watch, (family, at) =>
            {
                if (family.Id != familyId || family.State.TenantId != action.Conversation.TenantId) return FamilyChange.Refuse(DomainError.NotAMember);
                var before = family.State;
                var outcome = ApplyCardAction(family, action, at, l);
                // From a 1:1 card the thread hears of it, in working hours: kept in the family with the change.
                if (personal && outcome is { Answer: null, Result.Succeeded: true } && (!ReferenceEquals(before, family.State) || action.Verb == CardVerbs.Casusoverleg))
                    family.TellThread(action.From.UserId, CardNumber(action) is > 0 and var n ? n : null, action.Verb, at.Now);
                return outcome;
            });
            var result = personal
                ? await turns.ChangeByIdAsync(familyId, action.From, l, change, ct)
                : await turns.ChangeAsync(action.Conversation, action.From, l, change, ct);
            await NotifyNewOwnersAsync(watch, action.From, ct);
            if (action.Verb == CardVerbs.ActionEscalate && result.ActionError is null && result.PlanChanged?.Family is { } escalated)
                return await EscalatedFromCardAsync(action, escalated, result, personal, l, ct);
            if (result.ActionError is not null) return result;
            if (personal) return await FromOneToOneAsync(action, result, l, ct);
            return IsTaskCard(action) ? AsTaskCardOutcome(action, result, l) : result;
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
        var number = CardNumber(action);
        // Inputs are named "party-3" on a card with several actions, plain "party" on a card about one.
        string? Input(string key) =>
            (data.TryGetValue(key, out var v) || data.TryGetValue($"{key}-{number}", out v)) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        switch (action.Verb)
        {
            case CardVerbs.ActionDone:
                return PlanCardChange(f.MarkDone(actor, number, at.Now), at, l, s => Messages.ActionDone(l, s.FindAction(number)!));
            case CardVerbs.ActionInProgress:
                if (DateOnly.TryParse(Input(CardVerbs.Keys.Date) ?? "", out var expected))
                    return PlanCardChange(f.MarkInProgress(actor, number, expected, at.Today, at.Now), at, l, s => Messages.ActionInProgressUntil(l, s.FindAction(number)!));
                return PlanCardChange(f.MarkInProgress(actor, number, at.Now), at, l, s => Messages.ActionInProgress(l, s.FindAction(number)!));
            case CardVerbs.ActionWaiting:
                if (Input(CardVerbs.Keys.Party) is not { } party) return FamilyChange.Refuse(DomainError.EmptyText);
                var until = DateOnly.TryParse(Input(CardVerbs.Keys.Until) ?? Input(CardVerbs.Keys.Date) ?? "", out var u) ? u : (DateOnly?)null;
                return PlanCardChange(f.MarkWaiting(actor, number, party, until, at.Today, at.Now), at, l, s => Messages.ActionWaiting(l, s.FindAction(number)!));
            case CardVerbs.ActionNewDate:
                if (!DateOnly.TryParse(Input(CardVerbs.Keys.Date) ?? "", out var date)) return FamilyChange.Ask(Messages.DateUnreadable(l));
                return PlanCardChange(f.Reschedule(actor, number, date, Input(CardVerbs.Keys.Reason), at.Today, at.Now), at, l,
                    s => Messages.ActionRescheduled(l, s.FindAction(number)!, at.Today));
            case CardVerbs.ActionNotPossible:
                return PlanCardChange(f.MarkNotPossible(actor, number, Input(CardVerbs.Keys.Obstacle) ?? Input(CardVerbs.Keys.Reason) ?? "", at.Now), at, l,
                    s => Messages.ActionNotPossible(l, s.FindAction(number)!));
            case CardVerbs.ActionReassign:
                if (Input(CardVerbs.Keys.Owner) is not { } owner) return FamilyChange.Refuse(DomainError.UnknownPerson);
                return new FamilyChange(f.Reassign(actor, number, owner, at.Now), s => ReassignedReply(s, s.FindAction(number)!, actor, l) with
                {
                    RefreshedCard = new PlanCardView(s, at.Today, l),
                });
            case CardVerbs.ActionTake:
                return new FamilyChange(f.Reassign(actor, number, actor.UserId, at.Now), s => new TurnResult
                {
                    Replies = [new TextReply(Messages.ActionTaken(l, s, s.FindAction(number)!))],
                    RefreshedCard = new OrphanedActionsCardView(s.Id, s.Alias, Family.OrphanedActions(s), at.Today, l),
                });
            case CardVerbs.ActionEscalate:
                // The procesmanager's name is looked up after the save (EscalatedFromCardAsync): this text is replaced.
                return PlanCardChange(f.EscalateAction(actor, number, at.Now, out _), at, l, _ => Messages.EscalatedByRegisseur(l, null, number));
            case CardVerbs.Casusoverleg:
                return f.State.Regisseur?.UserId == actor.UserId
                    ? FamilyChange.None with { OnSuccess = s => TurnResult.Say(Messages.CasusoverlegProposed(l, s, number == 0 ? null : number)) }
                    : FamilyChange.Refuse(DomainError.OnlyRegisseur);
            case CardVerbs.PlanRefresh when Family.MustIntroduce(f.State, actor.UserId):
                return FamilyChange.Ask(Messages.IntroduceBeforePlan(l, f.State));
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

    private static int CardNumber(IncomingCardAction action) =>
        action.Data.TryGetValue(CardVerbs.Keys.Action, out var n) && int.TryParse(n, out var parsed) ? parsed : 0;

    /// <summary>A change from a card in a 1:1 chat (a nudge): the family's thread sees it too, the clicker sees the card's outcome.</summary>
    private async Task<TurnResult> FromOneToOneAsync(IncomingCardAction action, TurnResult result, Language l, CancellationToken ct)
    {
        var family = result.PlanChanged?.Family;
        var reply = result.Replies.OfType<TextReply>().FirstOrDefault();
        if (family is null || reply is null) return result;
        // The thread hears of it through the family's pending notices: now in working hours, else at the next working moment.
        await router.DeliverPendingNowAsync(family, ct);
        var text = reply.PlainText;
        var number = CardNumber(action);
        var today = turns.Now().Today;
        CardView? refreshed = action.Verb is CardVerbs.Casusoverleg or CardVerbs.ActionEscalate or CardVerbs.ActionReassign
            ? new RegisseurOptionsCardView(family, family.FindAction(number), 0, today, l, text)
            : family.FindAction(number) is { } a ? new TaskCardView(family.Id, family.Alias, a, TaskCardReason.Due, today, l, text) : null;
        return result with { Replies = [], RefreshedCard = refreshed ?? result.RefreshedCard };
    }

    private static bool IsTaskCard(IncomingCardAction action) =>
        action.Data.TryGetValue(CardVerbs.Keys.Card, out var card) && card == CardVerbs.TaskCard;

    /// <summary>A nudge posted in the thread (its owner has no 1:1 chat) shows its outcome in place, instead of turning into the plan.</summary>
    private TurnResult AsTaskCardOutcome(IncomingCardAction action, TurnResult result, Language l)
    {
        if (result.PlanChanged?.Family is not { } family || family.FindAction(CardNumber(action)) is not { } a) return result;
        var text = result.Replies.OfType<TextReply>().FirstOrDefault()?.PlainText;
        return result with { RefreshedCard = new TaskCardView(family.Id, family.Alias, a, TaskCardReason.Due, turns.Now().Today, l, text) };
    }

    /// <summary>
    /// "Escaleren" on the regisseur's card: the escalation is pending in the family and goes to the procesmanager now in
    /// working hours (else at the next working moment); the reply names them (or says none is set).
    /// </summary>
    private async Task<TurnResult> EscalatedFromCardAsync(IncomingCardAction action, FamilyState family, TurnResult result, bool personal, Language l, CancellationToken ct)
    {
        var number = CardNumber(action);
        await router.DeliverPendingNowAsync(family, ct);
        var said = Messages.EscalatedByRegisseur(l, await procesmanagers.ForFamilyAsync(family, ct), number);
        result = result with { Replies = [new TextReply(said)] };
        return personal ? await FromOneToOneAsync(action, result, l, ct) : result;
    }

    /// <summary>"Vraag de leidinggevende": looks up the owner's manager in the directory, for the regisseur only.</summary>
    private async Task<TurnResult> AskManagerAsync(IncomingCardAction action, string familyId, Language l, CancellationToken ct)
    {
        var loaded = await families.GetAsync(familyId, ct);
        if (loaded?.Family.State is not { } family || family.TenantId != action.Conversation.TenantId || family.Regisseur?.UserId != action.From.UserId)
            return Refused(l, DomainError.OnlyRegisseur);
        if (family.FindAction(CardNumber(action)) is not { } a || family.FindMember(a.OwnerUserId) is not { } owner)
            return Refused(l, DomainError.NoSuchAction);
        if (owner.AadObjectId is not { Length: > 0 } aad)
            return TurnResult.Say(Messages.ManagerLookup(l, owner.Name, null, null, unavailable: true));
        var manager = await people.GetManagerAsync(family.TenantId, aad, ct);
        return TurnResult.Say(Messages.ManagerLookup(l, owner.Name, manager.Person?.DisplayName, manager.Person?.Mail,
            manager.Outcome == PersonLookupOutcome.Unavailable));
    }

    /// <summary>
    /// The procesmanager's buttons. They are not a member of the family: only the family's own procesmanager may act,
    /// and what they did is recorded and reported back to the thread.
    /// </summary>
    private async Task<TurnResult> HandleProcesmanagerActionAsync(IncomingCardAction action, string familyId, Language l, CancellationToken ct)
    {
        var loaded = await families.GetAsync(familyId, ct);
        if (loaded is null || loaded.Family.State.TenantId != action.Conversation.TenantId) return Refused(l, DomainError.NoSuchEscalation);
        var pm = await procesmanagers.ForFamilyAsync(loaded.Family.State, ct);
        if (pm is null || !ProcesmanagerResolver.Is(pm, action.From)) return Refused(l, DomainError.NotAMember);

        string? Input(string key) => action.Data.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        var kind = action.Verb switch
        {
            CardVerbs.EscalationAcknowledge => EscalationEventKind.Acknowledged,
            CardVerbs.EscalationDeadline => EscalationEventKind.DeadlineSet,
            CardVerbs.EscalationReassign => EscalationEventKind.Reassigned,
            CardVerbs.EscalationCasusoverleg => EscalationEventKind.CasusoverlegCalled,
            CardVerbs.EscalationDecision => EscalationEventKind.DecisionRecorded,
            CardVerbs.EscalationBoard => EscalationEventKind.EscalatedToBoard,
            CardVerbs.EscalationDeescalate => EscalationEventKind.Deescalated,
            _ => (EscalationEventKind?)null,
        };
        if (kind is null) return Refused(l, DomainError.NoSuchEscalation);
        var escalationNumber = int.TryParse(Input(CardVerbs.Keys.Escalation), out var e) ? e : 0;
        DateOnly? deadline = DateOnly.TryParse(Input(CardVerbs.Keys.Date) ?? "", out var d) ? d : null;
        var owner = Input(CardVerbs.Keys.Owner);
        var detail = kind == EscalationEventKind.Reassigned ? owner : Input(CardVerbs.Keys.Reason) ?? deadline?.ToString("yyyy-MM-dd");
        var actorId = string.IsNullOrEmpty(action.From.AadObjectId) ? action.From.UserId : action.From.AadObjectId!;

        var watch = new ChangeWatch();
        var handled = await turns.ChangeByIdAsync(familyId, action.From, l, Watching(watch, (f, at) =>
        {
            // A card sent just before its escalation was recorded may carry a stale number: find it by its action.
            var escalation = f.State.FindEscalation(escalationNumber) ??
                             (CardNumber(action) is > 0 and var n ? f.State.Escalations.LastOrDefault(x => x.ActionNumber == n && x.Status != EscalationStatus.Resolved) : null);
            if (escalation is null) return FamilyChange.Refuse(DomainError.NoSuchEscalation);
            var result = f.HandleEscalation(actorId, escalation.Number, kind.Value, kind is EscalationEventKind.DecisionRecorded or EscalationEventKind.EscalatedToBoard ? Input(CardVerbs.Keys.Reason) : null,
                deadline, owner, at.Today, at.Now);
            return new FamilyChange(result, s => new TurnResult
            {
                RefreshedCard = new EscalationCardView(EscalationFactsBuilder.Build(s, s.FindEscalation(escalation.Number)!, at.Today, router.Calendar, l), at.Today, l,
                    Messages.EscalationHandledInThread(l, s, s.FindEscalation(escalation.Number)!, kind.Value, detail)),
            });
        }), ct, asProcesmanager: true);
        await NotifyNewOwnersAsync(watch, action.From, ct);
        // The thread hears the outcome now in working hours, else at the next working moment (it is pending in the family).
        if (handled.ActionError is null && handled.PlanChanged?.Family is { } family)
            await router.DeliverPendingNowAsync(family, ct);
        return handled with { PlanChanged = handled.PlanChanged };
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
}
