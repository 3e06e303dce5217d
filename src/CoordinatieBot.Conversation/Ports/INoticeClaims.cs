namespace CoordinatieBot.Conversation.Ports;

/// <summary>
/// Once-only sending: before a notice goes out, it is claimed with a conditional write, so two hosts never send it
/// at the same moment. A claim whose send did not finish within the lease is taken over by the next sweep (of any
/// host). A family's notices need no mark afterwards: once recorded in the family, the ladder does not decide them
/// again. One-off sends (the daily and weekly overviews) are marked sent.
/// </summary>
public interface INoticeClaims
{
    Task<NoticeClaim> TryClaimAsync(string familyId, string key, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken ct);

    Task MarkSentAsync(NoticeClaim claim, DateTimeOffset now, CancellationToken ct);
}

public enum ClaimOutcome
{
    /// <summary>Ours to send.</summary>
    Claimed,
    /// <summary>Sent before: do not send again.</summary>
    AlreadySent,
    /// <summary>Another host is sending it right now.</summary>
    HeldElsewhere,
}

public sealed record NoticeClaim(ClaimOutcome Outcome, string FamilyId, string Key, string? Version);
