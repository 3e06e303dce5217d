using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Escalation;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Regie;

/// <summary>The procesmanager appoints a regisseur on their card, once the regie stayed open.</summary>
public sealed record AppointRegisseurCommand(string UserId) : Command;

/// <summary>
/// The handover card shown to one viewer (its refresh): the proposal from <paramref name="FromUserId"/> to
/// <paramref name="ToUserId"/> as it stands now. Only read.
/// </summary>
public sealed record ViewHandoverCommand(string? FromUserId, string? ToUserId) : Command;

/// <summary>The regie: who leads, taking it, handing it over, accepting or declining, and the procesmanager appointing.</summary>
public sealed class RegieCommands(FamilyTurns turns, ProcesmanagerGate gate, INoticeSender sender, NoticeRouter router)
    : ICommandHandler
{
    public Task<TurnResult>? TryHandle(TurnContext turn, Command command, CancellationToken ct)
    {
        var (actor, l) = (turn.Actor, turn.Language);
        return command switch
        {
            WhoIsRegisseurCommand => turns.ReadAsync(turn, (s, now) => Say.Now(Messages.Regisseur(l, s, now.Today)), ct),
            TakeRegieCommand => turns.ApplyAsync(turn, (f, at) => Say.After(f.TakeRegie(actor, at.Now), s => Messages.RegieTaken(l, s)), ct),
            HandOverRegieCommand handOver => turns.ApplyAsync(turn, (f, at) => HandOver(f, actor, handOver, at, l), ct),
            AcceptRegieCommand => turns.ApplyAsync(turn, (f, at) => Accept(f, actor, at, l), ct),
            DeclineRegieCommand decline => turns.ApplyAsync(turn, (f, at) => Decline(f, actor, decline.Reason, at, l), ct),
            AppointRegisseurCommand appoint => AppointAsync(turn, appoint, ct),
            ViewHandoverCommand view => turns.PeekAsync(turn, (s, _) => new TurnResult { RefreshedCard = ViewHandover(s, actor, view, l) }, ct),
            _ => null,
        };
    }

    private static FamilyChange HandOver(Family f, Actor actor, HandOverRegieCommand handOver, Moment at, Language l)
    {
        if (People.Resolve(f, handOver.To, actor, at.Now) is not { } to) return Say.AskWho(handOver.To, l);
        return new FamilyChange(f.ProposeHandover(actor, to, handOver.Reason, at.Now), s => new TurnResult
        {
            Replies = [new TextReply(Messages.HandoverProposed(l, s)), new CardReply(HandoverCard(s, s.PendingHandover!, HandoverCardState.Proposed, l))],
        }, ChangesPlan: false);
    }

    /// <summary>On the handover card, the card shows how it ended.</summary>
    private static FamilyChange Accept(Family f, Actor actor, Moment at, Language l)
    {
        var handover = f.State.PendingHandover;
        return new FamilyChange(f.AcceptHandover(actor, at.Now), s => new TurnResult
        {
            Replies = [new TextReply(Messages.HandoverAccepted(l, s))],
            RefreshedCard = handover is null ? null : HandoverCard(s, handover, HandoverCardState.Accepted, l),
        });
    }

    private static FamilyChange Decline(Family f, Actor actor, string? reason, Moment at, Language l)
    {
        var handover = f.State.PendingHandover;
        return new FamilyChange(f.DeclineHandover(actor, reason, at.Now), s => new TurnResult
        {
            Replies = [new TextReply(Messages.HandoverDeclined(l, s, actor.UserId, reason ?? ""))],
            RefreshedCard = handover is null ? null : HandoverCard(s, handover, HandoverCardState.Declined, l),
        }, ChangesPlan: false);
    }

    private static HandoverCardView HandoverCard(FamilyState s, RegieHandover h, HandoverCardState state, Language l) =>
        new(s.Id, s.Alias, s.FindMember(h.FromUserId)?.Name ?? "?", h.ToUserId, s.FindMember(h.ToUserId)?.Name ?? "?", h.Reason, state, l) { FromUserId = h.FromUserId };

    /// <summary>
    /// The proposal the card is about, for the one looking: still open, it is the card with accept and decline for the
    /// receiver and the status for anyone else; taken, the receiver leads; otherwise it no longer applies (declined,
    /// another proposal since, someone appointed).
    /// </summary>
    private static HandoverCardView ViewHandover(FamilyState s, Actor viewer, ViewHandoverCommand view, Language l)
    {
        if (s.PendingHandover is { } h && (view.ToUserId is null || (h.ToUserId == view.ToUserId && (view.FromUserId is null || h.FromUserId == view.FromUserId))))
            return HandoverCard(s, h, HandoverCardState.Proposed, l) with { ViewerUserId = viewer.UserId };
        var ended = new RegieHandover { FromUserId = view.FromUserId ?? "", ToUserId = view.ToUserId ?? "", ProposedAt = s.UpdatedAt };
        var state = s.Regisseur is { } r && r.UserId == ended.ToUserId ? HandoverCardState.Accepted : HandoverCardState.Withdrawn;
        return HandoverCard(s, ended, state, l) with { ViewerUserId = viewer.UserId };
    }

    /// <summary>Only the family's own procesmanager appoints; the thread and the new regisseur hear it.</summary>
    private async Task<TurnResult> AppointAsync(TurnContext turn, AppointRegisseurCommand appoint, CancellationToken ct)
    {
        var l = turn.Language;
        var (pm, refusal) = await gate.CheckAsync(turn, DomainError.NoSuchAction, ct);
        if (pm is null) return refusal!;
        if (string.IsNullOrWhiteSpace(appoint.UserId)) return Say.Refused(l, DomainError.UnknownPerson);

        var outcome = await turns.ChangeAsync(turn with { ActingAs = ActingAs.Procesmanager }, (f, at) =>
            new FamilyChange(f.AppointRegisseur(ProcesmanagerGate.ActorId(turn.Actor), appoint.UserId.Trim(), at.Now), _ => TurnResult.Nothing, ChangesPlan: false), ct);
        if (outcome.State is not { } appointed) return outcome.Result;

        var said = Messages.RegisseurAppointedInThread(l, appointed, pm.Name);
        await sender.ToThreadAsync(appointed, new TextReply(said), ct);
        await router.ToMemberAsync(appointed, appointed.Regisseur!.UserId, new TextReply(said), ct);
        var today = turns.Now().Today;
        return new TurnResult
        {
            RefreshedCard = new AppointRegisseurCardView(appointed.Id, appointed.Alias, [], today, today, l, Messages.RegisseurAppointedForProcesmanager(l, appointed)),
        };
    }
}
