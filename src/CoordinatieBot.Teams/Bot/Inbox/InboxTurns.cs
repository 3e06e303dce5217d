using System.Collections.Concurrent;
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

    /// <summary>Storage out of reach on the first tries is not told to the user yet: a short outage passes unnoticed.</summary>
    public const int SilentTries = 2;

    private readonly ConcurrentDictionary<string, long> _retrying = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, InboxDelivery> _running = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _retryDue = new(0);

    /// <summary>Deliveries this host gave back to be tried again and has not taken back yet (a test waits for none).</summary>
    public int Retrying => _retrying.Count(r => Environment.TickCount64 - r.Value < 60_000);

    /// <summary>Signalled when a delivery given back for a retry is due, so the poller looks at once instead of at its next round.</summary>
    public Task RetryDueAsync(TimeSpan timeout, CancellationToken ct) => _retryDue.WaitAsync(timeout, ct);

    /// <summary>False when nothing was promised (the host is stopping or too busy): the caller answers 503.</summary>
    /// <exception cref="StorageUnavailableException">The inbox could not store it: nothing was promised either.</exception>
    public async Task<bool> AcceptAsync(Activity activity, CancellationToken ct)
    {
        if (!queue.HasRoom) return false;
        // A question has no effect to keep: answered from this host's queue, without two inbox round trips.
        if (handler.IsQuestion(activity)) return queue.TryEnqueue(_ => handler.HandleAsync(activity, CancellationToken.None));
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
        if (_running.TryGetValue(delivery.Id, out var running))
        {
            // Its lease ran out while this host still works on it (a slow turn, a late renewal): keep the newer lease
            // for the turn that runs, instead of running it twice.
            running.Receipt = delivery.Receipt;
            _retrying.TryRemove(delivery.Id, out _);
            return true;
        }
        var lease = new LeaseKeeper(inbox, delivery, log);
        _running[delivery.Id] = delivery;
        var started = queue.TryEnqueue(_ => RunAsync(activity, delivery, lease), () => HandBackAsync(delivery, lease));
        // Only now is it no longer "given back": in between, a waiter would see neither a retry nor a queued turn.
        _retrying.TryRemove(delivery.Id, out _);
        if (started) return true;
        _running.TryRemove(delivery.Id, out _);
        _ = lease.StopAsync();
        return false;
    }

    /// <summary>
    /// Which activity this is, as the family records it: a hash (no ids kept in clear; see <see cref="ActivityMapper.KeyOf"/>).
    /// An edit or a delete carries the id of the message it is about, so its own key says what it is as well.
    /// </summary>
    public static TurnIdentity? IdentityOf(Activity activity, InboxDelivery? delivery) =>
        ActivityMapper.KeyOf(activity) is { } key ? new TurnIdentity(key, delivery?.Id, delivery?.IsRedelivery ?? false) : null;

    private async Task RunAsync(Activity activity, InboxDelivery delivery, LeaseKeeper lease)
    {
        // Authenticated when it was accepted, perhaps by another host or before a restart: its service URL is trusted.
        if (delivery.IsRedelivery && activity.ServiceUrl is { Length: > 0 } serviceUrl) trust.Trust(serviceUrl);
        var completed = false;
        // Done as soon as the replies are out: a crash after that point must not bring the delivery (and them) back.
        async Task CompleteAsync()
        {
            if (completed) return;
            completed = true;
            await lease.StopAsync();
            await CompleteQuietlyAsync(delivery);
        }

        try
        {
            // An activity without an id cannot be recognised again: it runs without one (at least once, not exactly once).
            using (IdentityOf(activity, delivery) is { } identity ? TurnIdentity.Begin(identity with { WillRetry = delivery.Attempt <= SilentTries }) : null)
                await handler.HandleAsync(activity, CancellationToken.None, CompleteAsync);
        }
        catch (Exception e) when (!completed)
        {
            await lease.StopAsync();
            if (delivery.Attempt >= MaxAttempts)
            {
                log.LogError(e, "Gave up on an accepted activity after {Attempts} tries ({Type})", delivery.Attempt, activity.Type);
                await CompleteQuietlyAsync(delivery);
                return;
            }
            log.LogWarning(e, "An accepted activity failed (try {Attempt}); it comes back in {Delay}", delivery.Attempt, inbox.RetryDelay);
            _retrying[delivery.Id] = Environment.TickCount64;
            await ReleaseQuietlyAsync(delivery, inbox.RetryDelay);
            _ = Task.Delay(inbox.RetryDelay).ContinueWith(_ => _retryDue.Release(), TaskScheduler.Default);
            return;
        }
        await CompleteAsync();
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
            var receipt = delivery.Receipt;
            await inbox.CompleteAsync(delivery, CancellationToken.None);
            // Taken again by this host's poller while the delete was on its way: delete with the newer receipt too.
            if (delivery.Receipt != receipt) await inbox.CompleteAsync(delivery, CancellationToken.None);
        }
        catch (StorageUnavailableException)
        {
            // It comes back after its lease and is found applied: no second effect.
            log.LogWarning("Inbox delivery not completed: storage unavailable");
        }
        finally
        {
            _running.TryRemove(delivery.Id, out _);
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
        finally
        {
            _running.TryRemove(delivery.Id, out _);
        }
    }
}
