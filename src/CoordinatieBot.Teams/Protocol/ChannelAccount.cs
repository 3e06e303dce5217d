namespace CoordinatieBot.Teams.Protocol;

/// <summary>A user or bot in a conversation. Teams user ids ("29:…") are specific to the bot; AadObjectId is the Entra object id.</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }
}
