using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Teams.Connector;
using CoordinatieBot.Teams.Protocol;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Teams.Bot.Inbox;

/// <summary>
/// Accepted activities, from the promise to the effect: <see cref="AcceptAsync"/> stores the activity in the inbox
/// before <c>/api/messages</c> answers 200, the turn runs on this host under the inbox's lease, and the delivery is
/// completed only once the turn has saved its effect and answered. If this host stops first, the delivery comes back
/// (to any host), and the family's record of applied activities keeps its effect to one.
/// </summary>
public sealed class InboxTurns(IInbox inbox, BotTurnHandler handler, TurnQueue queue, IServiceUrlTrust trust, ILogger<InboxTurns> log)
{
    /// <summary>Deliveries that keep failing are given up after this many tries (logged, without content).</summary>
    public const int MaxAttempts = 6;

    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    /// <summary>False when nothing was promised (the host is stopping or too busy): the caller answers 503.</summary>
    /// <exception cref="StorageUnavailableException">The inbox could not store it: nothing was promised either.</exception>
    public async Task<bool> AcceptAsync(Activity activity, CancellationToken ct)
    {
        if (!queue.HasRoom) return false;
        var payload = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options);
        var delivery = await inbox.AcceptAsync(payload, ct);
        if (!TryStart(activity, delivery))
        {
            // Promised already (it is in the inbox): let the next host that looks take it, at once.
            await ReleaseQuietlyAsync(delivery, TimeSpan.Zero);
        }
        return true;
    }

    /// <summary>Queues the turn of a delivery on this host; false when the queue is full or closed.</summary>
    public bool TryStart(Activity activity, InboxDelivery delivery)
    {
        var lease = new LeaseKeeper(inbox, delivery, log);
        if (queue.TryEnqueue(_ => RunAsync(activity, delivery, lease), () => HandBackAsync(delivery, lease))) return true;
        _ = lease.StopAsync();
        return false;
    }

    /// <summary>Which activity this is, as the family records it: a hash of its tenant, conversation and id (no ids kept in clear).</summary>
    public static TurnIdentity? IdentityOf(Activity activity, InboxDelivery? delivery)
    {
        if (activity.Id is not { Length: > 0 } id || activity.Conversation?.Id is not { Length: > 0 } conversation) return null;
        var tenant = ActivityMapper.TenantOf(activity) ?? "";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(tenant + "\n" + conversation + "\n" + id));
        return new TurnIdentity(Convert.ToBase64String(hash, 0, 16), delivery?.Id, delivery?.IsRedelivery ?? false);
    }

    private async Task RunAsync(Activity activity, InboxDelivery delivery, LeaseKeeper lease)
    {
        // Authenticated when it was accepted, perhaps by another host or before a restart: its service URL is trusted.
        if (delivery.IsRedelivery && activity.ServiceUrl is { Length: > 0 } serviceUrl) trust.Trust(serviceUrl);
        try
        {
            using (TurnIdentity.Begin(IdentityOf(activity, delivery) ?? new TurnIdentity("", delivery.Id, delivery.IsRedelivery)))
                await handler.HandleAsync(activity, CancellationToken.None);
        }
        catch (Exception e)
        {
            await lease.StopAsync();
            if (delivery.Attempt >= MaxAttempts)
            {
                log.LogError(e, "Gave up on an accepted activity after {Attempts} tries ({Type})", delivery.Attempt, activity.Type);
                await CompleteQuietlyAsync(delivery);
                return;
            }
            log.LogWarning(e, "An accepted activity failed (try {Attempt}); it comes back in {Delay}", delivery.Attempt, RetryDelay);
            await ReleaseQuietlyAsync(delivery, RetryDelay);
            return;
        }
        await lease.StopAsync();
        await CompleteQuietlyAsync(delivery);
    }

    private async Task HandBackAsync(InboxDelivery delivery, LeaseKeeper lease)
    {
        await lease.StopAsync();
        await ReleaseQuietlyAsync(delivery, TimeSpan.Zero);
    }

    private async Task CompleteQuietlyAsync(InboxDelivery delivery)
    {
        try
        {
            await inbox.CompleteAsync(delivery, CancellationToken.None);
        }
        catch (StorageUnavailableException)
        {
            // It comes back after its lease and is found applied: no second effect.
            log.LogWarning("Inbox delivery not completed: storage unavailable");
        }
    }

    private async Task ReleaseQuietlyAsync(InboxDelivery delivery, TimeSpan delay)
    {
        try
        {
            await inbox.ReleaseAsync(delivery, delay, CancellationToken.None);
        }
        catch (StorageUnavailableException)
        {
            log.LogWarning("Inbox delivery not released: storage unavailable; it comes back when its lease ends");
        }
    }
}
