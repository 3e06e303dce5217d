namespace CoordinatieBot.Teams.Auth;

public static class BotAppTypes
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";
}
