using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Escalation;

/// <summary>A procesmanager's button on an escalation card: acknowledge, set a deadline, reassign, decide, …</summary>
/// <param name="EscalationNumber">As the card was sent; <paramref name="ActionNumber"/> finds it when the number is stale.</param>
public sealed record HandleEscalationCommand(EscalationEventKind Kind, int EscalationNumber, int ActionNumber, DateOnly? Deadline, string? OwnerUserId, string? Reason)
    : Command;

/// <summary>"Vraag de leidinggevende" on the regisseur's card: who is the owner's manager.</summary>
public sealed record AskManagerCommand(int ActionNumber) : Command;

/// <summary>"Casusoverleg" on the regisseur's card: the thread hears the regisseur proposes one.</summary>
public sealed record ProposeCasusoverlegCommand(int? ActionNumber) : Command;

/// <summary>
/// The routes out of a stall: a knelpunt or an impasse to the procesmanager, a safety concern to the regisseur, the
/// regisseur escalating a task; the procesmanager's own buttons, and who the procesmanager is.
/// </summary>
public sealed class EscalationCommands(
    FamilyTurns turns,
    IFamilyRepository families,
    ProcesmanagerResolver procesmanagers,
    GuardResolver guards,
    ProcesmanagerGate gate,
    NoticeRouter router,
    IPeopleDirectory people,
    IConversationReferenceStore references) : ICommandHandler
{
    public Task<TurnResult>? TryHandle(TurnContext turn, Command command, CancellationToken ct) => command switch
    {
        KnelpuntCommand knelpunt => RaiseAsync(turn, EscalationKind.Knelpunt, knelpunt.Text, ct),
        ImpasseCommand impasse => RaiseAsync(turn, EscalationKind.Impasse, impasse.Text, ct),
        SafetyConcernCommand safety => SafetyConcernAsync(turn, safety.Text, ct),
        EscalateTaskCommand escalate => EscalateAsync(turn, escalate.Number, ct),
        HandleEscalationCommand handle => HandleAsync(turn, handle, ct),
        AskManagerCommand ask => AskManagerAsync(turn, ask.ActionNumber, ct),
        ProposeCasusoverlegCommand casusoverleg => turns.ApplyAsync(turn, (f, _) => f.State.Regisseur?.UserId == turn.Actor.UserId
            ? FamilyChange.None with { OnSuccess = s => TurnResult.Say(Messages.CasusoverlegProposed(turn.Language, s, casusoverleg.ActionNumber)) }
            : FamilyChange.Refuse(DomainError.OnlyRegisseur), ct),
        WhoIsProcesmanagerCommand => WhoIsProcesmanagerAsync(turn, ct),
        SetProcesmanagerCommand set => SetProcesmanagerAsync(turn, set.To, ct),
        _ => null,
    };

    private async Task<TurnResult> RaiseAsync(TurnContext turn, EscalationKind kind, string text, CancellationToken ct)
    {
        var l = turn.Language;
        if (turn.IsPersonal) return TurnResult.Say(Messages.FamilyNeedsGroup(l));
        if (string.IsNullOrWhiteSpace(text)) return TurnResult.Say(Messages.WhatIsTheKnelpunt(l));
        var outcome = await turns.ChangeAsync(turn, (f, at) =>
            new FamilyChange(f.Raise(turn.Actor, kind, text, at.Now, out _), _ => TurnResult.Nothing, ChangesPlan: false), ct);
        if (outcome.State is not { } raised) return outcome.Result;

        var pm = await guards.ForFamilyAsync(raised, ct);
        return TurnResult.Say((kind == EscalationKind.Impasse ? Messages.ImpasseRaised(l, pm) : Messages.KnelpuntRaised(l, pm)) + WaitsNote(pm, l));
    }

    /// <summary>A safety concern goes to the regisseur at once, whatever the hour, and points to the meldcode.</summary>
    private async Task<TurnResult> SafetyConcernAsync(TurnContext turn, string text, CancellationToken ct)
    {
        var (actor, l) = (turn.Actor, turn.Language);
        var concern = string.IsNullOrWhiteSpace(text) ? Messages.NoExplanation(l) : text;
        var outcome = await turns.ChangeAsync(turn, (f, at) =>
            new FamilyChange(f.RecordSafetyConcern(actor, concern, at.Now), _ => TurnResult.Nothing, ChangesPlan: false), ct);
        if (outcome.State is not { } recorded) return outcome.Result;

        var reply = Messages.SafetyToThread(l, recorded);
        if (recorded.Regisseur is { } r && r.UserId != actor.UserId)
        {
            if (!await router.ToMemberAsync(recorded, r.UserId, new TextReply(Messages.SafetyToRegisseur(l, recorded, actor.UserId, concern)), ct))
                reply += "\n\n" + Messages.SafetyNoRegisseur(l);
        }
        else if (recorded.Regisseur is null)
        {
            reply += "\n\n" + Messages.SafetyNoRegisseur(l);
        }
        return TurnResult.Say(reply);
    }

    /// <summary>The regisseur escalates a task: it is pending for the procesmanager, and the reply names them.</summary>
    private async Task<TurnResult> EscalateAsync(TurnContext turn, int action, CancellationToken ct)
    {
        var l = turn.Language;
        var outcome = await turns.ChangeAsync(turn, (f, at) => new FamilyChange(f.EscalateAction(turn.Actor, action, at.Now, out _), _ => TurnResult.Nothing), ct);
        if (outcome.State is not { } escalated) return outcome.Result;

        var pm = await guards.ForFamilyAsync(escalated, ct);
        return outcome.Result with { Replies = [new TextReply(Messages.EscalatedByRegisseur(l, pm, action) + WaitsNote(pm, l))] };
    }

    /// <summary>Outside working hours what goes to the procesmanager waits: the confirmation says until when.</summary>
    private string WaitsNote(Procesmanager? pm, Language l)
    {
        var now = turns.Now().Now;
        return pm is null || router.Calendar.IsWorkingTime(now) ? "" : " " + Messages.SentAtNextWorkingMoment(l, router.Calendar.NextWorkingMoment(now));
    }

    /// <summary>What the procesmanager did is recorded and reported back to the thread (a pending notice).</summary>
    private async Task<TurnResult> HandleAsync(TurnContext turn, HandleEscalationCommand handle, CancellationToken ct)
    {
        var l = turn.Language;
        var (pm, refusal) = await gate.CheckAsync(turn, DomainError.NoSuchEscalation, ct);
        if (pm is null) return refusal!;
        var detail = handle.Kind == EscalationEventKind.Reassigned ? handle.OwnerUserId : handle.Reason ?? handle.Deadline?.ToString("yyyy-MM-dd");
        var reason = handle.Kind is EscalationEventKind.DecisionRecorded or EscalationEventKind.EscalatedToBoard ? handle.Reason : null;

        return await turns.ApplyAsync(turn with { ActingAs = ActingAs.Procesmanager }, (f, at) =>
        {
            // A card sent just before its escalation was recorded may carry a stale number: find it by its action.
            var escalation = f.State.FindEscalation(handle.EscalationNumber) ??
                             (handle.ActionNumber > 0 ? f.State.Escalations.LastOrDefault(x => x.ActionNumber == handle.ActionNumber && x.Status != EscalationStatus.Resolved) : null);
            if (escalation is null) return FamilyChange.Refuse(DomainError.NoSuchEscalation);
            var result = f.HandleEscalation(ProcesmanagerGate.ActorId(turn.Actor), escalation.Number, handle.Kind, reason, handle.Deadline, handle.OwnerUserId, at.Today, at.Now);
            return new FamilyChange(result, s => new TurnResult
            {
                RefreshedCard = new EscalationCardView(EscalationFactsBuilder.Build(s, s.FindEscalation(escalation.Number)!, at.Today, router.Calendar, l), at.Today, l,
                    Messages.EscalationHandledInThread(l, s, s.FindEscalation(escalation.Number)!, handle.Kind, detail, pm.Role)),
            });
        }, ct);
    }

    /// <summary>"Vraag de leidinggevende": looks up the owner's manager in the directory, for the regisseur only.</summary>
    private async Task<TurnResult> AskManagerAsync(TurnContext turn, int number, CancellationToken ct)
    {
        var l = turn.Language;
        var loaded = turn.FamilyId is { } id ? await families.GetAsync(id, ct) : null;
        if (loaded?.Family.State is not { } family || family.TenantId != turn.Where.TenantId || family.Regisseur?.UserId != turn.Actor.UserId)
            return Say.Refused(l, DomainError.OnlyRegisseur);
        if (family.FindAction(number) is not { } a || family.FindMember(a.OwnerUserId) is not { } owner)
            return Say.Refused(l, DomainError.NoSuchAction);
        if (owner.AadObjectId is not { Length: > 0 } aad)
            return TurnResult.Say(Messages.ManagerLookup(l, owner.Name, null, null, unavailable: true));
        var manager = await people.GetManagerAsync(family.TenantId, aad, ct);
        return TurnResult.Say(Messages.ManagerLookup(l, owner.Name, manager.Person?.DisplayName, manager.Person?.Mail,
            manager.Outcome == PersonLookupOutcome.Unavailable));
    }

    /// <summary>The team's procesmanager; in a family's chat also who guards this family when that is the coördinator.</summary>
    private async Task<TurnResult> WhoIsProcesmanagerAsync(TurnContext turn, CancellationToken ct)
    {
        var said = Messages.WhoIsProcesmanager(turn.Language, await procesmanagers.ForTeamAsync(turn.Where.TenantId, turn.Where.TeamId, ct));
        if (!turn.IsPersonal && await families.FindByConversationAsync(turn.Where.TenantId, turn.Where.ConversationId, ct) is { } loaded
            && await guards.ForFamilyAsync(loaded.Family.State, ct) is { Role: GuardRole.CoordinatorRisicogezinnen } guard)
            said += "\n\n" + Messages.FamilyGuardedBy(turn.Language, loaded.Family.State, guard);
        return TurnResult.Say(said);
    }

    private async Task<TurnResult> SetProcesmanagerAsync(TurnContext turn, PersonRef to, CancellationToken ct)
    {
        var (where, l) = (turn.Where, turn.Language);
        if (to is not PersonRef.Mentioned mentioned) return TurnResult.Say(Messages.WhoDoYouMean(l, to is PersonRef.Named n ? n.Name : "?"));
        if (!await procesmanagers.MaySetAsync(where.TenantId, where.TeamId, turn.Actor.AadObjectId, ct))
            return TurnResult.Say(Messages.NotAllowedToSetProcesmanager(l));
        // Mentions carry the Teams user id; the Entra id is known once the person has written to the bot.
        var known = await references.GetUserAsync(where.TenantId, mentioned.Person.UserId, ct);
        var pm = new Procesmanager(known?.AadObjectId ?? "", mentioned.Person.Name, mentioned.Person.UserId);
        await procesmanagers.SetAsync(where.TenantId, where.TeamId, pm, ct);
        return TurnResult.Say(Messages.ProcesmanagerSet(l, pm));
    }
}
