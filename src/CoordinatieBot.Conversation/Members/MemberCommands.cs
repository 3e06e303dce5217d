using System.Collections.Immutable;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Members;

/// <summary>Who is who around the family, and the family's consent: organisations, roles, joining and leaving the thread.</summary>
public sealed class MemberCommands(FamilyTurns turns, IFamilyRepository families, INoticeSender sender) : ICommandHandler
{
    /// <summary>The bot itself, for changes nobody typed (someone joined or left the chat).</summary>
    private static readonly Actor Bot = new(Family.BotActor, "CoordinatieBot");

    public Task<TurnResult>? TryHandle(TurnContext turn, Command command, CancellationToken ct)
    {
        var (actor, l) = (turn.Actor, turn.Language);
        return command switch
        {
            WhoIsWhoCommand => turns.ReadAsync(turn, (s, _) => Say.Now(Messages.WhoIsWho(l, s)), ct),
            SetOrganisationCommand org => turns.ApplyAsync(turn, (f, at) => SetOrganisation(f, actor, org.Organisation, at, l), ct),
            SetRoleCommand role => turns.ApplyAsync(turn, (f, at) => Say.After(f.SetRole(actor, role.Role, at.Now), _ => Messages.RoleSet(l, actor.Name, role.Role)), ct),
            RecordConsentCommand consent => turns.ApplyAsync(turn, (f, at) => RecordConsent(f, actor, consent, at, l), ct),
            InvalidConsentCommand invalid => turns.ApplyAsync(turn, (_, _) => FamilyChange.Ask(
                invalid.Until is { Outcome: not DateOutcome.Ok } badUntil && Say.DateQuestion(badUntil, l) is { } question ? question : Messages.ConsentIncomplete(l)), ct),
            _ => null,
        };
    }

    /// <summary>Outside the consent, a reason is needed; the regisseur hears of it (a follow-up of the change).</summary>
    private static FamilyChange SetOrganisation(Family f, Actor actor, string text, Moment at, Language l)
    {
        var (organisation, reason) = ReasonReader.SplitReason(text);
        return Say.After(f.SetOrganisation(actor, organisation, reason, at.Today, at.Now), _ => Messages.OrganisationSet(l, actor.Name, organisation));
    }

    private static FamilyChange RecordConsent(Family f, Actor actor, RecordConsentCommand consent, Moment at, Language l)
    {
        var record = new ConsentRecord
        {
            GivenBy = consent.GivenBy, How = consent.How, Organisations = consent.Organisations.ToImmutableList(),
            Purpose = consent.Purpose, Until = consent.Until, RecordedAt = at.Now, RecordedBy = actor.UserId,
        };
        return Say.After(f.RecordConsent(actor, record, at.Today, at.Now), s => Messages.ConsentRecorded(l, s.Consents[^1]));
    }

    /// <summary>
    /// People joined or left: they gain or lose access to the family; what a leaver held is handed on (a follow-up of
    /// the change). Someone leaving a team is told in the team's own conversation, not in each family's channel thread.
    /// </summary>
    public async Task HandleMembershipAsync(MembershipChange change, CancellationToken ct)
    {
        if (change.Added.Count == 0 && change.RemovedUserIds.Count == 0) return;
        var where = change.Conversation;
        var here = await families.FindByConversationAsync(where.TenantId, where.ConversationId, ct);
        var familyIds = new List<string>();
        if (here is not null) familyIds.Add(here.Family.Id);
        if (where.TeamId is not null)
        {
            foreach (var removed in change.RemovedUserIds)
                familyIds.AddRange(await families.FamilyIdsOfMemberAsync(where.TenantId, removed, ct));
        }

        foreach (var familyId in familyIds.Distinct())
        {
            var isHere = familyId == here?.Family.Id;
            // Nobody typed this: the bot makes the change, so it is recorded under its name and needs no membership.
            var turn = new TurnContext(where, Bot, Language.Dutch) { FamilyId = familyId, ActingAs = ActingAs.Bot };
            var outcome = await turns.ChangeAsync(turn, (family, at) =>
            {
                if (family.State.TenantId != where.TenantId || (!isHere && family.State.TeamId != where.TeamId))
                    return FamilyChange.Refuse(DomainError.NotAMember);
                if (isHere) foreach (var added in change.Added) family.EnsureMember(added, at.Now);
                foreach (var removed in change.RemovedUserIds) family.RemoveMember(removed, at.Now);
                return FamilyChange.None;
            }, ct);
            if (outcome.State is { } saved) await AskNewcomersAsync(saved, outcome.Events, ct);
        }
    }

    /// <summary>Someone joins a family whose consent is recorded: before the plan, they are asked who they are and why they take part.</summary>
    private async Task AskNewcomersAsync(FamilyState family, IReadOnlyList<FamilyEvent> events, CancellationToken ct)
    {
        foreach (var joined in events.OfType<MemberJoined>().Where(j => Family.MustIntroduce(family, j.UserId)))
        {
            var mention = new PersonMention(joined.UserId, family.FindMember(joined.UserId)!.Name);
            await sender.ToThreadAsync(family, TextReply.Mentioning(Messages.WelcomeAskOrganisation(Language.Dutch, family, mention.Placeholder), mention), ct);
        }
    }
}
