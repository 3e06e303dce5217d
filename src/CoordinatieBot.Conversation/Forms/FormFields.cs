using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;

namespace CoordinatieBot.Conversation.Forms;

/// <summary>The fields of the forms (their input ids), and which verb sends which form.</summary>
public static class FormFields
{
    /// <summary>Which form this is: one form sent twice (a double click, a second device) makes one thing.</summary>
    public const string FormId = "form";
    public const string Title = "title";
    /// <summary>What the people picker gave: an Entra object id, or the id of a member offered on the form.</summary>
    public const string Owner = "owner";
    /// <summary>Set only by the Teams edge once it found the picked person in the conversation (never taken from the client).</summary>
    public const string OwnerUserId = "ownerUserId";
    public const string OwnerName = "ownerName";
    public const string Due = "due";
    public const string Urgent = "urgent";
    public const string Leefgebied = "leefgebied";
    public const string Goal = "goal";
    public const string FamilyWords = "words";
    public const string GivenBy = "givenBy";
    public const string How = "how";
    public const string Organisations = "orgs";
    public const string OtherOrganisations = "otherOrgs";
    public const string Purpose = "purpose";
    public const string ValidUntil = "validUntil";

    /// <summary>The fields a client may send; anything else in a form's data is dropped.</summary>
    public static readonly IReadOnlySet<string> Inputs = new HashSet<string>(StringComparer.Ordinal)
    {
        FormId, Title, Owner, Due, Urgent, Leefgebied, Goal, FamilyWords, GivenBy, How, Organisations, OtherOrganisations, Purpose, ValidUntil,
        CardVerbs.Keys.FamilyId, CardVerbs.Keys.Language, CardVerbs.Keys.Card,
    };

    public static FormKind? KindOf(string verb) => verb switch
    {
        CardVerbs.FormTask => FormKind.Task,
        CardVerbs.FormGoal => FormKind.Goal,
        CardVerbs.FormConsent => FormKind.Consent,
        _ => null,
    };

    public static string VerbOf(FormKind kind) => kind switch
    {
        FormKind.Goal => CardVerbs.FormGoal,
        FormKind.Consent => CardVerbs.FormConsent,
        _ => CardVerbs.FormTask,
    };
}
