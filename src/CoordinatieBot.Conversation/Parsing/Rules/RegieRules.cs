using static CoordinatieBot.Conversation.Parsing.Patterns;

namespace CoordinatieBot.Conversation.Parsing;

// ---- regie: the commands --------------------------------------------------------------------------------------------

/// <summary>"wie is regisseur?", "who leads".</summary>
public sealed record WhoIsRegisseurCommand : Command;

/// <summary>"ik neem de regie", "ik neem de regie over", "I take the lead".</summary>
public sealed record TakeRegieCommand : Command;

/// <summary>"regie overdragen aan @Fatima", "hand over the lead to @Fatima because …".</summary>
public sealed record HandOverRegieCommand(PersonRef To, string? Reason) : Command;

/// <summary>"ik accepteer de regie", "accept the lead".</summary>
public sealed record AcceptRegieCommand : Command;

/// <summary>"regie weigeren: te veel gezinnen", "decline the lead because …".</summary>
public sealed record DeclineRegieCommand(string? Reason) : Command;

/// <summary>The rules for regie: who is regisseur, accepting or declining it, taking it, handing it over.</summary>
internal static class RegieRules
{
    public static readonly Rule[] WhoIsRegisseur =
    [
        Rule.Dutch(@"^wie\s+(is|heeft|doet|voert|zit\s+op)(\s+hier|\s+nu)?\s+(de\s+|het\s+)?(regisseur|regie|gezinsmanager|gezinscoach|casusregisseur|regievoerder|regisseurschap|coordinator|coordinatie)" +
            @"(\s+(hier|nu|van\s+dit\s+gezin|bij\s+dit\s+gezin|van\s+het\s+gezin))?$", _ => new WhoIsRegisseurCommand()),
        Rule.AnyLanguage(@"^(regisseur|de\s+regisseur)$", _ => new WhoIsRegisseurCommand()),
        Rule.English(@"^who('?s|\s+is)\s+(the\s+)?(regisseur|lead|case\s+manager|coordinator|family\s+manager|in\s+charge|leading)(\s+(here|now|for\s+this\s+family))?$", _ => new WhoIsRegisseurCommand()),
        Rule.English(@"^who\s+(leads|has\s+the\s+lead|is\s+leading|coordinates|has\s+(the\s+)?regie|is\s+in\s+charge)(\s+(here|now))?$", _ => new WhoIsRegisseurCommand()),
    ];

    public static readonly Rule[] Accept =
    [
        Rule.Dutch(@"^(ik\s+)?(accepteer|aanvaard)(\s+de|\s+het)?(\s+(regie|overdracht|regisseurschap)(\s+van\s+.+)?)?$", _ => new AcceptRegieCommand()),
        Rule.Dutch(@"^(de\s+)?(regie|overdracht)\s+(accepteren|aanvaarden|geaccepteerd|aanvaard|akkoord)$", _ => new AcceptRegieCommand()),
        Rule.Dutch(@"^(akkoord|ja)\s*,?\s+(ik\s+accepteer\s+)?(de\s+)?(regie|overdracht)$", _ => new AcceptRegieCommand()),
        Rule.English(@"^(i\s+)?accept(\s+the)?(\s+(lead|regie|handover|hand\s*over))?$", _ => new AcceptRegieCommand()),
        Rule.English(@"^(the\s+)?(lead|regie|handover)\s+accepted$", _ => new AcceptRegieCommand()),
    ];

