namespace CoordinatieBot.Teams.Connector;

/// <summary>Which serviceUrls may receive the bot's token: configured ones plus those seen on authenticated activities.</summary>
public interface IServiceUrlTrust
{
    void Trust(string serviceUrl);

    bool IsTrusted(string serviceUrl);
}
