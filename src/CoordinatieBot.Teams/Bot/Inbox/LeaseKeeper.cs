using CoordinatieBot.Conversation.Ports;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Teams.Bot.Inbox;

/// <summary>
/// Renews a delivery's lease at half its length while the turn waits and runs, so a slow turn (a connector that asks
/// to wait) is never taken by a second host. Stopped before the delivery is completed: a renewal changes the receipt.
/// </summary>
internal sealed class LeaseKeeper
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LeaseKeeper(IInbox inbox, InboxDelivery delivery, ILogger log) => _loop = RenewAsync(inbox, delivery, log, _stop.Token);

    public async Task StopAsync()
    {
        if (!_stop.IsCancellationRequested) await _stop.CancelAsync();
        await _loop;
    }

    private static async Task RenewAsync(IInbox inbox, InboxDelivery delivery, ILogger log, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(inbox.Lease / 2);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                try
                {
                    await inbox.RenewAsync(delivery, CancellationToken.None); // never cut off half-way: its new receipt is needed
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The turn goes on; at worst the lease runs out and the delivery is found applied elsewhere.
                    log.LogWarning("Inbox lease not renewed: {Error}", e.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