    public static readonly Rule[] Decline =
    [
        Rule.Dutch(@"^(ik\s+)?(weiger|wijs)(\s+de|\s+het)?(\s+(regie|overdracht|regisseurschap))?(\s+af)?(" + ReasonAfterPerson + ")?$", DeclineRegie),
        Rule.Dutch(@"^(de\s+)?(regie|overdracht)\s+(weigeren|afwijzen|afslaan|niet\s+accepteren|niet\s+aannemen|geweigerd|afgewezen)(" + ReasonAfterPerson + ")?$", DeclineRegie),
        Rule.Dutch(@"^ik\s+(neem|accepteer)\s+(de\s+)?regie\s+niet(\s+aan|\s+over)?(" + ReasonAfterPerson + ")?$", DeclineRegie),
        Rule.English(@"^(i\s+)?(decline|reject|refuse)(\s+the)?(\s+(lead|regie|handover|hand\s*over))?(" + ReasonAfterPerson + ")?$", DeclineRegie),
        Rule.English(@"^i\s+(can'?t|cannot|won'?t)\s+take\s+(the\s+)?(lead|regie)(" + ReasonAfterPerson + ")?$", DeclineRegie),
    ];

    private static Command DeclineRegie(RuleMatch match) => new DeclineRegieCommand(match.OptionalText("reason"));

    public static readonly Rule[] Take =
    [
        Rule.Dutch(@"^(ik\s+)?(neem|pak|wil)\s+(de\s+)?regie(\s+(wel|op\s+me|op\s+mij|over|op))?$", _ => new TakeRegieCommand()),
        Rule.Dutch(@"^ik\s+(ben|word)(\s+hier|\s+nu)?\s+(de\s+)?(regisseur|gezinsmanager|gezinscoach|casusregisseur|regievoerder)(\s+(hier|nu))?$", _ => new TakeRegieCommand()),
        Rule.Dutch(@"^(regie\s+(nemen|pakken|overnemen)|ik\s+neem\s+(het\s+)?regisseurschap(\s+op\s+me)?)$", _ => new TakeRegieCommand()),
        Rule.English(@"^(i'?ll\s+|i\s+will\s+|i\s+)?take(\s+over)?\s+(the\s+)?(lead|regie)(\s+(on\s+this|here))?$", _ => new TakeRegieCommand()),
        Rule.English(@"^i('ll|\s+will)\s+(be|become)\s+(the\s+)?(regisseur|lead|case\s+manager|coordinator)$", _ => new TakeRegieCommand()),
        Rule.English(@"^(i'?m|i\s+am)\s+(the\s+)?(regisseur|lead)(\s+(here|now))?$", _ => new TakeRegieCommand()),
    ];

    public static readonly Rule[] HandOver =
    [
        Rule.Dutch(@"^(ik\s+)?(wil\s+)?(draag|geef)\s+(de\s+)?regie\s+(over\s+|door\s+)?(aan|naar)\s+" + Person + "(" + ReasonAfterPerson + ")?$", HandOverRegie),
        Rule.Dutch(@"^(ik\s+)?(wil\s+)?(de\s+)?regie\s+(overdragen|overgeven|doorgeven|geven|overzetten)\s+(aan|naar)\s+" + Person + "(" + ReasonAfterPerson + ")?$", HandOverRegie),
        Rule.Dutch(@"^(de\s+)?regie\s+(naar|aan)\s+" + Person + "(" + ReasonAfterPerson + ")?$", HandOverRegie),
        Rule.Dutch(@"^overdracht\s+(van\s+)?(de\s+)?regie\s+(aan|naar)\s+" + Person + "(" + ReasonAfterPerson + ")?$", HandOverRegie),
        Rule.Dutch(@"^(regie\s+)?overdragen\s+aan\s+" + Person + "(" + ReasonAfterPerson + ")?$", HandOverRegie),
        Rule.English(@"^(i'?ll\s+|i\s+will\s+|i\s+)?(hand|pass|give|transfer)\s+(over\s+)?(the\s+)?(lead|regie)\s+(over\s+)?to\s+" + Person + "(" + ReasonAfterPerson + ")?$", HandOverRegie),
        Rule.English(@"^hand\s*over\s+(of\s+)?(the\s+)?(lead|regie)\s+to\s+" + Person + "(" + ReasonAfterPerson + ")?$", HandOverRegie),
    ];

    private static Command? HandOverRegie(RuleMatch match) =>
        match.Person("person") is { } to ? new HandOverRegieCommand(to, match.OptionalText("reason")) : null;
}
