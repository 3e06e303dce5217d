using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Coordination;

/// <summary>People around the actions: new owners hear of it, leavers leave nothing behind unowned.</summary>
public sealed partial class CoordinationService
{
    /// <summary>The bot itself, for changes nobody typed (someone left the chat).</summary>
    private static readonly Actor Bot = new(Family.BotActor, "CoordinatieBot");

    /// <summary>The family before and after a change, to see whose actions moved.</summary>
    private sealed class ChangeWatch
    {
        public FamilyState? Before { get; set; }
        public FamilyState? After { get; set; }
    }

    /// <summary>Wraps a change so the state before and the saved state after are known once it succeeded.</summary>
    private static Func<Family, Moment, FamilyChange> Watching(ChangeWatch watch, Func<Family, Moment, FamilyChange> change) => (family, at) =>
    {
        watch.Before = family.State;
        watch.After = null;
        var outcome = change(family, at);
        var onSuccess = outcome.OnSuccess;
        return outcome with { OnSuccess = s => { watch.After = s; return onSuccess(s); } };
    };

    /// <summary>
    /// Whatever moved an action to someone else (a chat command, a card, the procesmanager), the new owner gets the
    /// action 1:1 to accept or to say it is not theirs. Not when they gave it to themselves.
    /// </summary>
    private async Task NotifyNewOwnersAsync(ChangeWatch watch, Actor actor, CancellationToken ct)
    {
        if (watch is not { Before: { } before, After: { } after }) return;
        var today = turns.Now().Today;
        foreach (var a in after.Actions.Where(a => !a.IsClosed && a.OwnerUserId != actor.UserId &&
                                                   before.FindAction(a.Number) is { } b && b.OwnerUserId != a.OwnerUserId))
        {
            var by = after.FindMember(actor.UserId)?.Name;
            await router.ToMemberAsync(after, a.OwnerUserId, new CardReply(new ActionAssignedCardView(after.Id, after.Alias, a, by, today, Language.Dutch)), ct);
        }
    }

    /// <summary>Someone said they are from an organisation outside the family's consent (with a reason): the regisseur is told.</summary>
    private async Task NotifyOutsideConsentAsync(ChangeWatch watch, Actor actor, CancellationToken ct)
    {
        if (watch is not { Before: { } before, After: { } after }) return;
        if (after.FindMember(actor.UserId)?.Organisation is not { } organisation || before.FindMember(actor.UserId)?.Organisation == organisation) return;
        if (new Family(after).IsCoveredByConsent(organisation, turns.Now().Today)) return;
        if (after.Regisseur is { } regisseur && regisseur.UserId != actor.UserId)
            await router.ToMemberAsync(after, regisseur.UserId, new TextReply(Messages.OutsideConsentToRegisseur(Language.Dutch, after, actor.UserId)), ct);
    }

    /// <summary>The new owner answers on their 1:1 card: "ik pak het op", or "niet van mij" with a reason, which goes to the regisseur.</summary>
    private async Task<TurnResult> OwnerAnswerAsync(IncomingCardAction action, string familyId, Language l, CancellationToken ct)
    {
        var number = CardNumber(action);
        var accept = action.Verb == CardVerbs.ActionAccept;
        var reason = action.Data.TryGetValue(CardVerbs.Keys.Reason, out var r) && !string.IsNullOrWhiteSpace(r) ? r.Trim() : null;
        FamilyState? answered = null;
        Func<Family, Moment, FamilyChange> change = (f, at) =>
        {
            if (f.Id != familyId || f.State.TenantId != action.Conversation.TenantId) return FamilyChange.Refuse(DomainError.NotAMember);
            var result = accept ? f.AcceptAction(action.From, number, at.Now) : f.DeclineAction(action.From, number, reason, at.Now);
            return new FamilyChange(result, s => { answered = s; return TurnResult.Nothing; }, ChangesPlan: false);
        };
        var outcome = action.Conversation.Kind == ConversationKind.Personal
            ? await turns.ChangeByIdAsync(familyId, action.From, l, change, ct)
            : await turns.ChangeAsync(action.Conversation, action.From, l, change, ct);
        if (answered?.FindAction(number) is not { } a) return outcome;

        string said;
        if (accept)
        {
            said = Messages.ActionAccepted(l, answered, a);
            await sender.ToThreadAsync(answered.TenantId, answered.ConversationId, new TextReply(said), ct);
        }
        else
        {
            var told = answered.Regisseur is { } regisseur && regisseur.UserId != action.From.UserId &&
                       await router.ToMemberAsync(answered, regisseur.UserId,
                           new TextReply(Messages.ActionDeclinedToRegisseur(l, answered, a, action.From.UserId, reason!)), ct);
            said = Messages.ActionDeclinedNoted(l, a, told);
        }
        var today = turns.Now().Today;
        return new TurnResult { RefreshedCard = new ActionAssignedCardView(answered.Id, answered.Alias, a, null, today, l, said) };
    }

