namespace CoordinatieBot.Conversation.Ports;

/// <summary>Where the family's living plan card was posted, so it can be updated in place.</summary>
public interface ILivingCardStore
{
    Task<LivingCard?> GetAsync(string familyId, CancellationToken ct);

    Task SetAsync(string familyId, LivingCard card, CancellationToken ct);
}

public sealed record LivingCard(string ConversationId, string ActivityId);
