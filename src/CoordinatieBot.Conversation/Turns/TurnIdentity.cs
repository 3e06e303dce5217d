namespace CoordinatieBot.Conversation.Turns;

/// <summary>
/// Which inbound activity the running turn handles, so a change records it with the family (same transaction) and a
/// second delivery of the same activity has no second effect. Ambient for the turn (like a trace id), because every
/// operation that saves a family must see it and none of them should have to pass it on.
/// </summary>
/// <param name="ActivityId">The activity's own id (the conversation makes it unique).</param>
/// <param name="DeliveryId">The inbox delivery that carries it; the same when that delivery comes back after a crash.</param>
/// <param name="IsRedelivery">True when this delivery was taken from the inbox after its first host let go of it.</param>
/// <param name="WillRetry">
/// True when the turn will be tried again if storage is out of reach now: then it says nothing of the outage yet.
/// </param>
public sealed record TurnIdentity(string ActivityId, string? DeliveryId, bool IsRedelivery, bool WillRetry = false)
{
    private static readonly AsyncLocal<TurnIdentity?> Ambient = new();

    public static TurnIdentity? Current => Ambient.Value;

    /// <summary>Sets the identity for the code that runs from here in this async flow; dispose to clear it.</summary>
    public static IDisposable Begin(TurnIdentity identity)
    {
        var previous = Ambient.Value;
        Ambient.Value = identity;
        return new Restore(previous);
    }

    private sealed class Restore(TurnIdentity? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
