namespace CoordinatieBot.Teams.Protocol;

public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }

    /// <summary>personal, groupChat or channel.</summary>
    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }
    public bool? IsGroup { get; set; }
}
