using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Teams.Cards;
using CoordinatieBot.Teams.Connector;
using CoordinatieBot.Teams.Protocol;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Teams.Bot;

/// <summary>
/// Proactive messages over the connector, with the conversation references stored from authenticated
/// activities: a 1:1 chat is created with the stored tenant and service URL when there is none yet.
/// </summary>
public sealed class TeamsNoticeSender(
    IConnectorClient connector,
    IConversationReferenceStore references,
    IServiceUrlTrust trust,
    ProactivePacer pacer,
    TimeProvider time,
    ILogger<TeamsNoticeSender> log) : INoticeSender
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<string>>> _opening = new();

    public async Task<bool> ToPersonAsync(string tenantId, Recipient to, Reply message, CancellationToken ct) =>
        await SendToPersonAsync(tenantId, to, message, ct) == SendResult.Sent;

    public async Task<SendResult> SendToPersonAsync(string tenantId, Recipient to, Reply message, CancellationToken ct)
    {
        var address = await FindPersonAsync(tenantId, to, ct);
        var serviceUrl = address?.ServiceUrl is { Length: > 0 } own ? own : (await references.AnyInTenantAsync(tenantId, ct))?.ServiceUrl;
        if (serviceUrl is null)
        {
            log.LogWarning("No service URL known for the tenant: proactive message not sent");
            return SendResult.Failed;
        }
        // Only service URLs from authenticated activities are ever stored, so a stored one may be called.
        trust.Trust(serviceUrl);

        try
        {
            var conversationId = address is { ConversationType: ConversationTypes.Personal }
                ? address.ConversationId
                : await OpenPersonalChatOnceAsync(tenantId, serviceUrl, address, to, ct);
            await pacer.WaitAsync(tenantId, conversationId, ct);
            await connector.SendToConversationAsync(serviceUrl, conversationId, ToActivity(message), ct);
            if (address?.PersonalChatRefusedAt is not null) await NoteRefusalAsync(tenantId, to, null, ct);
            return SendResult.Sent;
        }
        catch (ConnectorException e)
        {
            log.LogWarning("Proactive 1:1 message not delivered: {Status} {SubCode}", e.StatusCode, e.SubCode);
            if (!IsRefusal(e)) return SendResult.Failed;
            if (address?.PersonalChatRefusedAt is null) await NoteRefusalAsync(tenantId, to, time.GetUtcNow(), ct);
            return SendResult.Refused;
        }
        catch (UntrustedServiceUrlException)
        {
            return SendResult.Failed;
        }
    }

    /// <summary>
    /// 403 (the app is not installed for the person, or they blocked it: MessageWritesBlocked) and 404 (no such user or
    /// chat for this bot) will not change by trying again; other failures might.
    /// </summary>
    private static bool IsRefusal(ConnectorException e) => e.StatusCode is System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.NotFound;

    private async Task NoteRefusalAsync(string tenantId, Recipient to, DateTimeOffset? at, CancellationToken ct)
    {
        if (to.UserId is not { Length: > 0 } userId) return;
        try
        {
            await references.SetPersonalChatRefusedAsync(tenantId, userId, to.AadObjectId, at, ct);
        }
        catch (StorageUnavailableException)
        {
            log.LogWarning("Personal chat refusal not noted: storage unavailable");
        }
    }

    /// <summary>
    /// Several notices to someone without a 1:1 chat yet (one sweep, many of their families) open it once: the others
    /// wait for that call instead of each spending one of the tenant's calls per second on the same chat.
    /// </summary>
    private async Task<string> OpenPersonalChatOnceAsync(string tenantId, string serviceUrl, ConversationReference? address, Recipient to, CancellationToken ct)
    {
        var memberId = to.UserId is { Length: > 0 } ? to.UserId : to.AadObjectId!;
        var key = tenantId + "|" + memberId;
        var opening = _opening.GetOrAdd(key, _ => new Lazy<Task<string>>(() => OpenPersonalChatAsync(tenantId, serviceUrl, address, to, memberId, ct)));
        try
        {
            return await opening.Value;
        }
        finally
        {
            _opening.TryRemove(new KeyValuePair<string, Lazy<Task<string>>>(key, opening));
        }
    }

    private async Task<string> OpenPersonalChatAsync(string tenantId, string serviceUrl, ConversationReference? address, Recipient to, string memberId, CancellationToken ct)
    {
        // Someone who looked the address up just before another opening finished: that chat is known now (in memory).
        if (await FindPersonAsync(tenantId, to, ct) is { ConversationType: ConversationTypes.Personal } opened) return opened.ConversationId;

        await pacer.WaitAsync(tenantId, "create:" + memberId, ct);
        var created = await connector.CreateConversationAsync(serviceUrl, new ConversationParameters
        {
            IsGroup = false,
            Bot = address?.BotId is { } botId ? new ChannelAccount { Id = botId } : null,
            Members = [new ChannelAccount { Id = memberId }],
            TenantId = tenantId,
        }, ct);
        var conversationId = created.Id ?? throw new ConnectorException("Create conversation returned no id");
        await references.SaveAsync(new ConversationReference
        {
            TenantId = tenantId, ConversationId = conversationId, ConversationType = ConversationTypes.Personal,
            Kind = ConversationKind.Personal,
            ServiceUrl = serviceUrl, BotId = address?.BotId, UserId = to.UserId, AadObjectId = to.AadObjectId ?? address?.AadObjectId,
            LastSeenAt = time.GetUtcNow(),
        }, ct);
        return conversationId;
    }

    /// <summary>The person's stored address: by their Teams id, else by their Entra object id.</summary>
    private async Task<ConversationReference?> FindPersonAsync(string tenantId, Recipient to, CancellationToken ct)
    {
        var address = to.UserId is { Length: > 0 } userId ? await references.GetUserAsync(tenantId, userId, ct) : null;
        if (address is null && to.AadObjectId is { Length: > 0 } aad) address = await references.GetByAadObjectIdAsync(tenantId, aad, ct);
        return address;
    }

    public async Task<bool> ToThreadAsync(string tenantId, string conversationId, Reply message, CancellationToken ct)
    {
        if (await references.GetConversationAsync(tenantId, conversationId, ct) is not { } address) return false;
        trust.Trust(address.ServiceUrl);
        try
        {
            await pacer.WaitAsync(tenantId, conversationId, ct);
            await connector.SendToConversationAsync(address.ServiceUrl, conversationId, ToActivity(message), ct);
            return true;
        }
        catch (ConnectorException e)
        {
            log.LogWarning("Proactive thread message not delivered: {Status}", e.StatusCode);
            return false;
        }
        catch (UntrustedServiceUrlException)
        {
            return false;
        }
    }

    public async Task<bool> ReplaceCardAsync(string tenantId, string conversationId, string activityId, CardView card, CancellationToken ct)
    {
        if (await references.GetConversationAsync(tenantId, conversationId, ct) is not { } address) return false;
        trust.Trust(address.ServiceUrl);
        try
        {
            var update = OutgoingActivity.Message(Attachment.AdaptiveCard(CardRenderer.Render(card)));
            update.Id = activityId;
            await connector.UpdateActivityAsync(address.ServiceUrl, conversationId, activityId, update, ct);
            return true;
        }
        catch (Exception e) when (e is ConnectorException or UntrustedServiceUrlException)
        {
            log.LogWarning("Card not replaced: {Error}", e.GetType().Name);
            return false;
        }
    }

    private static Activity ToActivity(Reply message) => ReplyActivities.ToActivity(message);
}
