using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoordinatieBot.Teams.Protocol;

/// <summary>A Bot Framework activity, inbound or outbound. Only the fields this bot uses are modelled.</summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }

    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    [JsonConverter(typeof(LenientDateTimeOffsetConverter))]
    public DateTimeOffset? LocalTimestamp { get; set; }

    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? Locale { get; set; }
    public string? ReplyToId { get; set; }

    /// <summary>Card submit data or invoke payload.</summary>
    public JsonElement? Value { get; set; }

    /// <summary>Invoke name, e.g. adaptiveCard/action.</summary>
    public string? Name { get; set; }

    /// <summary>installationUpdate: add, remove, add-upgrade, remove-upgrade.</summary>
    public string? Action { get; set; }

    public List<Attachment>? Attachments { get; set; }
    public List<Entity>? Entities { get; set; }
    public TeamsChannelData? ChannelData { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }

    public bool IsType(string activityType) => string.Equals(Type, activityType, StringComparison.OrdinalIgnoreCase);

    public IEnumerable<Mention> GetMentions() =>
        Entities is null ? [] : Entities.Select(e => e.AsMention()).OfType<Mention>();
}
