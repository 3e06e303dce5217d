namespace CoordinatieBot.Teams.Protocol;

public static class InvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";
}
