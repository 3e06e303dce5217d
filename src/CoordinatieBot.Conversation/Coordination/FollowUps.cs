using CoordinatieBot.Conversation.Escalation;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Coordination;

/// <summary>
/// What happens after a change is saved, whichever way it came in: run from the events the change raised, never
/// before the save (a change that did not hold tells nobody anything).
/// </summary>
public sealed class FollowUps(NoticeRouter router, INoticeSender sender, GuardResolver procesmanagers,
    IRegieIndex? regieIndex = null, Microsoft.Extensions.Options.IOptions<CoordinationOptions>? options = null)
{
    public async Task RunAsync(FamilyState saved, IReadOnlyList<FamilyEvent> events, Actor actor, DateOnly today, CancellationToken ct)
    {
        foreach (var e in events)
        {
            switch (e)
            {
                case ActionOwnerChanged moved:
                    await TellNewOwnerAsync(saved, moved, actor, today, ct);
                    break;
                case OrganisationOutsideConsent outside:
                    await TellRegisseurOutsideConsentAsync(saved, outside, ct);
                    break;
                case MemberLeft left:
                    await AnnounceLeaverAsync(saved, left, today, ct);
                    break;
                case RegieHandedOver handedOver:
                    await Meetings.WarmHandover.SendAsync(router, saved, handedOver, today, ct);
                    break;
                case RegisseurBegan began:
                    await TellCaseloadAsync(saved, began, ct);
                    break;
            }
        }
        // The thread and the procesmanager hear what is pending now in working hours, else at the next working moment.
        if (events.Any(e => e is NoticePending)) await router.DeliverPendingNowAsync(saved, ct);
    }

    /// <summary>The new owner gets the action 1:1, to accept or to say it is not theirs; not when they gave it to themselves.</summary>
    private async Task TellNewOwnerAsync(FamilyState f, ActionOwnerChanged moved, Actor actor, DateOnly today, CancellationToken ct)
    {
        if (moved.ToUserId == actor.UserId || f.FindAction(moved.ActionNumber) is not { IsClosed: false, OwnerUserId: var owner } a || owner != moved.ToUserId) return;
        var by = f.FindMember(actor.UserId)?.Name;
        await router.ToMemberAsync(f, owner, new CardReply(new ActionAssignedCardView(f.Id, f.Alias, a, by, today, Language.Dutch)), ct);
    }

    /// <summary>
    /// A regisseur who now leads more families than the limit (about 10 per regisseur, the domain's scale) hears it 1:1,
    /// kindly: it is allowed, and a reason to talk it over. Counted from the regie index, not by reading every family.
    /// </summary>
    private async Task TellCaseloadAsync(FamilyState f, RegisseurBegan began, CancellationToken ct)
    {
        if (regieIndex is null || f.Regisseur?.UserId != began.UserId) return;
        var limit = options?.Value.CaseloadLimit ?? new CoordinationOptions().CaseloadLimit;
        var families = await regieIndex.FamiliesLedByAsync(f.TenantId, began.UserId, ct);
        if (families > limit)
            await router.ToMemberAsync(f, began.UserId, new TextReply(Messages.CaseloadAbove(Language.Dutch, families, limit)), ct);
    }

    /// <summary>Someone said they are from an organisation outside the family's consent (with a reason): the regisseur is told.</summary>
    private async Task TellRegisseurOutsideConsentAsync(FamilyState f, OrganisationOutsideConsent outside, CancellationToken ct)
    {
        if (f.Regisseur is { } regisseur && regisseur.UserId != outside.UserId)
            await router.ToMemberAsync(f, regisseur.UserId, new TextReply(Messages.OutsideConsentToRegisseur(Language.Dutch, f, outside.UserId)), ct);
    }

    /// <summary>When a leaver was regisseur or still had open actions, the thread hears it, with a card to take each one.</summary>
    private async Task AnnounceLeaverAsync(FamilyState f, MemberLeft left, DateOnly today, CancellationToken ct)
    {
        const Language l = Language.Dutch;
        var orphaned = f.Actions.Where(a => !a.IsClosed && a.OwnerUserId == left.UserId).ToList();
        if (!left.WasRegisseur && orphaned.Count == 0) return;
        await sender.ToThreadAsync(f, new TextReply(Messages.MemberLeft(l, f, left.UserId, left.WasRegisseur, orphaned, today)), ct);
        if (orphaned.Count > 0)
            await sender.ToThreadAsync(f, new CardReply(new OrphanedActionsCardView(f.Id, f.Alias, orphaned, today, l)), ct);
        if (left.WasRegisseur && f.Regisseur is null) await OfferAppointmentAsync(f, today, ct);
    }

    /// <summary>The family's procesmanager gets a card to appoint a regisseur, usable once the regie was open for a week.</summary>
    private async Task OfferAppointmentAsync(FamilyState f, DateOnly today, CancellationToken ct)
    {
        if (await procesmanagers.ForFamilyAsync(f, ct) is not { } pm || Family.RegieOpenSince(f) is not { } since) return;
        var candidates = f.Members.Where(m => m.Active && m.Role != MemberRole.Observer)
            .Select(m => (m.UserId, m.Organisation is { } o ? $"{m.Name} ({o})" : m.Name)).ToList();
        var view = new AppointRegisseurCardView(f.Id, f.Alias, candidates, DutchTime.DateOf(since + Family.AppointAfter), today, Language.Dutch);
        await sender.ToPersonAsync(f.TenantId, new Recipient(pm.UserId, pm.AadObjectId, pm.Name), new CardReply(view), ct);
    }
}
