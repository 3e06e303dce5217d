namespace CoordinatieBot.Conversation.Ports;

/// <summary>
/// The organisation's directory (Microsoft Entra ID through Microsoft Graph): who a professional is and who their
/// manager (leidinggevende) is, for the escalation ladder. Lookups never throw for directory trouble: when the
/// directory cannot be asked, the answer is <see cref="PersonLookupOutcome.Unavailable"/> and the bot says it could
/// not look the person up. Only cancellation by the caller ends a lookup with an exception.
/// </summary>
public interface IPeopleDirectory
{
    /// <summary>The person with this Entra object id (Teams' <c>from.aadObjectId</c>) in this tenant.</summary>
    Task<PersonLookup> GetPersonAsync(string tenantId, string aadObjectId, CancellationToken ct);

    /// <summary>The manager of the person with this Entra object id; NotFound when the person has none.</summary>
    Task<PersonLookup> GetManagerAsync(string tenantId, string aadObjectId, CancellationToken ct);
}

public enum PersonLookupOutcome
{
    /// <summary>The directory answered with a person.</summary>
    Found,

    /// <summary>The directory answered that there is no such person (or no manager).</summary>
    NotFound,

    /// <summary>The directory could not be asked: not configured, unreachable, too slow, refused or failing.</summary>
    Unavailable,
}

/// <summary>A professional as the directory knows them. Every field but the id may be missing.</summary>
/// <param name="Phone">A phone number where the directory has one (a user's first business phone, else the mobile one).</param>
public sealed record DirectoryPerson(string AadObjectId, string? DisplayName, string? Mail, string? JobTitle, string? Phone = null);

/// <summary>The answer to a directory lookup; <see cref="Reason"/> says why, in English, for NotFound and Unavailable.</summary>
public sealed record PersonLookup(PersonLookupOutcome Outcome, DirectoryPerson? Person, string? Reason = null)
{
    public bool IsFound => Outcome == PersonLookupOutcome.Found && Person is not null;

    public static PersonLookup Found(DirectoryPerson person) => new(PersonLookupOutcome.Found, person ?? throw new ArgumentNullException(nameof(person)));

    public static PersonLookup NotFound(string reason) => new(PersonLookupOutcome.NotFound, null, reason);

    public static PersonLookup Unavailable(string reason) => new(PersonLookupOutcome.Unavailable, null, reason);
}
