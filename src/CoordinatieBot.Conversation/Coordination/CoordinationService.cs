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
    IConversationReferenceStore references,
    NoticeRouter router,
    ProcesmanagerResolver procesmanagers,
    IPeopleDirectory people,
    INoticeSender sender,
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
        catch (StorageUnavailableException e) when (TurnIdentity.Current is not { WillRetry: true })
        {
            log.LogWarning(e, "Storage unavailable while handling {Command}", parsed.Command.GetType().Name);
            return TurnResult.Say(Messages.StorageDown(l));
        }
    }

    /// <summary>
    /// Whether a message only asks (help, who leads, the plan, the history, my tasks): its answer is all it does, so it
    /// needs no place in the inbox. A host that stops before answering loses an answer, never a change.
    /// </summary>
    public bool IsQuestion(IncomingMessage message) =>
        CommandParser.Parse(message.Text, message.Mentions, turns.Now().Today).Command is HelpCommand or UnknownCommand
            or WhoIsRegisseurCommand or WhoIsWhoCommand or ShowPlanCommand or HistoryCommand or MyTasksCommand or WhoIsProcesmanagerCommand;

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
            ShowPlanCommand => turns.ReadAsync(where, actor, l, (s, now) => Task.FromResult(Family.MustIntroduce(s, actor.UserId)
                ? TurnResult.Say(Messages.IntroduceBeforePlan(l, s)) : PlanCard(s, now, l)), ct),
            HistoryCommand => turns.ReadAsync(where, actor, l, (s, now) => HistoryAsync(s, now, l, ct), ct),
            _ => ChangeAsync(where, actor, command, m.Mentions, l, ct),
        };
    }

    /// <summary>A command that changes the family; whoever it made owner of an action hears of it.</summary>
    private async Task<TurnResult> ChangeAsync(ConversationKey where, Actor actor, Command command, IReadOnlyList<MentionedPerson> mentions, Language l, CancellationToken ct)
    {
        var watch = new ChangeWatch();
        var result = await turns.ChangeAsync(where, actor, l, Watching(watch, (family, now) => Apply(family, actor, command, mentions, now, l)), ct);
        await NotifyNewOwnersAsync(watch, actor, ct);
        await NotifyOutsideConsentAsync(watch, actor, ct);
        return result;
    }

    private static Task<TurnResult> Say(string text) => Task.FromResult(TurnResult.Say(text));

    private async Task<TurnResult> StartFamilyAsync(ConversationKey where, Actor actor, string alias, Language l, CancellationToken ct)
    {
        if (where.Kind == ConversationKind.Personal) return TurnResult.Say(Messages.FamilyNeedsGroup(l));
        if (!Family.IsValidAlias(alias)) return TurnResult.Say(Messages.InvalidAlias(l));

        var existing = await families.FindByConversationAsync(where.TenantId, where.ConversationId, ct);
        if (existing is not null) return AlreadyHere(existing, l);

        var now = turns.Now();
        var family = Family.Start(Guid.NewGuid().ToString("N"), alias, where.TenantId, where.ConversationId, actor, now.Now, where.TeamId);
        turns.Schedule(family);
        var started = TurnResult.Say(Messages.FamilyStarted(l, UserText.Escape(family.State.Alias)));
        if (!await families.CreateAsync(family, FamilyTurns.Record(AppliedTurns.None, TurnIdentity.Current, started, now), ct))
        {
            var winner = await families.FindByConversationAsync(where.TenantId, where.ConversationId, ct);
            return winner is null ? TurnResult.Say(Messages.FamilyAlreadyHere(l, UserText.Escape(alias))) : AlreadyHere(winner, l);
        }
        await teamFamilies.AddAsync(where.TenantId, ProcesmanagerResolver.TeamKey(where.TeamId), family.Id, ct);
        log.LogInformation("Family {FamilyId} started", family.Id);
        return started;
    }

    /// <summary>A family is here already; when it was started by this very activity (a second delivery), nothing more is said.</summary>
    private static TurnResult AlreadyHere(VersionedFamily existing, Language l) =>
        FamilyTurns.Replay(existing.Applied, TurnIdentity.Current)
        ?? TurnResult.Say(Messages.FamilyAlreadyHere(l, UserText.Escape(existing.Family.State.Alias)));

    private async Task<TurnResult> WhoIsProcesmanagerAsync(ConversationKey where, Language l, CancellationToken ct) =>
        TurnResult.Say(Messages.WhoIsProcesmanager(l, await procesmanagers.ForTeamAsync(where.TenantId, where.TeamId, ct)));

    private static TurnResult PlanCard(FamilyState state, Moment now, Language l) =>
        new() { Replies = [new CardReply(new Views.PlanCardView(state, now.Today, l))] };

    private async Task<TurnResult> HistoryAsync(FamilyState state, Moment now, Language l, CancellationToken ct)
    {
        var entries = await families.RecentHistoryAsync(state.Id, _options.HistoryEntriesShown, ct);
        var pm = entries.Any(e => e.Kind is Domain.HistoryKind.EscalationHandled or Domain.HistoryKind.RegieAppointed) ? await procesmanagers.ForFamilyAsync(state, ct) : null;
        return TurnResult.Say(Messages.History(l, state, entries, now.Today, pm));
    }
}
