using CoordinatieBot.Conversation.Escalation;
using CoordinatieBot.Conversation.Meetings;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Plan;
using CoordinatieBot.Conversation.Regie;
using CoordinatieBot.Conversation.Tasks;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Coordination;

/// <summary>
/// The way in from the bot's card buttons (Action.Execute): a button is read into the same command typing would give,
/// and its outcome is shown on the card in place. The card's data is not trusted: the family comes from the
/// conversation (or, in a 1:1 chat, is checked for the clicker's membership) and must match the data.
/// </summary>
public static class CardButtons
{
    /// <summary>The turn and command for a button, or the refusal when the button cannot be read.</summary>
    public static (TurnContext? Turn, Command? Command, DomainError Refusal) Read(IncomingCardAction action, Language l)
    {
        if (!action.Data.TryGetValue(CardVerbs.Keys.FamilyId, out var familyId) || string.IsNullOrEmpty(familyId)) return (null, null, DomainError.NoSuchAction);
        var number = Number(action);
        // Inputs are named "party-3" on a card with several actions, plain "party" on a card about one.
        string? Input(string key) =>
            (action.Data.TryGetValue(key, out var v) || action.Data.TryGetValue($"{key}-{number}", out v)) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        DateOnly? Date(string key) => DateOnly.TryParse(Input(key) ?? "", out var d) ? d : null;

        var thread = action.Verb switch
        {
            CardVerbs.Casusoverleg => ThreadNote.Always,
            CardVerbs.ActionAccept or CardVerbs.ActionNotMine or CardVerbs.RegieFamilyMet => ThreadNote.None,
            _ => ThreadNote.WhenChanged,
        };
        var turn = new TurnContext(action.Conversation, action.From, l) { FamilyId = familyId, Card = new CardOrigin(action.Verb, number, thread) };
        Command? command = action.Verb switch
        {
            CardVerbs.ActionDone => new TaskDoneCommand(number),
            CardVerbs.ActionInProgress => new TaskInProgressCommand(number, Date(CardVerbs.Keys.Date) is { } expected ? DateParseResult.Ok(expected) : null),
            CardVerbs.ActionWaiting when Input(CardVerbs.Keys.Party) is { } party =>
                new TaskWaitingCommand(number, party, (Date(CardVerbs.Keys.Until) ?? Date(CardVerbs.Keys.Date)) is { } until ? DateParseResult.Ok(until) : null),
            CardVerbs.ActionNewDate => new TaskNewDateCommand(number, Date(CardVerbs.Keys.Date) is { } date ? DateParseResult.Ok(date) : DateParseResult.Unreadable(),
                Input(CardVerbs.Keys.Reason)),
            CardVerbs.ActionNotPossible => new TaskNotPossibleCommand(number, Input(CardVerbs.Keys.Obstacle) ?? Input(CardVerbs.Keys.Reason) ?? ""),
            CardVerbs.ActionReassign when Input(CardVerbs.Keys.Owner) is { } owner => new TaskReassignToMemberCommand(number, owner),
            CardVerbs.ActionTake => new TakeTaskCommand(number),
            CardVerbs.ActionAccept => new AnswerAssignmentCommand(number, Accepted: true, null),
            CardVerbs.ActionNotMine => new AnswerAssignmentCommand(number, Accepted: false, Input(CardVerbs.Keys.Reason)),
            CardVerbs.ActionEscalate => new EscalateTaskCommand(number),
            CardVerbs.Casusoverleg => new ProposeCasusoverlegCommand(number == 0 ? null : number),
            CardVerbs.AskManager => new AskManagerCommand(number),
            CardVerbs.PlanRefresh => new RefreshPlanCommand(action.Automatic),
            CardVerbs.PlanSharedWithFamily => new PlanSharedWithFamilyCommand(Input(CardVerbs.Keys.Pick) == CardVerbs.Yes),
            CardVerbs.RegieView => new ViewHandoverCommand(Input(CardVerbs.Keys.From), Input(CardVerbs.Keys.To)),
            CardVerbs.RegieAccept => new AcceptRegieCommand(),
            CardVerbs.RegieDecline => new DeclineRegieCommand(Input(CardVerbs.Keys.Reason)),
            CardVerbs.AppointRegisseur => new AppointRegisseurCommand(Input(CardVerbs.Keys.Regisseur) ?? ""),
            CardVerbs.RegieFamilyMet => new FamilyMetCommand(Enum.TryParse<FamilyMetAnswer>(Input(CardVerbs.Keys.Pick), out var met) && Enum.IsDefined(met) ? met : null),
            CardVerbs.FamilyOutreach => new AddTaskCommand(new PersonRef.Me(), Texts.Messages.OutreachTask(l), Date(CardVerbs.Keys.Date) is { } visit ? DateParseResult.Ok(visit) : null, false),
            CardVerbs.FamilyClose => new CloseFamilyCommand(Input(CardVerbs.Keys.Reason) ?? Texts.CardTexts.UnreachableCard.CloseReasonDefault(l)),
            CardVerbs.FamilyUnreachableEscalate when Input(CardVerbs.Keys.Text) is { } knelpunt => new KnelpuntCommand(knelpunt),
            _ when EscalationEvent(action.Verb) is { } kind => new HandleEscalationCommand(kind, int.TryParse(Input(CardVerbs.Keys.Escalation), out var e) ? e : 0,
                number, Date(CardVerbs.Keys.Date), Input(CardVerbs.Keys.Owner), Input(CardVerbs.Keys.Reason)),
            _ => null,
        };
        if (command is not null) return (turn, command, DomainError.Unchanged);
        return (null, null, action.Verb switch
        {
            CardVerbs.ActionWaiting => DomainError.EmptyText,
            CardVerbs.ActionReassign => DomainError.UnknownPerson,
            _ when action.Verb.StartsWith(CardVerbs.EscalationPrefix, StringComparison.Ordinal) => DomainError.NoSuchEscalation,
            _ => DomainError.NoSuchAction,
        });
    }

