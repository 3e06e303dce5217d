using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Tabs;

/// <summary>
/// How a page outside the chat finds a family for the signed-in person, and where a change they make from it is said
/// to come from. One place for the tabs and the family's plan, so a family id from a URL is checked the same way.
/// </summary>
public sealed class TabFamilies(IFamilyRepository families, IConversationReferenceStore references)
{
    /// <summary>Family ids are the bot's own (hex); anything else in the URL names no family, and never reaches storage as a key.</summary>
    public static bool IsFamilyId(string id) => id.Length is > 0 and <= 64 && id.All(char.IsAsciiLetterOrDigit);

    /// <summary>The family and the person as its active member, in the person's tenant; null for anything else.</summary>
    public async Task<(FamilyState State, Member Member)?> MemberFamilyAsync(MyTasksPerson person, string familyId, CancellationToken ct)
    {
        if (!IsFamilyId(familyId)) return null;
        var knownUserId = (await references.GetByAadObjectIdAsync(person.TenantId, person.AadObjectId, ct))?.UserId;
        if ((await families.GetAsync(familyId, ct))?.Family.State is not { } state || state.TenantId != person.TenantId) return null;
        return MemberOf(state, person.AadObjectId, knownUserId) is { } member ? (state, member) : null;
    }

    /// <summary>The active member who is this person: by Entra object id, or (stored without one) by the user id they were seen with.</summary>
    public static Member? MemberOf(FamilyState state, string aadObjectId, string? knownUserId) =>
        state.Members.FirstOrDefault(m => m.Active && string.Equals(m.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase))
        ?? (knownUserId is null ? null : state.Members.FirstOrDefault(m => m.Active && m.AadObjectId is null && m.UserId == knownUserId));

    /// <summary>The person's 1:1 chat with the bot when there is one; otherwise a stable id that names the tab, never a real conversation.</summary>
    public async Task<string> PersonalConversationAsync(MyTasksPerson person, string userId, CancellationToken ct) =>
        await references.GetUserAsync(person.TenantId, userId, ct) is { Kind: ConversationKind.Personal, ConversationId: { Length: > 0 } personal }
            ? personal
            : "tab:" + person.AadObjectId;
}
