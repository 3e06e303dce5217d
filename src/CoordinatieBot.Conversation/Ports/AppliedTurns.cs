namespace CoordinatieBot.Conversation.Ports;

/// <summary>
/// The activities whose effect a family already holds, saved with the family in the same transaction: a second
/// delivery of one of them finds it here and changes nothing. Bounded: deliveries come back within minutes (Teams
/// retries, an inbox lease), so the newest <see cref="MaxKept"/> are plenty.
/// </summary>
/// <remarks>
/// Replies are kept for a delivery whose host died before it could answer. Under a flood the replies of one family
/// can lag many saves behind (the connector paces each conversation), so they are kept by size, not by a few turns:
/// the newest turns keep theirs up to <see cref="MaxReplyChars"/> in all.
/// </remarks>
public sealed class AppliedTurns
{
    public const int MaxKept = 64;
    public const int MaxReplyChars = 12_000;

    public static readonly AppliedTurns None = new([]);

    public AppliedTurns(IReadOnlyList<AppliedTurn> newestFirst) => NewestFirst = newestFirst;

    public IReadOnlyList<AppliedTurn> NewestFirst { get; }

    public AppliedTurn? Find(string activityId)
    {
        foreach (var turn in NewestFirst)
            if (string.Equals(turn.ActivityId, activityId, StringComparison.Ordinal)) return turn;
        return null;
    }

    /// <summary>
    /// This list with the replies kept for <paramref name="activityId"/> dropped (its message was deleted), the activity
    /// itself still known so a second delivery of it changes nothing. The same list when there is nothing to drop.
    /// </summary>
    public AppliedTurns WithoutReplies(string activityId)
    {
        if (Find(activityId) is not { Replies.Count: > 0 }) return this;
        return new AppliedTurns(NewestFirst
            .Select(t => string.Equals(t.ActivityId, activityId, StringComparison.Ordinal) ? t with { Replies = [] } : t)
            .ToList());
    }

    /// <summary>This list with <paramref name="turn"/> added as the newest; the oldest fall off, older ones lose their replies past the budget.</summary>
    public AppliedTurns With(AppliedTurn turn)
    {
        var list = new List<AppliedTurn>(Math.Min(NewestFirst.Count + 1, MaxKept)) { turn };
        var replyChars = turn.ReplyChars;
        foreach (var older in NewestFirst)
        {
            if (list.Count >= MaxKept) break;
            if (string.Equals(older.ActivityId, turn.ActivityId, StringComparison.Ordinal)) continue;
            replyChars += older.ReplyChars;
            list.Add(replyChars <= MaxReplyChars || older.Replies.Count == 0 ? older : older with { Replies = [] });
        }
        return new AppliedTurns(list);
    }
}

public sealed record AppliedTurn(string ActivityId, string? DeliveryId, IReadOnlyList<string> Replies, DateTimeOffset At)
{
    public int ReplyChars => Replies.Sum(r => r.Length);
}