    /// <summary>People joined or left: they gain or lose access to the family; what a leaver held is handed on.</summary>
    public async Task HandleMembershipAsync(MembershipChange change, CancellationToken ct)
    {
        if (change.Added.Count == 0 && change.RemovedUserIds.Count == 0) return;
        var where = change.Conversation;
        var here = await families.FindByConversationAsync(where.TenantId, where.ConversationId, ct);
        var familyIds = new List<string>();
        if (here is not null) familyIds.Add(here.Family.Id);
        // Someone leaving a team is told in the team's own conversation, not in each family's channel thread.
        if (where.TeamId is { } teamId)
        {
            foreach (var removed in change.RemovedUserIds)
                familyIds.AddRange(await families.FamilyIdsOfMemberAsync(where.TenantId, removed, ct));
        }

        foreach (var familyId in familyIds.Distinct())
        {
            var isHere = familyId == here?.Family.Id;
            var watch = new ChangeWatch();
            // Nobody typed this: the bot makes the change, so it is recorded under its name and needs no membership.
            await turns.ChangeByIdAsync(familyId, Bot, Language.Dutch, Watching(watch, (family, at) =>
            {
                if (family.State.TenantId != where.TenantId || (!isHere && family.State.TeamId != where.TeamId))
                    return FamilyChange.Refuse(DomainError.NotAMember);
                if (isHere) foreach (var added in change.Added) family.EnsureMember(added, at.Now);
                foreach (var removed in change.RemovedUserIds) family.RemoveMember(removed, at.Now);
                return FamilyChange.None;
            }), ct, asProcesmanager: true);
            if (watch is not { Before: { } before, After: { } after }) continue;
            await AnnounceLeaversAsync(before, after, ct);
            if (isHere) await AskNewcomersAsync(after, change.Added, ct);
        }
    }

    /// <summary>Someone joins a family whose consent is recorded: before the plan, they are asked who they are and why they take part.</summary>
    private async Task AskNewcomersAsync(FamilyState family, IReadOnlyList<Actor> added, CancellationToken ct)
    {
        foreach (var person in added.Where(p => Family.MustIntroduce(family, p.UserId)))
        {
            var mention = new PersonMention(person.UserId, family.FindMember(person.UserId)!.Name);
            await sender.ToThreadAsync(family.TenantId, family.ConversationId,
                TextReply.Mentioning(Messages.WelcomeAskOrganisation(Language.Dutch, family, mention.Placeholder), mention), ct);
        }
    }

    /// <summary>Tells the thread when a leaver was regisseur or still had open actions, with a card to take each one.</summary>
    private async Task AnnounceLeaversAsync(FamilyState before, FamilyState after, CancellationToken ct)
    {
        const Language l = Language.Dutch;
        var today = turns.Now().Today;
        foreach (var left in before.Members.Where(m => m.Active && !after.IsActiveMember(m.UserId)))
        {
            var wasRegisseur = before.Regisseur?.UserId == left.UserId;
            var orphaned = after.Actions.Where(a => !a.IsClosed && a.OwnerUserId == left.UserId).ToList();
            if (!wasRegisseur && orphaned.Count == 0) continue;
            await sender.ToThreadAsync(after.TenantId, after.ConversationId, new TextReply(Messages.MemberLeft(l, after, left.UserId, wasRegisseur, orphaned, today)), ct);
            if (orphaned.Count > 0)
                await sender.ToThreadAsync(after.TenantId, after.ConversationId, new CardReply(new OrphanedActionsCardView(after.Id, after.Alias, orphaned, today, l)), ct);
            if (wasRegisseur && after.Regisseur is null) await OfferAppointmentAsync(after, today, ct);
        }
    }

    /// <summary>The family's procesmanager gets a card to appoint a regisseur, usable once the regie was open for a week.</summary>
    private async Task OfferAppointmentAsync(FamilyState f, DateOnly today, CancellationToken ct)
    {
        if (await procesmanagers.ForFamilyAsync(f, ct) is not { } pm || Family.RegieOpenSince(f) is not { } since) return;
        var candidates = f.Members.Where(m => m.Active && m.Role != MemberRole.Observer)
            .Select(m => (m.UserId, m.Organisation is { } o ? $"{m.Name} ({o})" : m.Name)).ToList();
        var view = new AppointRegisseurCardView(f.Id, f.Alias, candidates, DutchTime.DateOf(since + Family.AppointAfter), today, Language.Dutch);
        await sender.ToPersonAsync(f.TenantId, new Ports.Recipient(pm.UserId, pm.AadObjectId, pm.Name), new CardReply(view), ct);
    }

    /// <summary>The procesmanager appoints a regisseur on their card; the thread and the new regisseur hear it.</summary>
    private async Task<TurnResult> AppointRegisseurAsync(IncomingCardAction action, string familyId, Language l, CancellationToken ct)
    {
        var loaded = await families.GetAsync(familyId, ct);
        if (loaded is null || loaded.Family.State.TenantId != action.Conversation.TenantId) return Refused(l, DomainError.NoSuchAction);
        var pm = await procesmanagers.ForFamilyAsync(loaded.Family.State, ct);
        if (pm is null || !Escalation.ProcesmanagerResolver.Is(pm, action.From)) return Refused(l, DomainError.NotAMember);
        if (!action.Data.TryGetValue(CardVerbs.Keys.Regisseur, out var chosen) || string.IsNullOrWhiteSpace(chosen)) return Refused(l, DomainError.UnknownPerson);
        var actorId = string.IsNullOrEmpty(action.From.AadObjectId) ? action.From.UserId : action.From.AadObjectId!;

        FamilyState? appointed = null;
        var result = await turns.ChangeByIdAsync(familyId, action.From, l, (f, at) =>
            new FamilyChange(f.AppointRegisseur(actorId, chosen.Trim(), at.Now), s => { appointed = s; return TurnResult.Nothing; }, ChangesPlan: false),
            ct, asProcesmanager: true);
        if (appointed is null) return result;

        var said = Messages.RegisseurAppointedInThread(l, appointed, pm.Name);
        await sender.ToThreadAsync(appointed.TenantId, appointed.ConversationId, new TextReply(said), ct);
        await router.ToMemberAsync(appointed, appointed.Regisseur!.UserId, new TextReply(said), ct);
        var today = turns.Now().Today;
        return new TurnResult
        {
            RefreshedCard = new AppointRegisseurCardView(appointed.Id, appointed.Alias, [], today, today, l, Messages.RegisseurAppointedForProcesmanager(l, appointed)),
        };
    }
}
