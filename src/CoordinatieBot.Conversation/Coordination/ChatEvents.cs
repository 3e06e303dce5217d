using CoordinatieBot.Conversation.Escalation;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Tasks;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoordinatieBot.Conversation.Coordination;

/// <summary>
/// What people do to the chat besides writing in it: edit a message (a task it made is offered an update, never changed
/// silently), delete one (the task stays, the bot's copy of what it said goes), remove the bot or add it back (the family
/// loses or regains its thread; the regisseur hears it 1:1).
/// </summary>
public sealed class ChatEvents(
    FamilyTurns turns,
    IFamilyRepository families,
    ITeamFamilies teams,
    NoticeRouter router,
    INoticeSender sender,
    IOptions<CoordinationOptions> options,
    ILogger<ChatEvents> log)
{
    private static readonly Actor Bot = new(Family.BotActor, Messages.BotName);
    private readonly SchoolHolidays? _holidays = options.Value.SchoolHolidayCalendar();

    /// <summary>
    /// An edited message that made a task and still reads as one, with other words, owner or date: the bot offers to
    /// update the task (one choice, made once). Anything else, or no family here: nothing is said.
    /// </summary>
    public async Task<TurnResult> EditedAsync(MessageEdited edited, CancellationToken ct)
    {
        var message = edited.Message;
        if (message.Key is not { } key || message.Conversation.Kind == ConversationKind.Personal) return TurnResult.Nothing;
        var parsed = CommandParser.Parse(message.Text, message.Mentions, turns.Now().Today, _holidays);
        if (parsed.Command is not AddTaskCommand task) return TurnResult.Nothing;
        var here = await families.FindByConversationAsync(message.Conversation.TenantId, message.Conversation.ConversationId, ct);
        if (here is null || Family.ActionFromMessage(here.Family.State, key) is null) return TurnResult.Nothing;

        // Read as a message of its writer (they are noted as member), but the edit itself makes no task.
        var turn = TurnContext.Of(message, parsed.Language) with { MessageKey = null };
        var outcome = await turns.ChangeAsync(turn, (f, at) => Offer(f, turn, key, task, at), ct);
        return outcome.Result.ActionError is null ? outcome.Result : TurnResult.Nothing;
    }

    private static FamilyChange Offer(Family f, TurnContext turn, string key, AddTaskCommand task, Moment at)
    {
        if (Family.ActionFromMessage(f.State, key) is not { } a) return FamilyChange.None;
        var l = turn.Language;
        var words = task.Description.Trim() is { Length: > 0 } d && d != a.Description ? d : null;
        var ownerId = OwnerOf(f, task.Owner ?? new PersonRef.Me(), turn.Actor);
        PersonRef? owner = ownerId is not null && ownerId != a.OwnerUserId
            ? new PersonRef.Mentioned(new MentionedPerson(f.State.FindMember(ownerId)?.Name ?? MentionedName(task.Owner) ?? turn.Actor.Name, ownerId))
            : null;
        var due = task.Due is { IsOk: true, Date: { } date } && date != a.Due && date >= at.Today ? task.Due : null;
        if (words is null && owner is null && due is null) return FamilyChange.None;

        var update = new UpdateTaskCommand(a.Number, words, owner, due);
        var offer = Asking.ChoiceCommands.Offer(turn, [(update, CardTexts.ChoiceCard.Describe(update, l, at.Today))]);
        var card = offer.Replies.OfType<CardReply>().Select(c => c.Card).OfType<ChoiceCardView>().Single();
        return FamilyChange.AskToChoose(new TurnResult
        {
            Replies = [new TextReply(Messages.EditOffersUpdate(l, a)), new CardReply(card with { Question = Messages.EditOfferQuestion(l, a) })],
        });
    }

    /// <summary>Who the edited words give the task to, without adding anyone: null when it is unclear.</summary>
    private static string? OwnerOf(Family f, PersonRef owner, Actor writer) => owner switch
    {
        PersonRef.Me => writer.UserId,
        PersonRef.Mentioned m => m.Person.UserId,
        PersonRef.Named => People.Resolve(f, owner, writer, DateTimeOffset.MinValue),
        _ => null,
    };

    private static string? MentionedName(PersonRef? owner) => owner is PersonRef.Mentioned m ? m.Person.Name : null;

    /// <summary>
    /// A deleted message the family knows (it made a task, or the bot kept what it answered): the task stays, the replies
    /// kept for it are dropped (the activity stays known, so a second delivery of the message still changes nothing),
    /// and the history says a message was deleted, without its words. Nothing is said in the chat.
    /// </summary>
    public async Task DeletedAsync(MessageDeleted deleted, CancellationToken ct)
    {
        var where = deleted.Conversation;
        if (where.Kind == ConversationKind.Personal) return;
        var here = await families.FindByConversationAsync(where.TenantId, where.ConversationId, ct);
        if (here is null) return;
        var key = deleted.MessageKey;
        if (here.Applied.Find(key) is null && here.Family.State.Actions.All(a => a.SourceMessageId != key)) return;

        var turn = new TurnContext(where, Bot, Language.Dutch) { FamilyId = here.Family.Id, ActingAs = ActingAs.Bot };
        await turns.ChangeAsync(turn, (f, at) =>
        {
            var by = deleted.By is { } person && f.State.FindMember(person.UserId) is not null ? person.UserId : Family.BotActor;
            var task = f.State.Actions.Find(a => a.SourceMessageId == key);
            f.NoteMessageDeleted(by, task?.Number, at.Now);
            return FamilyChange.None;
        }, ct, applied => applied.WithoutReplies(key));
        log.LogInformation("A message known to family {FamilyId} was deleted; its kept replies are dropped", here.Family.Id);
    }

    /// <summary>
    /// The bot removed from the family's chat, or from the team of its channel: the family loses its thread (nothing is
    /// posted there any more) and its regisseur is told 1:1 what that means and how to undo it; without a regisseur it is
    /// only recorded. Added again: the thread is back and the timers post there again.
    /// </summary>
    public async Task PresenceChangedAsync(BotPresenceChanged change, CancellationToken ct)
    {
        var where = change.Conversation;
        if (where.Kind == ConversationKind.Personal) return;
        var familyIds = new List<string>();
        if (await families.FindByConversationAsync(where.TenantId, where.ConversationId, ct) is { } here) familyIds.Add(here.Family.Id);
        if (where is { Kind: ConversationKind.Channel, TeamId: { } teamId })
        {
            // The bot leaves (or joins) a team as a whole: every family in one of its channels.
            foreach (var team in await teams.AllAsync(ct))
                if (team.TenantId == where.TenantId && team.TeamId == teamId) familyIds.AddRange(team.FamilyIds);
        }

        foreach (var familyId in familyIds.Distinct())
        {
            var turn = new TurnContext(where, Bot, Language.Dutch) { FamilyId = familyId, ActingAs = ActingAs.Bot };
            var changed = false;
            var outcome = await turns.ChangeAsync(turn, (f, at) =>
            {
                if (f.State.TenantId != where.TenantId || (f.State.ConversationId != where.ConversationId && f.State.TeamId != where.TeamId))
                    return FamilyChange.Refuse(DomainError.NotAMember);
                var by = change.By is { } person && f.State.FindMember(person.UserId) is not null ? person.UserId : Family.BotActor;
                changed = change.Present ? f.RegainThread(by, at.Now) : f.LoseThread(by, at.Now);
                return FamilyChange.None;
            }, ct);
            if (!changed || outcome.State is not { } saved) continue;
            log.LogInformation("Family {FamilyId} {Change} its thread", familyId, change.Present ? "regained" : "lost");
            if (!change.Present && saved.Regisseur is { } regisseur)
                await router.ToMemberAsync(saved, regisseur.UserId, new TextReply(Messages.BotRemovedToRegisseur(Language.Dutch, saved)), ct);
            else if (change.Present && saved.ConversationId == where.ConversationId)
                await sender.ToThreadAsync(saved, new TextReply(Messages.BotBackInThread(Language.Dutch, saved)), ct);
        }
    }
}
