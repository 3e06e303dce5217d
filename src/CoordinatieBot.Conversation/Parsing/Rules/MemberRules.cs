using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Parsing.Patterns;

namespace CoordinatieBot.Conversation.Parsing;

// ---- members and consent: the commands ------------------------------------------------------------------------------

/// <summary>"wie is wie", "who's involved", "members".</summary>
public sealed record WhoIsWhoCommand : Command;

/// <summary>"ik ben van Wijkteam Noord", "I work for Vraagwijzer". The organisation as typed (a lower-case leading article dropped; may carry ", reden: …").</summary>
public sealed record SetOrganisationCommand(string Organisation) : Command;

/// <summary>"mijn rol: uitvoerder", "ik kijk mee", "my role: referrer".</summary>
public sealed record SetRoleCommand(MemberRole Role) : Command;

/// <summary>
/// "toestemming: moeder, schriftelijk, voor Wijkteam, School, GGD, doel: afstemming hulp, tot 1 juni 2027".
/// Only produced when who, how and at least one organisation are present and the end date (if any) is readable and not past;
/// otherwise <see cref="InvalidConsentCommand"/>.
/// </summary>
public sealed record RecordConsentCommand(
    string GivenBy,
    string How,
    IReadOnlyList<string> Organisations,
    string? Purpose,
    DateOnly? Until) : Command;

/// <summary>A consent message that misses a part, or whose end date is unreadable or in the past. <see cref="Until"/> is the end date as read, if any.</summary>
public sealed record InvalidConsentCommand(ConsentProblem Problem, DateParseResult? Until) : Command;

/// <summary>Why a consent message could not be recorded as is.</summary>
public enum ConsentProblem
{
    MissingGivenBy,
    MissingHow,
    MissingOrganisations,
    UntilInPast,
    UntilUnreadable,
}

/// <summary>The rules for the members: who is who, one's role and organisation, and the family's consent to share.</summary>
internal static class MemberRules
{
    // ---- who is who -------------------------------------------------------------------------------------------------

    public static readonly Rule[] WhoIsWho =
    [
        Rule.Dutch(@"^wie\s+(is|zijn)\s+wie$", _ => new WhoIsWhoCommand()),
        Rule.Dutch(@"^wie\s+(zijn|zitten|doen|doet)\s+(er\s+)?(allemaal\s+)?(mee|erin|er\s+in|betrokken|bij|erbij|er\s+bij)(\s+betrokken)?(\s+bij\s+(dit|het)\s+gezin)?$", _ => new WhoIsWhoCommand()),
        Rule.Dutch(@"^wie\s+zijn\s+er(\s+allemaal)?(\s+betrokken)?$", _ => new WhoIsWhoCommand()),
        Rule.Dutch(@"^((toon|laat)\s+(de\s+|alle\s+)?)?(leden|deelnemers|betrokkenen|betrokken\s+professionals|teamleden)(\s+zien)?$", _ => new WhoIsWhoCommand()),
        Rule.Dutch(@"^wie\s+zijn\s+(de\s+)?(leden|deelnemers|betrokkenen)$", _ => new WhoIsWhoCommand()),
        Rule.AnyLanguage(@"^(team|het\s+team|the\s+team)$", _ => new WhoIsWhoCommand()),
        Rule.English(@"^who('?s|\s+is)\s+who$", _ => new WhoIsWhoCommand()),
        Rule.English(@"^who('?s|\s+is|\s+are|'re)\s+(all\s+)?(involved|in\s+this\s+family|on\s+the\s+team|in\s+the\s+team|here|on\s+board)$", _ => new WhoIsWhoCommand()),
        Rule.English(@"^((show|list)\s+(the\s+|all\s+)?)?(members|participants|team\s+members|people\s+involved)$", _ => new WhoIsWhoCommand()),
        Rule.English(@"^who\s+are\s+(the\s+)?(members|participants|people\s+involved)$", _ => new WhoIsWhoCommand()),
    ];

    // ---- role -------------------------------------------------------------------------------------------------------

    private const string Role =
        @"(?<role>uitvoerder|uitvoerend|uitvoerende|hulpverlener|executor|doer|practitioner|provider|verwijzer|verwijzend|verwijzende|referrer|referring|" +
        @"observer|observator|waarnemer|meekijker|meelezer|consultatie|consultant|adviseur|advisor|adviser|consultation|watcher)";

    public static readonly Rule[] Roles =
    [
        Rule.Dutch(@"^(mijn\s+|m'n\s+)?rol\s*(is\s*)?:?\s*(de\s+|een\s+)?" + Role + "$", SetRole),
        Rule.Dutch(@"^(zet\s+)?(mijn\s+)?rol\s+(op|naar)\s+" + Role + "$", SetRole),
        Rule.Dutch(@"^ik\s+ben(\s+hier)?\s+(de\s+|een\s+|alleen\s+|enkel\s+)?(voor\s+)?" + Role + "$", SetRole),
        Rule.Dutch(@"^(ik\s+(kijk|lees)\s+(alleen\s+|enkel\s+)?mee|(alleen|enkel)\s+(consultatie|meekijken|meelezen))$", _ => new SetRoleCommand(MemberRole.Observer)),
        Rule.Dutch(@"^ik\s+verwijs(\s+alleen)?$", _ => new SetRoleCommand(MemberRole.Verwijzer)),
        Rule.Dutch(@"^ik\s+voer\s+uit$", _ => new SetRoleCommand(MemberRole.Uitvoerder)),
        Rule.AnyLanguage(@"^(observer|observator|waarnemer|meekijker)$", _ => new SetRoleCommand(MemberRole.Observer)),
        Rule.English(@"^(my\s+)?role\s*(is\s*)?:?\s*(a\s+|an\s+|the\s+)?" + Role + "$", SetRole),
        Rule.English(@"^(set\s+)?(my\s+)?role\s+to\s+(a\s+|an\s+)?" + Role + "$", SetRole),
        Rule.English(@"^(i'?m|i\s+am)\s+(here\s+)?(a\s+|an\s+|the\s+|just\s+(a\s+|an\s+)?|only\s+(a\s+|an\s+)?)?(here\s+)?(for\s+)?" + Role + @"(\s+only)?$", SetRole),
        Rule.English(@"^((i'?m|i\s+am)\s+)?(just\s+|only\s+)?(watching|observing|following\s+along|consultation\s+only)$", _ => new SetRoleCommand(MemberRole.Observer)),
    ];

