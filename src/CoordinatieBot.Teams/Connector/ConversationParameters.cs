using CoordinatieBot.Teams.Protocol;

namespace CoordinatieBot.Teams.Connector;

/// <summary>
/// Body of "create conversation". 1:1: IsGroup false, one member, TenantId. Channel thread: IsGroup true,
/// ChannelData.Channel.Id and an Activity (mandatory, else 400).
/// </summary>
public sealed class ConversationParameters
{
    public bool IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public List<ChannelAccount>? Members { get; set; }
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public TeamsChannelData? ChannelData { get; set; }
}
