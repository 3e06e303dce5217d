using CoordinatieBot.Conversation.Parsing;

namespace CoordinatieBot.Tabs;

/// <summary>
/// The person signed in to a tab: from a validated Teams SSO token (tenant and Entra object id), or in Development only
/// from <c>?dev_user=</c>. Everything a tab API serves is about this person and no one else.
/// </summary>
/// <param name="Language">What the page asks for with <c>?lang=</c> (from the Teams locale): English for "en", "en-us" and the like, else Dutch.</param>
public sealed record TabUser(string TenantId, string AadObjectId, string? Name, Language Language = Language.Dutch);
