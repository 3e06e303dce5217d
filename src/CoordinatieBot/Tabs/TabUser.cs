namespace CoordinatieBot.Tabs;

/// <summary>
/// The person signed in to a tab: from a validated Teams SSO token (tenant and Entra object id), or in Development only
/// from <c>?dev_user=</c>. Everything a tab API serves is about this person and no one else.
/// </summary>
/// <param name="Language">"nl" or "en" when the page says which (from the Teams locale); null: Dutch.</param>
public sealed record TabUser(string TenantId, string AadObjectId, string? Name, string? Language = null);
