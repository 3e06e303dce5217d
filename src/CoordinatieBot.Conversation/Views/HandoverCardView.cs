using CoordinatieBot.Conversation.Parsing;

namespace CoordinatieBot.Conversation.Views;

/// <summary>A regie handover proposal that only the receiver can accept or decline.</summary>
public sealed record HandoverCardView(
    string FamilyId,
    string FamilyAlias,
    string FromName,
    string ToUserId,
    string ToName,
    string? Reason,
    HandoverCardState State,
    Language Language) : CardView(Language);

public enum HandoverCardState
{
    Proposed,
    Accepted,
    Declined,
    Withdrawn,
}
