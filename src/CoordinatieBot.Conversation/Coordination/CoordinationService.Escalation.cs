using CoordinatieBot.Conversation.Escalation;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Coordination;

/// <summary>The immediate routes (knelpunt, impasse, safety concern, escalate) and setting the procesmanager.</summary>
public sealed partial class CoordinationService
{
    private async Task<TurnResult> RaiseAsync(ConversationKey where, Actor actor, EscalationKind kind, string text, Language l, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text)) return TurnResult.Say(Messages.WhatIsTheKnelpunt(l));
        var number = 0;
        FamilyState? raised = null;
        var result = await turns.ChangeAsync(where, actor, l, (f, at) =>
            new FamilyChange(f.Raise(actor, kind, text, at.Now, out number), s => { raised = s; return TurnResult.Nothing; }, ChangesPlan: false), ct);
        if (raised is null) return result;

        var pm = await procesmanagers.ForFamilyAsync(raised, ct);
        await router.DeliverPendingNowAsync(raised, ct);
        return TurnResult.Say((kind == EscalationKind.Impasse ? Messages.ImpasseRaised(l, pm) : Messages.KnelpuntRaised(l, pm)) + WaitsNote(pm, l));
    }

    /// <summary>A safety concern goes to the regisseur at once, whatever the hour, and points to the meldcode.</summary>
    private async Task<TurnResult> SafetyConcernAsync(ConversationKey where, Actor actor, string text, Language l, CancellationToken ct)
    {
        FamilyState? recorded = null;
        var concern = string.IsNullOrWhiteSpace(text) ? "(geen toelichting)" : text;
        var result = await turns.ChangeAsync(where, actor, l, (f, at) =>
            new FamilyChange(f.RecordSafetyConcern(actor, concern, at.Now), s => { recorded = s; return TurnResult.Nothing; }, ChangesPlan: false), ct);
        if (recorded is null) return result;

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

    private async Task<TurnResult> EscalateAsync(ConversationKey where, Actor actor, int action, Language l, CancellationToken ct)
    {
        var number = 0;
        FamilyState? escalated = null;
        var result = await turns.ChangeAsync(where, actor, l, (f, at) =>
            new FamilyChange(f.EscalateAction(actor, action, at.Now, out number), s => { escalated = s; return TurnResult.Nothing; }), ct);
        if (escalated is null) return result;

        var pm = await procesmanagers.ForFamilyAsync(escalated, ct);
        await router.DeliverPendingNowAsync(escalated, ct);
        return result with { Replies = [new TextReply(Messages.EscalatedByRegisseur(l, pm, action) + WaitsNote(pm, l))] };
    }

    /// <summary>Outside working hours what goes to the procesmanager waits: the confirmation says until when.</summary>
    private string WaitsNote(Procesmanager? pm, Language l)
    {
        var now = turns.Now().Now;
        return pm is null || router.Calendar.IsWorkingTime(now) ? "" : " " + Messages.SentAtNextWorkingMoment(l, router.Calendar.NextWorkingMoment(now));
    }

    private async Task<TurnResult> SetProcesmanagerAsync(ConversationKey where, Actor actor, PersonRef to, IReadOnlyList<MentionedPerson> mentions, Language l, CancellationToken ct)
    {
        if (to is not PersonRef.Mentioned mentioned) return TurnResult.Say(Messages.WhoDoYouMean(l, to is PersonRef.Named n ? n.Name : "?"));
        if (!await procesmanagers.MaySetAsync(where.TenantId, where.TeamId, actor.AadObjectId, ct))
            return TurnResult.Say(Messages.NotAllowedToSetProcesmanager(l));
        // Mentions carry the Teams user id; the Entra id is known once the person has written to the bot.
        var known = await references.GetUserAsync(where.TenantId, mentioned.Person.UserId, ct);
        var pm = new Procesmanager(known?.AadObjectId ?? "", mentioned.Person.Name, mentioned.Person.UserId);
        await procesmanagers.SetAsync(where.TenantId, where.TeamId, pm, ct);
        return TurnResult.Say(Messages.ProcesmanagerSet(l, pm));
    }
}
