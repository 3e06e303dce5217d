namespace CoordinatieBot.Teams.Protocol;

public static class InvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";

    /// <summary>A dialog (task module) asked for by an Action.Submit with <c>msteams.type</c> "task/fetch" (also that type's value).</summary>
    public const string TaskFetch = "task/fetch";

    /// <summary>A message extension: its dialog asked for, and sent (the wire names are singular, as Teams sends them).</summary>
    public const string ComposeExtensionFetchTask = "composeExtension/fetchTask";
    public const string ComposeExtensionSubmitAction = "composeExtension/submitAction";
    public const string ComposeExtensionQuery = "composeExtension/query";
    public const string ComposeExtensionPrefix = "composeExtension/";
}
