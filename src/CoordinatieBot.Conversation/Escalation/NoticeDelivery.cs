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
public sealed class NoticeDelivery(INotifier notifier, ProcesmanagerResolver procesmanagers, EscalationPolicy policy, IDigestPreferences digests,
    INoticeClaims claims, IChannelAddressStore addresses, TimeProvider time, ILogger<NoticeDelivery> log)
{
    private readonly MemberReach _reach = new(notifier, claims, addresses, time, log);

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
                        reached |= await RemindAsync(f, action.OwnerUserId, new CardReply(new NudgeCardView(f.Id, f.Alias, action, NudgeReason.Due, today, l)), ct);
                        break;
                    case LadderStep.Late:
                        reached |= await RemindAsync(f, action.OwnerUserId, new CardReply(new NudgeCardView(f.Id, f.Alias, action, NudgeReason.Late, today, l)), ct);
                        if (f.Regisseur is { } r && r.UserId != action.OwnerUserId)
                            reached |= await ToMemberAsync(f, r.UserId, new TextReply(Messages.RegisseurInformedLate(l, f, action, notice.DaysLate)), ct);
                        break;
                    case LadderStep.RegisseurOptions:
                        reached |= f.Regisseur is { } regisseur
                            ? await ToMemberAsync(f, regisseur.UserId, new CardReply(new RegisseurOptionsCardView(f, action, notice.DaysLate, today, l)), ct)
                            : await notifier.ToThreadAsync(f.TenantId, f.ConversationId, new TextReply(Messages.NoRegisseurForLate(l, f, action)), ct);
                        break;
                    case LadderStep.Procesmanager:
                        var number = f.Escalations.IsEmpty ? 1 : f.Escalations.Max(e => e.Number) + 1;
                        var preview = new FamilyEscalation { Number = number, Kind = EscalationKind.Overdue, ActionNumber = action.Number, RaisedBy = Family.BotActor, RaisedAt = DateTimeOffset.MinValue };
                        reached |= await ToProcesmanagerAsync(f, preview, today, ct);
                        await notifier.ToThreadAsync(f.TenantId, f.ConversationId, new TextReply(Messages.SentToProcesmanagerInThread(l, action.Number)), ct);
                        break;
                }
                break;
            case NoticeKind.WaitingEnded when action is not null:
                reached |= await RemindAsync(f, action.OwnerUserId, new CardReply(new NudgeCardView(f.Id, f.Alias, action, NudgeReason.WaitingEnded, today, l)), ct);
                break;
            case NoticeKind.ReferralSilent when action is not null:
                var card = new CardReply(new NudgeCardView(f.Id, f.Alias, action, NudgeReason.ReferralSilent, today, l));
                reached |= await RemindAsync(f, action.OwnerUserId, card, ct);
                if (action.ReferrerUserId is { } referrer && referrer != action.OwnerUserId) reached |= await RemindAsync(f, referrer, card, ct);
                break;
            case NoticeKind.Stall:
                reached |= f.Regisseur is { } stallRegisseur
                    ? await ToMemberAsync(f, stallRegisseur.UserId, new CardReply(new RegisseurOptionsCardView(f, null, 0, today, l)), ct)
                    : await notifier.ToThreadAsync(f.TenantId, f.ConversationId, new TextReply(Messages.StallNoRegisseur(l)), ct);
                break;
        }
        return reached;
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
        return await notifier.ToPersonAsync(f.TenantId, new Recipient(pm.UserId, pm.AadObjectId, pm.Name),
            new CardReply(new EscalationCardView(facts, today, Language.Dutch)), ct);
    }

    /// <summary>A reminder about one's own task: people who chose the daily overview get it there instead.</summary>
    private async Task<bool> RemindAsync(FamilyState f, string userId, Reply message, CancellationToken ct) =>
        await digests.IsOnAsync(f.TenantId, userId, ct) || await ToMemberAsync(f, userId, message, ct);

    /// <summary>A 1:1 message to a member (in the thread with a mention when Teams refuses a 1:1); observers never get nudges.</summary>
    public Task<bool> ToMemberAsync(FamilyState f, string userId, Reply message, CancellationToken ct) =>
        _reach.ToMemberAsync(f, userId, message, ct);

    /// <summary>When an escalated action moves again, everyone who was told about it hears so.</summary>
    public async Task NotifyDeescalationsAsync(Family family, string actorUserId, CancellationToken ct)
    {
        foreach (var before in family.Loaded.Actions.Where(a => a.Step is not null))
        {
            if (family.State.FindAction(before.Number) is not { Step: null } after) continue;
            var text = new TextReply(Messages.Deescalated(Language.Dutch, family.State, after));
            if (before.OwnerUserId != actorUserId) await ToMemberAsync(family.State, before.OwnerUserId, text, ct);
            if (before.Step >= LadderStep.Late && family.State.Regisseur is { } r && r.UserId != actorUserId && r.UserId != before.OwnerUserId)
                await ToMemberAsync(family.State, r.UserId, text, ct);
            if (before.Step >= LadderStep.Procesmanager && await procesmanagers.ForFamilyAsync(family.State, ct) is { } pm && pm.AadObjectId != actorUserId)
                await notifier.ToPersonAsync(family.State.TenantId, new Recipient(pm.UserId, pm.AadObjectId, pm.Name),
                    new TextReply(Messages.Deescalated(Language.Dutch, family.State, after)), ct);
        }
    }
}
