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
    Language Language) : CardView(Language)
{
    /// <summary>
    /// Whose view this is. The card in the thread (null) shows everyone the status; the answer to a refresh is for one
    /// viewer, and only the receiver's has accept and decline.
    /// </summary>
    public string? ViewerUserId { get; init; }

    /// <summary>Who proposed it (for the refresh, which names the proposal by who and to whom).</summary>
    public string FromUserId { get; init; } = "";

    public bool ForReceiver => ViewerUserId is not null && ViewerUserId == ToUserId;
}

public enum HandoverCardState
{
    Proposed,
    Accepted,
    Declined,
    Withdrawn,
}
