using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Turns;

namespace CoordinatieBot.Conversation.Coordination;

/// <summary>The verbs of the bot's card buttons (Action.Execute), with the data keys they carry.</summary>
public static class CardVerbs
{
    public const string ActionDone = "action.done";
    public const string ActionInProgress = "action.inProgress";
    public const string ActionWaiting = "action.waiting";
    public const string ActionNewDate = "action.newDate";
    public const string ActionNotPossible = "action.notPossible";
    public const string RegieAccept = "regie.accept";
    public const string RegieDecline = "regie.decline";
    public const string PlanRefresh = "plan.refresh";
    /// <summary>The handover card's refresh: the receiver sees it with accept and decline, anyone else the status.</summary>
    public const string RegieView = "regie.view";
    public const string ActionReassign = "action.reassign";
    public const string ActionEscalate = "action.escalate";
    public const string AskManager = "regie.askManager";
    public const string Casusoverleg = "regie.casusoverleg";
    /// <summary>The new owner of an action on their 1:1 card: it is theirs, or it is not (with a reason).</summary>
    public const string ActionAccept = "action.accept";
    public const string ActionNotMine = "action.notMine";
    /// <summary>Taking an action whose owner left the thread.</summary>
    public const string ActionTake = "action.take";
    /// <summary>The procesmanager appoints a regisseur when the regie stayed open (not an escalation event).</summary>
    public const string AppointRegisseur = "pm.appointRegisseur";
    /// <summary>One of the meanings the bot offered when it was not sure what a message meant.</summary>
    public const string Choose = "ask.choose";
    /// <summary>A form sent: a task, a goal, the family's consent (see <see cref="Forms.FormFields"/> for its fields).</summary>
    public const string FormTask = "form.task";
    public const string FormGoal = "form.goal";
    public const string FormConsent = "form.consent";
    /// <summary>After a handover: has the family met the new regisseur (ja / gepland / nog niet, in <see cref="Keys.Pick"/>).</summary>
    public const string RegieFamilyMet = "regie.familyMet";

    /// <summary>The regisseur's buttons on the card about a family that cannot be reached (with <see cref="Casusoverleg"/>).</summary>
    public const string FamilyOutreach = "family.outreach";
    public const string FamilyClose = "family.close";
    public const string FamilyUnreachableEscalate = "family.unreachableEscalate";

    /// <summary>
    /// "Plan voor het gezin": the regisseur recorded on the page that the family's plan was shared with the family
    /// (<see cref="Keys.Pick"/>: <see cref="Yes"/> when it was also discussed with them). Not a card button: the page's
    /// way into the same operation.
    /// </summary>
    public const string PlanSharedWithFamily = "plan.sharedWithFamily";

    /// <summary>
    /// The plan card's and the chat's button that opens the family's plan as a Teams dialog (task/fetch); the data's
    /// <see cref="Keys.FamilyId"/> and <see cref="Keys.Language"/> say which plan and in which language.
    /// </summary>
    public const string OpenFamilyPlan = "plan.forFamily";

    public const string Yes = "yes";
    public const string No = "no";

    /// <summary>The procesmanager's buttons on an escalation card.</summary>
    public const string EscalationPrefix = "esc.";
    public const string EscalationAcknowledge = "esc.ack";
    public const string EscalationDeadline = "esc.deadline";
    public const string EscalationReassign = "esc.reassign";
    public const string EscalationCasusoverleg = "esc.casusoverleg";
    public const string EscalationDecision = "esc.decision";
    public const string EscalationBoard = "esc.board";
    public const string EscalationDeescalate = "esc.deescalate";

    private static readonly HashSet<string> Known =
    [
        ActionDone, ActionInProgress, ActionWaiting, ActionNewDate, ActionNotPossible, RegieAccept, RegieDecline, PlanRefresh,
        ActionReassign, ActionEscalate, AskManager, Casusoverleg, EscalationAcknowledge, EscalationDeadline, EscalationReassign,
        EscalationCasusoverleg, EscalationDecision, EscalationBoard, EscalationDeescalate, ActionAccept, ActionNotMine, ActionTake, AppointRegisseur,
        Choose, FormTask, FormGoal, FormConsent, RegieView,
        RegieFamilyMet,
        FamilyOutreach, FamilyClose, FamilyUnreachableEscalate,
        PlanSharedWithFamily, OpenFamilyPlan,
    ];

    /// <summary>The verbs that only show a card as it is now, for the one who looks (a Universal Actions refresh, "Vernieuwen").</summary>
    public static bool IsView(string verb) => verb is PlanRefresh or RegieView;

    /// <summary>
    /// A refresh: Teams asking by itself for the viewer's card (<see cref="IncomingCardAction.Automatic"/>), or a view verb
    /// pressed. It only reads: nothing changes, nothing is posted, the card changes for the viewer alone.
    /// </summary>
    public static bool IsRefresh(IncomingCardAction action) => action.Automatic || IsView(action.Verb);

    public static bool IsKnown(string verb) => Known.Contains(verb);

    /// <summary>The value of <see cref="Keys.Language"/>: the reader's language travels with a button, as "en" or "nl".</summary>
    public static string LanguageCode(Language language) => language == Language.English ? "en" : "nl";

    /// <summary>The value of <see cref="Keys.Card"/> on the plan card's own task form: sent, the plan card shows the plan again.</summary>
    public const string PlanCard = "plan";

    /// <summary>The value of <see cref="Keys.Card"/> on a task card: one posted in the thread stays a task card when pressed. The value is what cards already in chats carry.</summary>
    public const string TaskCard = "nudge";

    /// <summary>The value of <see cref="Keys.Card"/> on the card about a family that cannot be reached.</summary>
    public const string UnreachableCard = "unreachable";

    public static class Keys
    {
        public const string FamilyId = "familyId";
        public const string Action = "action";
        public const string Language = "lang";
        public const string Party = "party";
        public const string Date = "date";
        public const string Reason = "reason";
        /// <summary>Separate ids where one card has several forms: input ids must be unique within a card.</summary>
        public const string Until = "until";
        public const string Obstacle = "obstacle";
        public const string Owner = "owner";
        public const string Escalation = "escalation";
        public const string Regisseur = "regisseur";
        /// <summary>Which card the button is on, where the same verbs appear on several cards.</summary>
        public const string Card = "card";
        /// <summary>On a choice: which offer this is (one press makes it, a second changes nothing), and whose message it answers.</summary>
        public const string Ask = "ask";
        public const string For = "for";
        /// <summary>On a choice: the meaning and its details (see <see cref="Asking.Choices"/>).</summary>
        public const string Pick = "pick";
        public const string Number = "n";
        public const string To = "to";
        /// <summary>On the handover card's refresh: who proposed it (with <see cref="To"/>, the receiver), both by user id.</summary>
        public const string From = "from";
        public const string ToName = "toName";
        public const string Text = "text";
        public const string On = "on";
        public const string Urgent = "urgent";
    }
}
