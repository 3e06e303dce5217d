using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Escalation;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Guards;

/// <summary>
/// The coördinator risicogezinnen ("coördinator is @…", "wie is coördinator?") and absence with a vervanger
/// ("ik ben afwezig tot 1 april, vervanger @Sanne", "ik ben terug"): in a family's chat for that family, in the 1:1
/// chat for every family where both are active members.
/// </summary>
public sealed class GuardCommands(
    FamilyTurns turns,
    IFamilyRepository families,
    GuardResolver guards,
    IConversationReferenceStore references) : ICommandHandler
{
    public Task<TurnResult>? TryHandle(TurnContext turn, Command command, CancellationToken ct) => command switch
    {
        WhoIsCoordinatorCommand => WhoIsCoordinatorAsync(turn, ct),
        SetCoordinatorCommand set => SetCoordinatorAsync(turn, set.To, ct),
        RecordAbsenceCommand absence => RecordAbsenceAsync(turn, absence, ct),
        EndAbsenceCommand => EndAbsenceAsync(turn, ct),
        _ => null,
    };

    private async Task<TurnResult> WhoIsCoordinatorAsync(TurnContext turn, CancellationToken ct)
    {
        var (coordinator, pm) = await guards.ForTeamAsync(turn.Where.TenantId, turn.Where.TeamId, ct);
        return TurnResult.Say(Messages.WhoIsCoordinator(turn.Language, coordinator, pm));
    }

    private async Task<TurnResult> SetCoordinatorAsync(TurnContext turn, PersonRef to, CancellationToken ct)
    {
        var (where, l) = (turn.Where, turn.Language);
        if (to is not PersonRef.Mentioned mentioned) return TurnResult.Say(Messages.WhoDoYouMean(l, to is PersonRef.Named n ? n.Name : "?"));
        if (!await guards.MaySetCoordinatorAsync(where.TenantId, where.TeamId, turn.Actor.AadObjectId, ct))
            return TurnResult.Say(Messages.NotAllowedToSetCoordinator(l));
        // Mentions carry the Teams user id; the Entra id is known once the person has written to the bot.
        var known = await references.GetUserAsync(where.TenantId, mentioned.Person.UserId, ct);
        var coordinator = new Procesmanager(known?.AadObjectId ?? "", mentioned.Person.Name, mentioned.Person.UserId, GuardRole.CoordinatorRisicogezinnen);
        await guards.SetCoordinatorAsync(where.TenantId, where.TeamId, coordinator, ct);
        return TurnResult.Say(Messages.CoordinatorSet(l, coordinator));
    }

    private async Task<TurnResult> RecordAbsenceAsync(TurnContext turn, RecordAbsenceCommand command, CancellationToken ct)
    {
        var l = turn.Language;
        if (command.Until.Outcome != DateOutcome.Ok || command.Until.Date is not { } until)
            return TurnResult.Say(Say.DateQuestion(command.Until, l) ?? Messages.AbsenceWhen(l));
        var backOn = command.Inclusive ? until.AddDays(1) : until;
        if (!turn.IsPersonal)
            return await turns.ApplyAsync(turn, (f, at) =>
            {
                string? cover = null;
                if (command.Cover is { } person && (cover = People.Resolve(f, person, turn.Actor, at.Now)) is null) return Say.AskWho(person, l);
                return Say.After(f.RecordAbsence(turn.Actor, backOn, cover, at.Today, at.Now),
                    s => Messages.AbsenceRecorded(l, s, Family.ActiveAbsence(s, turn.Actor.UserId, at.Today)!));
            }, ct);

        // In the 1:1 chat: a mention names the vervanger (a name alone could be anyone in any family).
        string? coverId = null, coverName = null;
        if (command.Cover is { } named)
        {
            if (named is not PersonRef.Mentioned m) return TurnResult.Say(Messages.AbsenceNeedsMention(l));
            (coverId, coverName) = (m.Person.UserId, m.Person.Name);
            if (coverId == turn.Actor.UserId) return Say.Refused(l, DomainError.CoverIsSelf);
        }
        var recorded = new List<string>();
        var coverNoMember = new List<string>();
        foreach (var id in await families.FamilyIdsOfMemberAsync(turn.Where.TenantId, turn.Actor.UserId, ct))
        {
            var loaded = await families.GetAsync(id, ct);
            if (loaded?.Family.State is not { } state || !state.Phase.IsOpen() || state.TenantId != turn.Where.TenantId || !state.IsActiveMember(turn.Actor.UserId)) continue;
            // Privacy: a vervanger who is no member of this family's thread does not get its nudges; the person is asked.
            var coverHere = coverId is not null && state.FindMember(coverId) is { Active: true, Role: not MemberRole.Observer };
            if (coverId is not null && !coverHere) coverNoMember.Add(state.Alias);
            var outcome = await turns.ChangeAsync(turn with { FamilyId = id }, (f, at) =>
                new FamilyChange(f.RecordAbsence(turn.Actor, backOn, coverHere ? coverId : null, at.Today, at.Now), _ => TurnResult.Nothing), ct);
            if (outcome.State is not null && (coverId is null || coverHere)) recorded.Add(state.Alias);
        }
        if (recorded.Count == 0 && coverNoMember.Count == 0) return TurnResult.Say(Messages.NoFamiliesForAbsence(l));
        return TurnResult.Say(Messages.AbsenceRecordedInFamilies(l, backOn, coverName, recorded, coverNoMember));
    }

    private async Task<TurnResult> EndAbsenceAsync(TurnContext turn, CancellationToken ct)
    {
        var l = turn.Language;
        if (!turn.IsPersonal)
            return await turns.ApplyAsync(turn, (f, at) => f.EndAbsence(turn.Actor, at.Today, at.Now) is { Succeeded: false, Error: DomainError.Unchanged }
                ? FamilyChange.Ask(Messages.WelcomeBack(l, 0))
                : Say.After(DomainResult.Ok, _ => Messages.WelcomeBack(l, 1)), ct);
        var ended = 0;
        foreach (var id in await families.FamilyIdsOfMemberAsync(turn.Where.TenantId, turn.Actor.UserId, ct))
        {
            var loaded = await families.GetAsync(id, ct);
            if (loaded?.Family.State is not { } state || Family.ActiveAbsence(state, turn.Actor.UserId, turns.Now().Today) is null) continue;
            var outcome = await turns.ChangeAsync(turn with { FamilyId = id }, (f, at) => new FamilyChange(f.EndAbsence(turn.Actor, at.Today, at.Now), _ => TurnResult.Nothing), ct);
            if (outcome.State is not null) ended++;
        }
        return TurnResult.Say(Messages.WelcomeBack(l, ended));
    }
}