    private static EscalationEventKind? EscalationEvent(string verb) => verb switch
    {
        CardVerbs.EscalationAcknowledge => EscalationEventKind.Acknowledged,
        CardVerbs.EscalationDeadline => EscalationEventKind.DeadlineSet,
        CardVerbs.EscalationReassign => EscalationEventKind.Reassigned,
        CardVerbs.EscalationCasusoverleg => EscalationEventKind.CasusoverlegCalled,
        CardVerbs.EscalationDecision => EscalationEventKind.DecisionRecorded,
        CardVerbs.EscalationBoard => EscalationEventKind.EscalatedToBoard,
        CardVerbs.EscalationDeescalate => EscalationEventKind.Deescalated,
        _ => null,
    };

    public static int Number(IncomingCardAction action) =>
        action.Data.TryGetValue(CardVerbs.Keys.Action, out var n) && int.TryParse(n, out var parsed) ? parsed : 0;

    /// <summary>
    /// The outcome shown where the button was pressed. On a plan card, the card shows the plan as it is now; on a
    /// task card in the thread (its owner has no 1:1 chat), the task card stays, with the outcome; on a 1:1 card, the
    /// card shows the outcome (the thread hears of the change through the family's pending notices).
    /// </summary>
    public static TurnResult Present(IncomingCardAction action, Command command, TurnResult result, DateOnly today, Language l)
    {
        if (result.ActionError is not null || command is AnswerAssignmentCommand or AppointRegisseurCommand or HandleEscalationCommand or AskManagerCommand)
            return result;
        var shown = result with { RefreshedCard = result.RefreshedCard ?? result.PlanChanged };
        if (action.Conversation.Kind == ConversationKind.Personal) return FromOneToOne(action, shown, today, l);
        if (action.Data.TryGetValue(CardVerbs.Keys.Card, out var card) && card == CardVerbs.TaskCard) return OnTaskCard(action, shown, today, l);
        return shown;
    }

    private static TurnResult FromOneToOne(IncomingCardAction action, TurnResult result, DateOnly today, Language l)
    {
        var family = result.PlanChanged?.Family;
        var reply = result.Replies.OfType<TextReply>().FirstOrDefault();
        if (family is null || reply is null) return result;
        var text = reply.PlainText;
        var number = Number(action);
        CardView? refreshed = action.Data.TryGetValue(CardVerbs.Keys.Card, out var card) && card == CardVerbs.UnreachableCard
            ? new UnreachableCardView(family, family.UnreachableSince ?? today, 0, today, l, text)
            : action.Verb is CardVerbs.Casusoverleg or CardVerbs.ActionEscalate or CardVerbs.ActionReassign
            ? new RegisseurOptionsCardView(family, family.FindAction(number), 0, today, l, text)
            : family.FindAction(number) is { } a ? new TaskCardView(family.Id, family.Alias, a, TaskCardReason.Due, today, l, text) : null;
        return result with { Replies = [], RefreshedCard = refreshed ?? result.RefreshedCard };
    }

    private static TurnResult OnTaskCard(IncomingCardAction action, TurnResult result, DateOnly today, Language l)
    {
        if (result.PlanChanged?.Family is not { } family || family.FindAction(Number(action)) is not { } a) return result;
        var text = result.Replies.OfType<TextReply>().FirstOrDefault()?.PlainText;
        return result with { RefreshedCard = new TaskCardView(family.Id, family.Alias, a, TaskCardReason.Due, today, l, text) };
    }
}
