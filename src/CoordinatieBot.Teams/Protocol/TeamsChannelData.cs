namespace CoordinatieBot.Teams.Protocol;

/// <summary>The Teams-specific part of an activity. Limited or absent in personal chats.</summary>
public sealed class TeamsChannelData
{
    public TenantInfo? Tenant { get; set; }
    public TeamInfo? Team { get; set; }
    public ChannelInfo? Channel { get; set; }

    /// <summary>For conversationUpdate: channelCreated, teamRenamed, teamMemberAdded, ….</summary>
    public string? EventType { get; set; }

    public TeamsChannelDataSettings? Settings { get; set; }

    /// <summary>Outbound only: Alert = true raises a feed notification.</summary>
    public NotificationInfo? Notification { get; set; }
}

public sealed class TenantInfo
{
    public string? Id { get; set; }
}

public sealed class TeamInfo
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadGroupId { get; set; }
}

public sealed class ChannelInfo
{
    public string? Id { get; set; }
    public string? Name { get; set; }
}

public sealed class TeamsChannelDataSettings
{
    public ChannelInfo? SelectedChannel { get; set; }
}

public sealed class NotificationInfo
{
    public bool? Alert { get; set; }
}
