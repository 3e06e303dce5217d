using CoordinatieBot.Conversation.Members;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Domain;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Conversation.Coordination;

/// <summary>
/// The ways in from the chat: what a professional typed, a button they pressed, people joining or leaving. Each is
/// turned into a command for the concept that owns it (<see cref="CommandDispatcher"/>). Knows nothing of Teams.
/// </summary>
public sealed class CoordinationService(
    CommandDispatcher commands,
    MemberCommands members,
    ChatEvents chatEvents,
    FamilyTurns turns,
    Forms.FormSubmissions forms,
    Microsoft.Extensions.Options.IOptions<CoordinationOptions> options,
    ILogger<CoordinationService> log)
{
    private readonly SchoolHolidays? _holidays = options.Value.SchoolHolidayCalendar();

    public async Task<TurnResult> HandleMessageAsync(IncomingMessage message, CancellationToken ct)
    {
        var parsed = Parse(message);
        log.LogDebug("Command {Command} in {ConversationKind}", parsed.Command.GetType().Name, message.Conversation.Kind);
        try
        {
            return await commands.HandleAsync(TurnContext.Of(message, parsed.Language), parsed.Command, ct);
        }
        catch (StorageUnavailableException e) when (TurnIdentity.Current is not { WillRetry: true })
        {
            log.LogWarning(e, "Storage unavailable while handling {Command}", parsed.Command.GetType().Name);
            return TurnResult.Say(Messages.StorageDown(parsed.Language));
        }
    }

    /// <summary>
    /// Whether a message only asks (help, who leads, the plan, the history, my tasks): its answer is all it does, so it
    /// needs no place in the inbox. A host that stops before answering loses an answer, never a change.
    /// </summary>
    public bool IsQuestion(IncomingMessage message) =>
        Parse(message).Command is HelpCommand or ThanksCommand or UnknownCommand or WhoIsRegisseurCommand or WhoIsWhoCommand or ShowPlanCommand
            or HistoryCommand or MyTasksCommand or WhoIsProcesmanagerCommand or WhichMeaningCommand or ShowFormCommand;

    /// <summary>A button on one of the bot's cards: read into a command, its outcome shown on the card (<see cref="CardButtons"/>).</summary>
    public async Task<TurnResult> HandleCardActionAsync(IncomingCardAction action, CancellationToken ct)
    {
        var l = LanguageOf(action);
        // The verb comes from the client: only our own verbs reach the log.
        log.LogInformation("Card action {Verb} in {ConversationKind}", CardVerbs.IsKnown(action.Verb) ? action.Verb : "(unknown)", action.Conversation.Kind);
        if (CardVerbs.IsRefresh(action)) return await RefreshCardAsync(action, ct);
        if (action.Verb == CardVerbs.Choose) return await HandleChoiceAsync(action, l, ct);
        if (Forms.FormFields.KindOf(action.Verb) is not null) return await HandleFormAsync(action, l, ct);
        var (turn, command, refusal) = CardButtons.Read(action, l);
        if (turn is null || command is null) return Say.Refused(l, refusal);
        try
        {
            var result = await commands.HandleAsync(turn, command, ct);
            return CardButtons.Present(action, command, result, turns.Now().Today, l);
        }
        catch (StorageUnavailableException e)
        {
            log.LogWarning(e, "Storage unavailable while handling card action {Verb}", action.Verb);
            return TurnResult.Say(Messages.StorageDown(l)) with { ActionError = Messages.StorageDown(l) };
        }
    }

    /// <summary>
    /// A card's refresh (<see cref="CardVerbs.IsRefresh"/>): the card as this viewer sees it now, in
    /// <see cref="TurnResult.RefreshedCard"/>, or why not in <see cref="TurnResult.ActionError"/>. It only reads: Teams
    /// asks once per viewer, so nothing is written, posted or updated for the others. A refresh with a verb that would
    /// change something is refused.
    /// </summary>
    public async Task<TurnResult> RefreshCardAsync(IncomingCardAction action, CancellationToken ct)
    {
        var l = LanguageOf(action);
        var (turn, command, refusal) = CardVerbs.IsView(action.Verb) ? CardButtons.Read(action, l) : (null, null, DomainError.NoSuchAction);
        if (turn is null || command is null) return TurnResult.Nothing with { ActionError = Messages.Refused(l, refusal) };
        try
        {
            return await commands.HandleAsync(turn, command, ct);
        }
        catch (StorageUnavailableException e)
        {
            log.LogWarning(e, "Storage unavailable while refreshing a card");
            return TurnResult.Nothing with { ActionError = Messages.StorageDown(l) };
        }
    }

    /// <summary>One of the meanings the bot offered: made as if typed, once per offer (<see cref="Asking.ChoiceButtons"/>).</summary>
    private async Task<TurnResult> HandleChoiceAsync(IncomingCardAction action, Language l, CancellationToken ct)
    {
        var (turn, command, askId, refusal) = Asking.ChoiceButtons.Read(action, l);
        if (turn is null || command is null) return TurnResult.Say(refusal!) with { ActionError = refusal };
        try
        {
            TurnResult result;
            using (Asking.Choices.Once(askId)) result = await commands.HandleAsync(turn, command, ct);
            return Asking.ChoiceButtons.Present(action, askId, command, result, turns.Now().Today, l);
        }
        catch (StorageUnavailableException e)
        {
            log.LogWarning(e, "Storage unavailable while handling a chosen meaning");
            return TurnResult.Say(Messages.StorageDown(l)) with { ActionError = Messages.StorageDown(l) };
        }
    }

    /// <summary>A sent form: made by the same operation as typing it (<see cref="Forms.FormSubmissions"/>).</summary>
    private async Task<TurnResult> HandleFormAsync(IncomingCardAction action, Language l, CancellationToken ct)
    {
        try
        {
            return await forms.SubmitAsync(action, l, ct);
        }
        catch (StorageUnavailableException e)
        {
            log.LogWarning(e, "Storage unavailable while handling a form");
            return TurnResult.Say(Messages.StorageDown(l)) with { ActionError = Messages.StorageDown(l) };
        }
    }

    /// <summary>People joined or left the chat.</summary>
    public Task HandleMembershipAsync(MembershipChange change, CancellationToken ct) => members.HandleMembershipAsync(change, ct);

    /// <summary>A message was edited: a task it made may be offered an update (<see cref="ChatEvents.EditedAsync"/>).</summary>
    public async Task<TurnResult> HandleEditAsync(MessageEdited edited, CancellationToken ct)
    {
        try
        {
            return await chatEvents.EditedAsync(edited, ct);
        }
        catch (StorageUnavailableException e) when (TurnIdentity.Current is not { WillRetry: true })
        {
            // Nobody asked for anything: an edit the bot could not look at is not worth a message.
            log.LogWarning(e, "Storage unavailable while looking at an edited message");
            return TurnResult.Nothing;
        }
    }

    /// <summary>A message was deleted: the bot's copy of what it said goes (<see cref="ChatEvents.DeletedAsync"/>).</summary>
    public Task HandleDeleteAsync(MessageDeleted deleted, CancellationToken ct) => chatEvents.DeletedAsync(deleted, ct);

    /// <summary>The bot was removed from the chat or added again (<see cref="ChatEvents.PresenceChangedAsync"/>).</summary>
    public Task HandleBotPresenceAsync(BotPresenceChanged change, CancellationToken ct) => chatEvents.PresenceChangedAsync(change, ct);

    /// <summary>The reader's language travels with the button (<see cref="CardVerbs.Keys.Language"/>).</summary>
    private static Language LanguageOf(IncomingCardAction action) =>
        action.Data.TryGetValue(CardVerbs.Keys.Language, out var lang) && lang == "en" ? Language.English : Language.Dutch;

    private ParsedCommand Parse(IncomingMessage message) => CommandParser.Parse(message.Text, message.Mentions, turns.Now().Today, _holidays);
}