    private static Command? SetRole(RuleMatch match) => match.Folded("role") switch
    {
        "uitvoerder" or "uitvoerend" or "uitvoerende" or "hulpverlener" or "executor" or "doer" or "practitioner" or "provider" => new SetRoleCommand(MemberRole.Uitvoerder),
        "verwijzer" or "verwijzend" or "verwijzende" or "referrer" or "referring" => new SetRoleCommand(MemberRole.Verwijzer),
        "" => null,
        _ => new SetRoleCommand(MemberRole.Observer),
    };

    // ---- organisation -----------------------------------------------------------------------------------------------

    public static readonly Rule[] Organisation =
    [
        Rule.Dutch(@"^ik\s+(ben\s+van|kom\s+van|kom\s+uit|zit\s+bij|ben\s+vanuit|werk\s+bij|werk\s+voor|werk\s+vanuit)\s+(?<organisation>.+)$", SetOrganisation),
        Rule.Dutch(@"^(mijn\s+|m'n\s+)?(organisatie|instelling|werkgever)\s*(is\s*)?:?\s*(?<organisation>.+)$", SetOrganisation),
        Rule.Dutch(@"^(zet\s+)?(mijn\s+)?organisatie\s+(op|naar)\s+(?<organisation>.+)$", SetOrganisation),
        Rule.English(@"^(i'?m|i\s+am)\s+(from|with)\s+(?<organisation>.+)$", SetOrganisation),
        Rule.English(@"^i\s+work\s+(at|for|with|in)\s+(?<organisation>.+)$", SetOrganisation),
        Rule.English(@"^(my\s+)?(organisation|organization|org|employer|agency)\s*(is\s*)?:?\s*(?<organisation>.+)$", SetOrganisation),
    ];

    private static Command? SetOrganisation(RuleMatch match)
    {
        var organisation = StripArticle(match.Text("organisation"));
        return organisation.Length == 0 ? null : new SetOrganisationCommand(organisation);
    }

    // ---- consent ----------------------------------------------------------------------------------------------------

    public static readonly Rule[] Consent =
    [
        Rule.Dutch(@"^(toestemming(\s+gezin|\s+van\s+het\s+gezin|\s+gegeven|\s+vastleggen)?|(het\s+)?gezin\s+geeft\s+toestemming|instemming)" + KeywordEnd + @"\s*[:,-]?\s*(?<details>.*)$", RecordConsent),
        Rule.English(@"^((family\s+)?consent(\s+given|\s+recorded)?|(the\s+)?family\s+gives\s+consent)" + KeywordEnd + @"\s*[:,-]?\s*(?<details>.*)$", RecordConsent),
    ];

    private static Command RecordConsent(RuleMatch match)
    {
        var (original, folded) = match.Slice("details");
        // The keyword alone ("toestemming", "consent"): the form asks for each part.
        if (folded.Trim().Length == 0) return new ShowFormCommand(FormKind.Consent);
        var read = ConsentReader.Read(original, folded, match.Today);
        string Clean(string? part) => part is null ? "" : StripArticle(match.Clean(part));
        var givenBy = Clean(read.GivenBy);
        var how = Clean(read.How);
        var organisations = read.Organisations.Select(Clean).Where(x => x.Length > 0).ToList();
        var purpose = Clean(read.Purpose);
        if (givenBy.Length == 0) return new InvalidConsentCommand(ConsentProblem.MissingGivenBy, read.Until);
        if (how.Length == 0) return new InvalidConsentCommand(ConsentProblem.MissingHow, read.Until);
        if (organisations.Count == 0) return new InvalidConsentCommand(ConsentProblem.MissingOrganisations, read.Until);
        if (read.Until is { Outcome: DateOutcome.InPast }) return new InvalidConsentCommand(ConsentProblem.UntilInPast, read.Until);
        if (read.Until is { Outcome: not DateOutcome.Ok }) return new InvalidConsentCommand(ConsentProblem.UntilUnreadable, read.Until);
        return new RecordConsentCommand(givenBy, how, organisations, purpose.Length == 0 ? null : purpose, read.Until?.Date);
    }

    /// <summary>Drops a lower-case article the user put in front ("de GGD" → "GGD"), keeps a capitalised one ("De Vlinder").</summary>
    private static string StripArticle(string s)
    {
        foreach (var article in new[] { "de ", "het ", "the " })
            if (s.StartsWith(article, StringComparison.Ordinal) && s.Length > article.Length) return s[article.Length..].Trim();
        return s;
    }
}
