namespace CoordinatieBot.Domain;

/// <summary>
/// Something a change did that people outside the change must hear of. The aggregate raises these as it changes;
/// after the save, follow-ups (a 1:1 card to a new owner, a note in the thread) run from them, and only from them.
/// </summary>
public abstract record FamilyEvent;

/// <summary>An action moved to someone else (a chat command, a card, the procesmanager).</summary>
public sealed record ActionOwnerChanged(int ActionNumber, string FromUserId, string ToUserId, string ByUserId) : FamilyEvent;

/// <summary>Someone became a member, or came back after leaving.</summary>
public sealed record MemberJoined(string UserId) : FamilyEvent;

/// <summary>A member left the thread; <see cref="WasRegisseur"/>: the regie is open again.</summary>
public sealed record MemberLeft(string UserId, bool WasRegisseur) : FamilyEvent;

/// <summary>A member said they are from an organisation the family's consent does not name (with a reason).</summary>
public sealed record OrganisationOutsideConsent(string UserId, string Organisation) : FamilyEvent;

/// <summary>A notice waits in <see cref="FamilyState.PendingNotices"/>: in working hours it can be told at once.</summary>
public sealed record NoticePending(PendingNoticeKind Kind) : FamilyEvent;

/// <summary>A handover of the regie was accepted: the new regisseur gets the summary, both are asked whether the family met them.</summary>
public sealed record RegieHandedOver(string FromUserId, string ToUserId) : FamilyEvent;
/// <summary>Someone became the family's regisseur (took the regie, accepted a handover, was appointed).</summary>
public sealed record RegisseurBegan(string UserId) : FamilyEvent;
