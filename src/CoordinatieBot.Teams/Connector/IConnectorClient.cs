using CoordinatieBot.Teams.Protocol;

namespace CoordinatieBot.Teams.Connector;

/// <summary>Bot Connector REST calls. All throw <see cref="UntrustedServiceUrlException"/> for an untrusted serviceUrl and <see cref="ConnectorException"/> on failure.</summary>
public interface IConnectorClient
{
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Sets activity.ReplyToId when it is empty.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>PUT of the full activity; sets activity.Id when it is empty.</summary>
    Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default);

    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default);

    /// <summary>GET v3/conversations/{id}/members/{userId}: the member, or null when they are not in the conversation (404).</summary>
    Task<ChannelAccount?> GetConversationMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken = default);
}
