using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Conversation.Escalation;

/// <summary>
/// Who hears what for a due notice, and sending it: the owner 1:1 for reminders, the regisseur for lateness and
/// stalls, the procesmanager with process facts only. Never to observers.
/// </summary>
public sealed class NoticeRouter(
    INoticeSender sender,
    GuardResolver procesmanagers,
    EscalationPolicy policy,
    IDigestPreferences digests,
    INoticeClaims claims,
    IConversationReferenceStore references,
    TimeProvider time,
    ILogger<NoticeRouter> log)
{
    private readonly MemberReach _reach = new(sender, claims, references, time, log);
    private readonly string _host = ClaimOwner.New();

    public WorkCalendar Calendar => policy.Calendar;

    /// <summary>Sends everything the notice calls for. True when at least one person or thread was reached.</summary>
    public async Task<bool> DeliverAsync(FamilyState f, DueNotice notice, DateOnly today, CancellationToken ct)
    {
        const Language l = Language.Dutch;
        var action = notice.ActionNumber is { } n ? f.FindAction(n) : null;
        var reached = false;
        switch (notice.Kind)
        {
            case NoticeKind.Ladder when action is not null:
                switch (notice.Step)
                {
                    case LadderStep.Due:
                        reached |= await RemindAsync(f, action.OwnerUserId, new CardReply(new TaskCardView(f.Id, f.Alias, action, action.ForFamily ? TaskCardReason.FamilyDue : TaskCardReason.Due, today, l)), ct);
                        break;
                    case LadderStep.Late:
                        reached |= await RemindAsync(f, action.OwnerUserId, new CardReply(new TaskCardView(f.Id, f.Alias, action, action.ForFamily ? TaskCardReason.FamilyLate : TaskCardReason.Late, today, l)), ct);
                        if (f.Regisseur is { } r && r.UserId != action.OwnerUserId)
                            reached |= await ToMemberAsync(f, r.UserId, new TextReply(action.ForFamily
                                ? Messages.RegisseurInformedFamilyLate(l, f, action, notice.DaysLate)
                                : Messages.RegisseurInformedLate(l, f, action, notice.DaysLate)), ct);
                        break;
                    case LadderStep.RegisseurOptions:
                        reached |= f.Regisseur is { } regisseur
                            ? await ToMemberAsync(f, regisseur.UserId, new CardReply(new RegisseurOptionsCardView(f, action, notice.DaysLate, today, l)), ct)
                            : await sender.ToThreadAsync(f, new TextReply(Messages.NoRegisseurForLate(l, f, action)), ct);
                        break;
                    case LadderStep.Procesmanager:
                        var number = f.Escalations.IsEmpty ? 1 : f.Escalations.Max(e => e.Number) + 1;
                        var preview = new FamilyEscalation { Number = number, Kind = EscalationKind.Overdue, ActionNumber = action.Number, RaisedBy = Family.BotActor, RaisedAt = DateTimeOffset.MinValue };
                        reached |= await ToProcesmanagerAsync(f, preview, today, ct);
                        var guard = await procesmanagers.ForFamilyAsync(f, ct);
                        await sender.ToThreadAsync(f, new TextReply(Messages.SentToProcesmanagerInThread(l, action.Number, guard?.Role ?? GuardRole.Procesmanager)), ct);
                        break;
                }
                break;
            case NoticeKind.WaitingEnded when action is not null:
                reached |= await AskAsync(f, action.OwnerUserId, new CardReply(new TaskCardView(f.Id, f.Alias, action, TaskCardReason.WaitingEnded, today, l)), ct);
                break;
            case NoticeKind.ReferralSilent when action is not null:
                // The receiver is asked for terugkoppeling, the referrer whether it came.
                reached |= await AskAsync(f, action.OwnerUserId, new CardReply(new TaskCardView(f.Id, f.Alias, action, TaskCardReason.ReferralSilent, today, l)), ct);
                if (action.ReferrerUserId is { } referrer && referrer != action.OwnerUserId)
                    reached |= await AskAsync(f, referrer, new CardReply(new TaskCardView(f.Id, f.Alias, action, TaskCardReason.ReferralSilentToReferrer, today, l)), ct);
                break;
            case NoticeKind.StillWaiting when action is not null:
                reached |= await AskAsync(f, action.OwnerUserId, new CardReply(new TaskCardView(f.Id, f.Alias, action, TaskCardReason.StillWaiting, today, l)), ct);
                break;
            case NoticeKind.DatelessAsked when action is not null:
                reached |= await AskAsync(f, action.OwnerUserId, new CardReply(new TaskCardView(f.Id, f.Alias, action, TaskCardReason.AskDueDate, today, l)), ct);
                break;
            case NoticeKind.Unreachable when f.UnreachableSince is { } since:
                var card = new UnreachableCardView(f, since, policy.Calendar.WorkingDaysBetween(since, today), today, l);
                reached |= f.Regisseur is { } unreachableRegisseur
                    ? await ToMemberAsync(f, unreachableRegisseur.UserId, new CardReply(card), ct)
                    : await sender.ToThreadAsync(f, new CardReply(card), ct);
                break;
            case NoticeKind.Pending when f.PendingNotices.Find(p => p.Key == notice.Key) is { } pending:
                reached |= await DeliverPendingAsync(f, pending, today, ct);
                break;
            case NoticeKind.MeetingAgenda when f.Meetings.Find(m => m.Number == MeetingAgenda.MeetingNumber(notice.Key)) is { IsPlanned: true } meeting && meeting.Date == today:
                reached |= await sender.ToThreadAsync(f, new CardReply(MeetingAgendaCardView.For(f, meeting, today, l)), ct);
                break;
            case NoticeKind.PlanNotAgreed or NoticeKind.EvaluationDue or NoticeKind.ExtensionEnded or NoticeKind.AftercareEnded:
                reached |= await DeliverLifecycleAsync(f, notice, ct);
                break;
            case NoticeKind.Stall:
                reached |= f.Regisseur is { } stallRegisseur
                    ? await ToMemberAsync(f, stallRegisseur.UserId, new CardReply(new RegisseurOptionsCardView(f, null, 0, today, l)), ct)
                    : await sender.ToThreadAsync(f, new TextReply(Messages.StallNoRegisseur(l)), ct);
                break;
        }
        return reached;
    }

    /// <summary>
    /// A time norm of the family's life: the regisseur hears it 1:1 (the thread when there is none); the end of the nazorg is
    /// told in the thread.
    /// </summary>
    private async Task<bool> DeliverLifecycleAsync(FamilyState f, DueNotice notice, CancellationToken ct)
    {
        const Language l = Language.Dutch;
        if (notice.Kind == NoticeKind.AftercareEnded)
            return await sender.ToThreadAsync(f, new TextReply(Messages.AftercareEnded(l, UserText.Escape(f.Alias))), ct);
        var toThread = f.Regisseur is null;
        var text = notice.Kind == NoticeKind.PlanNotAgreed
            ? Messages.PlanNotAgreedReminder(l, f, (policy.Options.Lifecycle.PlanAgreedWithinDays + 6) / 7, toThread)
            : Messages.EvaluationDueReminder(l, f, LifecycleNorms.NoticeDate(notice) ?? DutchTime.DateOf(time.GetUtcNow()), notice.Kind == NoticeKind.ExtensionEnded, toThread);
        return f.Regisseur is { } r
            ? await ToMemberAsync(f, r.UserId, new TextReply(text), ct)
            : await sender.ToThreadAsync(f, new TextReply(text), ct);
    }

    /// <summary>What the thread reads about a change made on a 1:1 card: the same words as the one who made it read.</summary>
    private async Task<string?> ActionNewsAsync(FamilyState f, PlanAction? a, string? verb, DateOnly today, CancellationToken ct)
    {
        const Language l = Language.Dutch;
        if (verb == CardVerbs.Casusoverleg) return Messages.CasusoverlegProposed(l, f, a?.Number);
        if (a is null) return null;
        return verb switch
        {
            CardVerbs.ActionDone => Messages.ActionDone(l, a),
            CardVerbs.ActionInProgress => a.ExpectedOn is null ? Messages.ActionInProgress(l, a) : Messages.ActionInProgressUntil(l, a),
            CardVerbs.ActionWaiting => Messages.ActionWaiting(l, a),
            CardVerbs.ActionNewDate => Messages.ActionRescheduled(l, a, today),
            CardVerbs.ActionNotPossible => Messages.ActionNotPossible(l, a),
            CardVerbs.ActionReassign => Messages.ActionReassigned(l, f, a),
            CardVerbs.ActionEscalate => Messages.EscalatedByRegisseur(l, await procesmanagers.ForFamilyAsync(f, ct), a.Number),
            _ => null,
        };
    }

    /// <summary>Puts an escalation before the family's procesmanager, as process facts only.</summary>
    public async Task<bool> ToProcesmanagerAsync(FamilyState f, FamilyEscalation escalation, DateOnly today, CancellationToken ct)
    {
        if (await procesmanagers.ForFamilyAsync(f, ct) is not { } pm)
        {
            log.LogWarning("No procesmanager configured for a family escalation");
            return false;
        }
        var facts = EscalationFactsBuilder.Build(f, escalation, today, policy.Calendar, Language.Dutch);
        if (escalation.ActionNumber is { } n && f.FindAction(n) is { } action && await _reach.OnlyInThreadAsync(f, action.OwnerUserId, ct))
            facts = facts with { StepsTaken = [.. facts.StepsTaken, Messages.OwnerOnlyReachedInThread(Language.Dutch)] };
        return await sender.ToPersonAsync(f.TenantId, new Recipient(pm.UserId, pm.AadObjectId, pm.Name),
            new CardReply(new EscalationCardView(facts, today, Language.Dutch)), ct);
    }

    /// <summary>
    /// A level change gave the family another guard: the new one gets the escalation card (process facts only), the old
    /// one hears it moved (process facts only). Nothing when both levels have the same guard.
    /// </summary>
    private async Task<bool> MoveEscalationAsync(FamilyState f, FamilyEscalation escalation, FamilyLevel from, DateOnly today, CancellationToken ct)
    {
        const Language l = Language.Dutch;
        var now = await procesmanagers.ForFamilyAsync(f, ct);
        var before = await procesmanagers.ForLevelAsync(f.TenantId, f.TeamId, from, ct);
        if (now is null || (before is not null && before.AadObjectId == now.AadObjectId && before.UserId == now.UserId)) return false;
        var reached = await sender.ToPersonAsync(f.TenantId, new Recipient(now.UserId, now.AadObjectId, now.Name), new TextReply(Messages.EscalationMovedToYou(l, f, from)), ct)
                      & await ToProcesmanagerAsync(f, escalation, today, ct);
        if (before is not null)
            reached |= await sender.ToPersonAsync(f.TenantId, new Recipient(before.UserId, before.AadObjectId, before.Name), new TextReply(Messages.EscalationMovedAway(l, f, from, escalation, now)), ct);
        return reached;
    }

    /// <summary>A reminder about one's own task: people who chose the daily overview get it there instead.</summary>
    /// <summary>While the person is away the reminder goes to who stands in, apart (their overview lists only their own tasks).</summary>
    private async Task<bool> RemindAsync(FamilyState f, string userId, Reply message, CancellationToken ct) =>
        (_reach.WhoGets(f, userId) == userId && await digests.IsOnAsync(f.TenantId, userId, ct)) || await ToMemberAsync(f, userId, message, ct);

    /// <summary>
    /// A question of the method (waiting, silent referral, still waiting) is not a reminder: it reaches people on the
    /// daily overview too, in that overview (it lists the questions recorded in the family) instead of apart.
    /// </summary>
    private async Task<bool> AskAsync(FamilyState f, string userId, Reply message, CancellationToken ct) =>
        await RemindAsync(f, userId, message, ct);

    /// <summary>A 1:1 message to a member (in the thread with a mention when Teams refuses a 1:1); observers never get notices.</summary>
    public Task<bool> ToMemberAsync(FamilyState f, string userId, Reply message, CancellationToken ct) =>
        _reach.ToMemberAsync(f, userId, message, ct);

    /// <summary>
    /// Called after a turn saved a family: inside working hours the proactive messages the change called for go out
    /// now; outside them they stay pending in the family and the first sweep of the next working moment tells them.
    /// </summary>
    public Task NotifyDeescalationsAsync(Family family, string actorUserId, CancellationToken ct) => DeliverPendingNowAsync(family.State, ct);

    /// <summary>Tells the family's pending notices now if it is working time; the claim keeps the sweep from telling them again.</summary>
    public async Task DeliverPendingNowAsync(FamilyState f, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (f.PendingNotices.IsEmpty || !policy.Calendar.IsWorkingTime(now)) return;
        try
        {
            foreach (var pending in f.PendingNotices.Where(p => p.At <= now))
            {
                var claim = await claims.TryClaimAsync(f.Id, pending.Key, _host, now, policy.Options.ClaimLease, ct);
                if (claim.Outcome != ClaimOutcome.Claimed) continue;
                await DeliverPendingAsync(f, pending, DutchTime.DateOf(now), ct);
                await claims.MarkSentAsync(claim, now, ct);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Still pending in the family: the next sweep tells what was not told.
            log.LogWarning(e, "Telling pending notices at once failed for family {FamilyId}", f.Id);
        }
    }

    private async Task<bool> DeliverPendingAsync(FamilyState f, PendingNotice pending, DateOnly today, CancellationToken ct)
    {
        const Language l = Language.Dutch;
        var action = pending.ActionNumber is { } n ? f.FindAction(n) : null;
        var escalation = pending.EscalationNumber is { } e ? f.FindEscalation(e) : null;
        switch (pending.Kind)
        {
            case PendingNoticeKind.MovingAgain when action is not null:
                var text = new TextReply(Messages.Deescalated(l, f, action));
                var owner = pending.OwnerUserId ?? action.OwnerUserId;
                var reached = false;
                if (owner != pending.ActorUserId) reached |= await ToMemberAsync(f, owner, text, ct);
                if (pending.FromStep >= LadderStep.Late && f.Regisseur is { } r && r.UserId != pending.ActorUserId && r.UserId != owner)
                    reached |= await ToMemberAsync(f, r.UserId, text, ct);
                if (pending.FromStep >= LadderStep.Procesmanager && await procesmanagers.ForFamilyAsync(f, ct) is { } pm
                    && pm.AadObjectId != pending.ActorUserId && pm.UserId != pending.ActorUserId)
                    reached |= await sender.ToPersonAsync(f.TenantId, new Recipient(pm.UserId, pm.AadObjectId, pm.Name), text, ct);
                return reached;
            case PendingNoticeKind.EscalationHandled when escalation is not null && pending.Event is { } kind:
                var detail = kind == EscalationEventKind.DeadlineSet && DateOnly.TryParse(pending.Detail, out var deadline) ? DutchDates.Long(deadline, l) : pending.Detail;
                var role = (await procesmanagers.ForFamilyAsync(f, ct))?.Role ?? GuardRole.Procesmanager;
                return await sender.ToThreadAsync(f, new TextReply(Messages.EscalationHandledInThread(l, f, escalation, kind, detail, role)), ct);
            case PendingNoticeKind.EscalationRaised when escalation is not null:
                return await ToProcesmanagerAsync(f, escalation, today, ct);
            case PendingNoticeKind.EscalationMoved when escalation is not null && Enum.TryParse<FamilyLevel>(pending.Detail, out var from):
                return await MoveEscalationAsync(f, escalation, from, today, ct);
            case PendingNoticeKind.ActionNews when await ActionNewsAsync(f, action, pending.Detail, today, ct) is { } news:
                return await sender.ToThreadAsync(f, new TextReply(news), ct);
            default:
                return false;
        }
    }
}
