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

    public static class Keys
    {
        public const string FamilyId = "familyId";
        public const string Action = "action";
        public const string Language = "lang";
        public const string Party = "party";
        public const string Date = "date";
        public const string Reason = "reason";
    }
}
