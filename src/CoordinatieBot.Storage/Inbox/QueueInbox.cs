using System.IO.Compression;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Storage.Tables;
using Microsoft.Extensions.Options;

namespace CoordinatieBot.Storage.Inbox;

/// <summary>
/// The inbox on Azure Queue Storage. A payload is put on the queue already invisible for one lease, so the host that
/// accepted it works on it without anyone else seeing it; when that host dies, the lease runs out and any host's
/// <see cref="IInbox.TakeAsync"/> gets it. The queue is the only thing the hosts share about accepted work.
/// </summary>
public sealed class QueueInbox : IInbox
{
    // A queue message holds 64 KiB, base64 encoded: 48 KiB of payload. Larger activities are compressed.
    private const int MaxRawBytes = 48 * 1024;
    private static readonly TimeSpan TimeToLive = TimeSpan.FromDays(7);

    private readonly QueueClient _queue;
    private volatile bool _created;

    public QueueInbox(IOptions<StorageOptions> options)
    {
        var o = options.Value;
        var clientOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        clientOptions.Retry.MaxRetries = 3;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        _queue = new QueueClient(o.ConnectionString, QueueName(o), clientOptions);
        Lease = o.InboxLease > TimeSpan.Zero ? o.InboxLease : TimeSpan.FromSeconds(30);
        RetryDelay = o.InboxRetryDelay >= TimeSpan.Zero ? o.InboxRetryDelay : TimeSpan.FromSeconds(2);
    }

    public TimeSpan Lease { get; }

    public TimeSpan RetryDelay { get; }

    /// <summary>Queue names are lower case letters, digits and hyphens, 3 to 63 characters.</summary>
    public static string QueueName(StorageOptions options) =>
        ((options.TablePrefix ?? "") + (string.IsNullOrWhiteSpace(options.InboxQueue) ? "activities" : options.InboxQueue)).ToLowerInvariant();

    public Task CreateIfNotExistsAsync(CancellationToken ct) =>
        StorageErrors.Guard(async () =>
        {
            await _queue.CreateIfNotExistsAsync(cancellationToken: ct);
            _created = true;
        }, "create inbox");

    public Task<InboxDelivery> AcceptAsync(ReadOnlyMemory<byte> payload, CancellationToken ct) =>
        StorageErrors.Guard(async () =>
        {
            var body = Pack(payload);
            var receipt = await WithQueueAsync(() => _queue.SendMessageAsync(body, Lease, TimeToLive, ct));
            return new InboxDelivery(receipt.Value.MessageId, receipt.Value.PopReceipt, payload, 1);
        }, "accept into inbox");

    public Task<IReadOnlyList<InboxDelivery>> TakeAsync(int max, CancellationToken ct) =>
        StorageErrors.Guard<IReadOnlyList<InboxDelivery>>(async () =>
        {
            var messages = await WithQueueAsync(() => _queue.ReceiveMessagesAsync(Math.Clamp(max, 1, 32), Lease, ct));
            // The first take of a message is its second delivery: the host that accepted it had the first.
            return messages.Value.Select(m => new InboxDelivery(m.MessageId, m.PopReceipt, Unpack(m.Body), m.DequeueCount + 1)).ToList();
        }, "take from inbox");

    public Task RenewAsync(InboxDelivery delivery, CancellationToken ct) => HideAsync(delivery, Lease, "renew inbox lease", ct);

    public Task CompleteAsync(InboxDelivery delivery, CancellationToken ct) =>
        StorageErrors.Guard(async () =>
        {
            try
            {
                await _queue.DeleteMessageAsync(delivery.Id, delivery.Receipt, ct);
            }
            catch (RequestFailedException e) when (e.Status is 404 or 400)
            {
                // Gone already, or the lease ran out and another host holds it now: that host finishes it (and
                // finds its effect already applied).
            }
        }, "complete inbox delivery");

    public Task ReleaseAsync(InboxDelivery delivery, TimeSpan delay, CancellationToken ct) => HideAsync(delivery, delay, "release inbox delivery", ct);

    /// <summary>Makes the delivery invisible for <paramref name="visibleIn"/> from now (zero: visible at once), under a new receipt.</summary>
    private Task HideAsync(InboxDelivery delivery, TimeSpan visibleIn, string what, CancellationToken ct) =>
        StorageErrors.Guard(async () =>
        {
            try
            {
                var updated = await _queue.UpdateMessageAsync(delivery.Id, delivery.Receipt, visibilityTimeout: visibleIn, cancellationToken: ct);
                delivery.Receipt = updated.Value.PopReceipt;
            }
            catch (RequestFailedException e) when (e.Status is 404 or 400)
            {
                // Completed meanwhile, or re-leased by another path (its newer receipt is the one that counts).
            }
        }, what);

    /// <summary>Creates the queue on first use when start-up did not (Storage:CreateTablesAtStartup off, or a new prefix).</summary>
    private async Task<T> WithQueueAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (RequestFailedException e) when (e.Status == 404 && !_created)
        {
            await _queue.CreateIfNotExistsAsync();
            _created = true;
            return await call();
        }
    }

    // JSON starts with '{' (or white space); a compressed payload with gzip's 0x1f.
    private static BinaryData Pack(ReadOnlyMemory<byte> payload)
    {
        if (payload.Length <= MaxRawBytes) return new BinaryData(payload);
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(payload.Span);
        if (packed.Length > MaxRawBytes) throw new InboxPayloadTooLargeException();
        return new BinaryData(packed.ToArray());
    }

    private static ReadOnlyMemory<byte> Unpack(BinaryData body)
    {
        var bytes = body.ToMemory();
        if (bytes.Length < 2 || bytes.Span[0] != 0x1f || bytes.Span[1] != 0x8b) return bytes;
        using var gzip = new GZipStream(body.ToStream(), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gzip.CopyTo(plain);
        return plain.ToArray();
    }
}
