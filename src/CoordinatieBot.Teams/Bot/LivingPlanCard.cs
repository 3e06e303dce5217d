using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Teams.Cards;
using CoordinatieBot.Teams.Connector;
using CoordinatieBot.Teams.Protocol;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Teams.Bot;

/// <summary>
/// Brings the family's living plan card up to date in place after a change made outside the chat (a tab): the card's
/// conversation and activity from <see cref="ILivingCardStore"/>, the service URL from that conversation's stored
/// reference. Best effort: the change is saved already, so a card that cannot be updated is logged, never thrown.
/// </summary>
public sealed class LivingPlanCard(
    ILivingCardStore livingCards,
    IConversationReferenceStore references,
    IConnectorClient connector,
    IServiceUrlTrust trust,
    ILogger<LivingPlanCard> log)
{
    /// <summary>True when the card was updated; false when there is none, its address is unknown, or the update failed.</summary>
    public async Task<bool> UpdateAsync(string tenantId, PlanCardView plan, CancellationToken ct)
    {
        try
        {
            if (await livingCards.GetAsync(plan.Family.Id, ct) is not { } living) return false;
            if (await references.GetConversationAsync(tenantId, living.ConversationId, ct) is not { ServiceUrl: { Length: > 0 } serviceUrl })
            {
                log.LogWarning("Living plan card not updated: no address known for its conversation");
                return false;
            }
            // Only service URLs from authenticated activities are ever stored, so a stored one may be called.
            trust.Trust(serviceUrl);
            var update = OutgoingActivity.Message(Attachment.AdaptiveCard(CardRenderer.Render(plan)));
            update.Id = living.ActivityId;
            await connector.UpdateActivityAsync(serviceUrl, living.ConversationId, living.ActivityId, update, ct);
            return true;
        }
        catch (Exception e) when (e is ConnectorException or UntrustedServiceUrlException or StorageUnavailableException or HttpRequestException)
        {
            log.LogWarning("Living plan card not updated: {Error}", e.GetType().Name);
            return false;
        }
    }
}
