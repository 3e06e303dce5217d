using CoordinatieBot.Conversation.Escalation;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Domain;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoordinatieBot.Conversation.Coordination;

/// <summary>
/// Reads what a professional typed, applies it to the family of the conversation, and says what happened.
/// Knows nothing of Teams: it gets plain turns and gives back replies and card views.
/// </summary>
public sealed partial class CoordinationService(
    FamilyTurns turns,
    IFamilyRepository families,
    IChannelAddressStore addresses,
    NoticeDelivery delivery,
    ProcesmanagerResolver procesmanagers,
    IPeopleDirectory people,
    MyTasksReader myTasks,
    IDigestPreferences digests,
    ITeamFamilies teamFamilies,
    Privacy.FamilyErasure erasure,
    IOptions<CoordinationOptions> options,
    ILogger<CoordinationService> log)
{
    private readonly CoordinationOptions _options = options.Value;

    public async Task<TurnResult> HandleMessageAsync(IncomingMessage message, CancellationToken ct)
    {
        var parsed = CommandParser.Parse(message.Text, message.Mentions, turns.Now().Today);
        var l = parsed.Language;
        log.LogDebug("Command {Command} in {ConversationKind}", parsed.Command.GetType().Name, message.Conversation.Kind);
        try
        {
            return await DispatchAsync(message, parsed.Command, l, ct);
        }
        catch (StorageUnavailableException e)
        {
            log.LogWarning(e, "Storage unavailable while handling {Command}", parsed.Command.GetType().Name);
            return TurnResult.Say(Messages.StorageDown(l));
        }
    }

    private Task<TurnResult> DispatchAsync(IncomingMessage m, Command command, Language l, CancellationToken ct)
    {
        var where = m.Conversation;
        var actor = m.From;
        return command switch
        {
            HelpCommand => Say(Messages.Help(l)),
            UnknownCommand => Say(Messages.NotUnderstood(l) + "\n\n" + Messages.Help(l)),
            MyTasksCommand => MyTasksAsync(where.TenantId, actor, l, ct),
            DigestCommand digest => SetDigestAsync(where.TenantId, actor, digest.On, l, ct),
            StartFamilyCommand start => StartFamilyAsync(where, actor, start.Alias, l, ct),
            EraseFamilyCommand erase => erasure.HandleAsync(where, actor, erase, l, ct),
            InvalidAliasCommand => Say(Messages.InvalidAlias(l)),
            WhoIsProcesmanagerCommand => WhoIsProcesmanagerAsync(where, l, ct),
            SetProcesmanagerCommand set => SetProcesmanagerAsync(where, actor, set.To, m.Mentions, l, ct),
            _ when where.Kind == ConversationKind.Personal => Say(Messages.FamilyNeedsGroup(l)),
            KnelpuntCommand knelpunt => RaiseAsync(where, actor, EscalationKind.Knelpunt, knelpunt.Text, l, ct),
            ImpasseCommand impasse => RaiseAsync(where, actor, EscalationKind.Impasse, impasse.Text, l, ct),
            SafetyConcernCommand safety => SafetyConcernAsync(where, actor, safety.Text, l, ct),
            EscalateTaskCommand escalate => EscalateAsync(where, actor, escalate.Number, l, ct),
            WhoIsRegisseurCommand => turns.ReadAsync(where, actor, l, (s, now) => Say(Messages.Regisseur(l, s, now.Today)), ct),
            WhoIsWhoCommand => turns.ReadAsync(where, actor, l, (s, _) => Say(Messages.WhoIsWho(l, s)), ct),
            ShowPlanCommand => turns.ReadAsync(where, actor, l, (s, now) => Task.FromResult(PlanCard(s, now, l)), ct),
            HistoryCommand => turns.ReadAsync(where, actor, l, (s, now) => HistoryAsync(s, now, l, ct), ct),
            _ => turns.ChangeAsync(where, actor, l, (family, now) => Apply(family, actor, command, m.Mentions, now, l), ct),
        };
    }

    private static Task<TurnResult> Say(string text) => Task.FromResult(TurnResult.Say(text));

    private async Task<TurnResult> StartFamilyAsync(ConversationKey where, Actor actor, string alias, Language l, CancellationToken ct)
    {
        if (where.Kind == ConversationKind.Personal) return TurnResult.Say(Messages.FamilyNeedsGroup(l));
        if (!Family.IsValidAlias(alias)) return TurnResult.Say(Messages.InvalidAlias(l));

        var existing = await families.FindByConversationAsync(where.TenantId, where.ConversationId, ct);
        if (existing is not null) return TurnResult.Say(Messages.FamilyAlreadyHere(l, UserText.Escape(existing.Family.State.Alias)));

        var now = turns.Now();
        var family = Family.Start(Guid.NewGuid().ToString("N"), alias, where.TenantId, where.ConversationId, actor, now.Now, where.TeamId);
        turns.Schedule(family);
        if (!await families.CreateAsync(family, ct))
        {
            var winner = await families.FindByConversationAsync(where.TenantId, where.ConversationId, ct);
            return TurnResult.Say(Messages.FamilyAlreadyHere(l, UserText.Escape(winner?.Family.State.Alias ?? alias)));
        }
        await teamFamilies.AddAsync(where.TenantId, ProcesmanagerResolver.TeamKey(where.TeamId), family.Id, ct);
        log.LogInformation("Family {FamilyId} started", family.Id);
        return TurnResult.Say(Messages.FamilyStarted(l, UserText.Escape(family.State.Alias)));
    }

    private async Task<TurnResult> WhoIsProcesmanagerAsync(ConversationKey where, Language l, CancellationToken ct) =>
        TurnResult.Say(Messages.WhoIsProcesmanager(l, await procesmanagers.ForTeamAsync(where.TenantId, where.TeamId, ct)));

    private static TurnResult PlanCard(FamilyState state, Moment now, Language l) =>
        new() { Replies = [new CardReply(new Views.PlanCardView(state, now.Today, l))] };

    private async Task<TurnResult> HistoryAsync(FamilyState state, Moment now, Language l, CancellationToken ct)
    {
        var entries = await families.RecentHistoryAsync(state.Id, _options.HistoryEntriesShown, ct);
        return TurnResult.Say(Messages.History(l, state, entries, now.Today));
    }
}
