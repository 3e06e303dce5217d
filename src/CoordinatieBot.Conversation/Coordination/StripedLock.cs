namespace CoordinatieBot.Conversation.Coordination;

/// <summary>
/// Serialises changes to one family inside this process, so concurrent edits queue instead of colliding
/// on the ETag. Other processes are still kept apart by the ETag; this only saves wasted retries.
/// </summary>
public sealed class StripedLock
{
    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, 256).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <summary>Takes the lock for <paramref name="familyId"/>, the one key on every path that changes a family.</summary>
    public async Task<Held> AcquireAsync(string familyId, CancellationToken ct)
    {
        var stripe = _stripes[(uint)StringComparer.Ordinal.GetHashCode(familyId) % (uint)_stripes.Length];
        if (stripe.Wait(0)) return new Held(stripe, false);
        await stripe.WaitAsync(ct);
        return new Held(stripe, true);
    }

    /// <summary>
    /// A held lock. <see cref="Waited"/>: someone else held it first, so what was read before taking it may be stale.
    /// </summary>
    public sealed class Held(SemaphoreSlim stripe, bool waited) : IDisposable
    {
        private int _released;

        public bool Waited { get; } = waited;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) stripe.Release();
        }
    }
}
