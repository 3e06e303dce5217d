namespace CoordinatieBot.Conversation.Parsing;

// ---- overviews: the commands ----------------------------------------------------------------------------------------

/// <summary>"help", "hulp", "hallo", "wat kan je", "?", "what can you do"; also an empty message.</summary>
public sealed record HelpCommand : Command;

/// <summary>"dank je wel", "bedankt voor je hulp", "top, thanks!": a thank-you, answered briefly (not with the help).</summary>
public sealed record ThanksCommand : Command;

/// <summary>"mijn taken", "what's on my list".</summary>
public sealed record MyTasksCommand : Command;

/// <summary>"geschiedenis", "wat is er veranderd", "history", "log".</summary>
public sealed record HistoryCommand : Command;

/// <summary>"dagoverzicht aan/uit": one daily overview instead of separate reminders.</summary>
public sealed record DigestCommand(bool On) : Command;

/// <summary>The rules for overviews: help, one's own tasks, the history, the daily digest on or off.</summary>
internal static class OverviewRules
{
    public static readonly Rule[] Help =
    [
        Rule.AnyLanguage(@"^(help|help\s+me|menu|hey|\?+)$", _ => new HelpCommand()),
        Rule.Dutch(@"^(hulp|hulp\s+nodig|hallo|hoi|hee|hai|goedemorgen|goedemiddag|goedenavond|uitleg|commando'?s|opdrachten|" +
            @"wat\s+kan\s+(je|jij|u|de\s+bot|deze\s+bot)(\s+allemaal)?(\s+doen)?|wat\s+kun\s+(je|jij|u)(\s+allemaal)?(\s+doen)?|" +
            @"hoe\s+werkt\s+(het|dit|de\s+bot|deze\s+bot)|wat\s+doe\s+je|wat\s+moet\s+ik\s+typen|(hoi|hallo|hey|hee)\s+(bot|coordinatiebot)|help\s+mij)$",
            _ => new HelpCommand()),
        Rule.English(@"^(hello|hi|hi\s+there|hey\s+there|good\s+(morning|afternoon|evening)|commands|show\s+commands|" +
            @"what\s+can\s+(you|u|the\s+bot|this\s+bot)(\s+all)?\s+do|what\s+do\s+you\s+do|how\s+does\s+(it|this|the\s+bot)\s+work|" +
            @"how\s+do\s+i\s+use\s+(this|you|the\s+bot)|(hi|hello)\s+bot)$",
            _ => new HelpCommand()),
    ];

    /// <summary>A thank-you, perhaps after "top" or "super", to the bot or to a colleague, perhaps "for" something.</summary>
    public static readonly Rule[] Thanks =
    [
        Rule.Dutch(@"^((top|super|mooi|fijn|prima|oke?|helder|duidelijk|geweldig|perfect)[\s,!.]+)?(dank\s*je(\s*wel)?|dank\s+u(\s+wel)?|dank\s+jullie(\s+wel)?|bedankt|hartelijk\s+dank|veel\s+dank|merci)" +
            @"(\s+(hoor|allemaal|bot|coordinatiebot|iedereen|voor\s+[^,;]{1,60}))?$", _ => new ThanksCommand()),
        Rule.English(@"^((great|perfect|ok(ay)?|cool|nice|super)[\s,!.]+)?(thanks|thank\s+you|thx|cheers|many\s+thanks)(\s+(so\s+much|a\s+lot|all|bot|everyone|for\s+[^,;]{1,60}))?$", _ => new ThanksCommand()),
    ];

    public static readonly Rule[] MyTasks =
    [
        Rule.Dutch(@"^(mijn|m'n|mn)\s+(taken|acties|actiepunten|todo'?s|to-?do'?s|lijst|takenlijst|openstaande\s+taken|open\s+taken)$", _ => new MyTasksCommand()),
        Rule.Dutch(@"^(toon|laat|geef)\s+((mij|me)\s+)?(mijn|m'n)\s+(taken|acties|actiepunten)(\s+zien)?$", _ => new MyTasksCommand()),
        Rule.Dutch(@"^(wat\s+moet\s+ik(\s+nog)?(\s+doen)?|wat\s+staat\s+er(\s+nog)?\s+(voor\s+mij|op\s+mijn\s+(lijst|naam))(\s+open)?|welke\s+taken\s+heb\s+ik(\s+nog)?(\s+open)?|wat\s+heb\s+ik\s+(nog\s+)?open(staan)?)$", _ => new MyTasksCommand()),
        Rule.English(@"^((show|list|give)\s+(me\s+)?)?my\s+(tasks|actions|todos|to-?dos|list|open\s+tasks|action\s+items)$", _ => new MyTasksCommand()),
        Rule.English(@"^(what('?s|\s+is)\s+on\s+my\s+(list|plate|to-?do\s+list)|what\s+(do|should|must)\s+i\s+(still\s+)?(need\s+to\s+)?do|what\s+are\s+my\s+tasks|which\s+tasks\s+do\s+i\s+have)$", _ => new MyTasksCommand()),
    ];

    public static readonly Rule[] History =
    [
        Rule.AnyLanguage(@"^log$", _ => new HistoryCommand()),
        Rule.Dutch(@"^((toon|laat|bekijk)\s+(de\s+)?)?(geschiedenis|historie|logboek|wijzigingen|tijdlijn)(\s+zien)?$", _ => new HistoryCommand()),
        Rule.Dutch(@"^wat\s+is\s+er(\s+allemaal)?\s+(veranderd|gewijzigd|gebeurd|aangepast)(\s+.{1,40})?$", _ => new HistoryCommand()),
        Rule.English(@"^((show|view)\s+(the\s+)?)?(history|changes|change\s*log|audit\s+log|timeline)$", _ => new HistoryCommand()),
        Rule.English(@"^what\s+(has\s+|'?s\s+)?(changed|happened)(\s+.{1,40})?$", _ => new HistoryCommand()),
    ];

    /// <summary>Opt-in: one daily overview instead of separate reminders.</summary>
    public static readonly Rule[] Digest =
    [
        Rule.Dutch(@"^(dagoverzicht|dagelijks\s+overzicht|digest|samenvatting)\s+(?<onOrOff>aan|uit)$", match => new DigestCommand(match.Folded("onOrOff") == "aan")),
        Rule.English(@"^(daily\s+)?(digest|summary|overview)\s+(?<onOrOff>on|off)$", match => new DigestCommand(match.Folded("onOrOff") == "on")),
    ];
}
