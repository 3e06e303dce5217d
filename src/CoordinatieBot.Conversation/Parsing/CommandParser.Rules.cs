using System.Text.RegularExpressions;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Parsing;

public static partial class CommandParser
{
    /// <summary>All rules, in the order they are tried.</summary>
    private static readonly Rule[] Rules =
    [
        // ---- help ----------------------------------------------------------------------------------------------------
        R(null, @"^(help|help\s+me|menu|hey|\?+)$", (_, _) => new HelpCommand()),
        R(Nl, @"^(hulp|hulp\s+nodig|hallo|hoi|hee|hai|goedemorgen|goedemiddag|goedenavond|uitleg|commando'?s|opdrachten|" +
              @"wat\s+kan\s+(je|jij|u|de\s+bot|deze\s+bot)(\s+allemaal)?(\s+doen)?|wat\s+kun\s+(je|jij|u)(\s+allemaal)?(\s+doen)?|" +
              @"hoe\s+werkt\s+(het|dit|de\s+bot|deze\s+bot)|wat\s+doe\s+je|wat\s+moet\s+ik\s+typen|(hoi|hallo|hey|hee)\s+(bot|coordinatiebot)|help\s+mij)$",
            (_, _) => new HelpCommand()),
        R(En, @"^(hello|hi|hi\s+there|hey\s+there|good\s+(morning|afternoon|evening)|commands|show\s+commands|" +
              @"what\s+can\s+(you|u|the\s+bot|this\s+bot)(\s+all)?\s+do|what\s+do\s+you\s+do|how\s+does\s+(it|this|the\s+bot)\s+work|" +
              @"how\s+do\s+i\s+use\s+(this|you|the\s+bot)|(hi|hello)\s+bot)$",
            (_, _) => new HelpCommand()),

        // ---- escalate a task -----------------------------------------------------------------------------------------
        R(Nl, @"^(escaleer|escaleren|escalatie)\s+(van\s+|voor\s+)?" + N + "$", (m, _) => new EscalateTaskCommand(Ctx.Number(m))),
        R(Nl, "^" + N + @"\s+(escaleren|escaleer)$", (m, _) => new EscalateTaskCommand(Ctx.Number(m))),
        R(En, @"^(escalate|escalation)\s+(of\s+|for\s+)?" + N + "$", (m, _) => new EscalateTaskCommand(Ctx.Number(m))),
        R(En, "^" + N + @"\s+(escalate|escalated)$", (m, _) => new EscalateTaskCommand(Ctx.Number(m))),

        // ---- task status by number -----------------------------------------------------------------------------------
        R(Nl, @"^(ik\s+heb\s+)?" + N + @"\s+(is\s+)?(nu\s+)?(klaar|gedaan|afgerond|af|voltooid|opgelost|geregeld|afgevinkt|gereed)$", Done),
        R(Nl, @"^(ik\s+ben\s+|ben\s+)?(klaar|gereed)\s+met\s+" + N + "$", Done),
        R(Nl, @"^(vink\s+" + N + @"\s+af|(markeer|zet)\s+" + N + @"\s+(als|op)\s+(klaar|gedaan|afgerond)|(afgerond|gedaan|afvinken)\s*:?\s*" + N + ")$", Done),
        R(En, "^" + N + @"\s+(is\s+)?(done|finished|completed|complete|ready|closed|resolved)$", Done),
        R(En, @"^((i'?m|i\s+am)\s+)?(done|finished)\s+with\s+" + N + "$", Done),
        R(En, @"^(i\s+(have\s+|'ve\s+)?)?(done|finished|completed|complete|close|closed|resolved)\s*:?\s*" + N + "$", Done),
        R(En, @"^(mark\s+" + N + @"\s+(as\s+)?(done|complete|completed|finished)|(check|tick)\s+off\s+" + N + @"|(check|tick)\s+" + N + @"\s+off)$", Done),

        R(Nl, "^" + N + @"\s*[:,-]?\s*(is\s+)?(bezig|in\s+behandeling|loopt|in\s+uitvoering)\s*[,:;-]?\s*(klaar\s+|af\s+)?(?<u>(tot|verwacht|uiterlijk|rond|voor)\b.+)$", InProgressUntil),
        R(En, "^" + N + @"\s*[:,-]?\s*(is\s+)?(in\s+progress|ongoing|underway)\s*[,:;-]?\s*(done\s+)?(?<u>(until|expected|by|around)\b.+)$", InProgressUntil),
        R(Nl, "^" + N + @"\s+(is\s+)?(bezig|in\s+behandeling|onderhanden|loopt|opgepakt|gestart|begonnen|mee\s+bezig|ermee\s+bezig|in\s+uitvoering)$", InProgress),
        R(Nl, @"^(ik\s+ben\s+|ben\s+)?(bezig|begonnen|gestart)\s+(met|aan)\s+" + N + "$", InProgress),
        R(Nl, @"^(ik\s+)?((pak|start)\s+" + N + @"(\s+op)?|(begin|start)\s+(met|aan)\s+" + N + @"|werk\s+aan\s+" + N + ")$", InProgress),
        R(En, "^" + N + @"\s+(is\s+)?(in\s+progress|ongoing|started|underway|being\s+worked\s+on|on\s+it|wip)$", InProgress),
        R(En, @"^((i'?m|i\s+am)\s+)?(working\s+on|started\s+on|started|starting|on)\s+" + N + "$", InProgress),
        R(En, @"^(i'?ll\s+|i\s+will\s+|i\s+)?(start|pick\s+up|take\s+on|begin)\s+" + N + "$", InProgress),

        R(Nl, "^" + N + @"\s*[:,-]?\s*(we\s+)?(wacht|wachten|wachtend|staat\s+te\s+wachten|in\s+afwachting)\s+(op|van)\s+(?<p>.+)$", Waiting),
        R(Nl, "^" + N + @"\s*[:,-]?\s*(staat\s+)?op\s+(de\s+)?(?<p>wachtlijst.*)$", Waiting),
        R(En, "^" + N + @"\s*[:,-]?\s*(is\s+|we'?re\s+|we\s+are\s+)?(waiting|waits|wait|pending)\s+(for|on)\s+(?<p>.+)$", Waiting),
        R(En, "^" + N + @"\s*[:,-]?\s*(is\s+)?on\s+(the\s+|a\s+)?(?<p>waiting\s+list.*)$", Waiting),

        R(Nl, "^" + N + @"\s*[:,-]?\s*(lukt\s+niet|gaat\s+niet\s+lukken|gaat\s+niet|kan\s+niet|is\s+niet\s+mogelijk|niet\s+mogelijk|onmogelijk|niet\s+gelukt|is\s+mislukt|mislukt)(" + ReasonLoose + ")?$", NotPossible),
        R(En, "^" + N + @"\s*[:,-]?\s*(can'?t\s+be\s+done|cannot\s+be\s+done|can\s+not\s+be\s+done|is\s+not\s+possible|not\s+possible|impossible|won'?t\s+work|didn'?t\s+work|" +
              @"can'?t\s+do\s+it|failed|won'?t\s+happen|not\s+feasible|is\s+blocked|blocked)(" + ReasonLoose + ")?$", NotPossible),

        R(Nl, "^" + N + @"\s+(overdragen\s+aan|overzetten\s+naar|over\s+naar|over\s+aan|gaat\s+naar|toewijzen\s+aan|voor|naar)\s+" + P + "$", Reassign),
        R(Nl, @"^(draag|zet|wijs|geef)\s+" + N + @"\s+(over\s+aan|over\s+naar|toe\s+aan|aan|naar)\s+" + P + "$", Reassign),
        R(En, @"^(reassign|assign|move|give|hand\s+over|transfer|pass)\s+" + N + @"\s+to\s+" + P + "$", Reassign),
        R(En, "^" + N + @"\s+(to|reassign\s+to|goes\s+to|for)\s+" + P + "$", Reassign),

        R(Nl, "^" + N + @"\s*[:,-]?\s*(wordt\s+|is\s+)?(nieuwe\s+(datum|deadline|einddatum|termijn)|verzetten|verzet|verplaatsen|verplaatst|verplaats|verschuiven|verschuift|verschuif|uitstellen|uitgesteld|opschuiven|schuift\s+op|schuift)" +
              @"\s*(naar|tot|op|:)?\s*(?<rest>.+)$", (m, c) => NewDate(m, c, strict: false)),
        R(Nl, @"^(verzet|verplaats|verschuif|schuif)\s+" + N + @"\s+(op\s+)?(naar|tot|op)\s+(?<rest>.+)$", (m, c) => NewDate(m, c, strict: false)),
        R(Nl, @"^(stel\s+)?" + N + @"\s+uit\s+(tot|naar)\s+(?<rest>.+)$", (m, c) => NewDate(m, c, strict: false)),
        R(En, "^" + N + @"\s*[:,-]?\s*(is\s+)?(new\s+(date|deadline|due\s+date)|moved?\s+to|postponed?\s+(to|until|till)|rescheduled?\s+(to|for)|push(ed)?\s+(back\s+)?to|delay(ed)?\s+(to|until)|shift(ed)?\s+to)" +
              @"\s*:?\s*(?<rest>.+)$", (m, c) => NewDate(m, c, strict: false)),
        R(En, @"^(move|postpone|reschedule|push\s+back|push|delay|shift)\s+" + N + @"\s+(to|until|till|for)\s+(?<rest>.+)$", (m, c) => NewDate(m, c, strict: false)),
        R(Nl, "^" + N + @"\s+(naar|op|voor)\s+(?<rest>.+)$", (m, c) => NewDate(m, c, strict: true)),
        R(En, "^" + N + @"\s+(to|on|by|before)\s+(?<rest>.+)$", (m, c) => NewDate(m, c, strict: true)),

        // ---- family --------------------------------------------------------------------------------------------------
        R(Nl, @"^(start|begin|open|maak|nieuw|nieuwe)\s+(een\s+)?(nieuw\s+|nieuwe\s+)?(gezin|casus|dossier)(\s*:\s*|\s+)(?<a>.+)$", StartFamily),
        R(Nl, @"^(gezin|casus)\s+(?<a>.+?)\s+(starten|beginnen|aanmaken|openen|toevoegen)$", StartFamily),
        R(Nl, @"^(gezin|casus)\s+(starten|beginnen|aanmaken|openen)\s*:?\s*(?<a>.*)$", StartFamily),
        R(Nl, @"^(start|begin|open|maak|nieuw|nieuwe)\s+(een\s+)?(nieuw\s+|nieuwe\s+)?(gezin|casus|dossier)$", StartFamily),
        R(En, @"^(start|begin|open|create|add|new)\s+(a\s+)?(new\s+)?(family|case)(\s*:\s*|\s+)(?<a>.+)$", StartFamily),
        R(En, @"^(family|case)\s+(?<a>.+?)\s+(start|create|open)$", StartFamily),
        R(En, @"^(start|begin|open|create|add|new)\s+(a\s+)?(new\s+)?(family|case)$", StartFamily),

        // ---- regie ---------------------------------------------------------------------------------------------------
        R(Nl, @"^wie\s+(is|heeft|doet|voert|zit\s+op)(\s+hier|\s+nu)?\s+(de\s+|het\s+)?(regisseur|regie|gezinsmanager|gezinscoach|casusregisseur|regievoerder|regisseurschap|coordinator|coordinatie)" +
              @"(\s+(hier|nu|van\s+dit\s+gezin|bij\s+dit\s+gezin|van\s+het\s+gezin))?$", (_, _) => new WhoIsRegisseurCommand()),
        R(null, @"^(regisseur|de\s+regisseur)$", (_, _) => new WhoIsRegisseurCommand()),
        R(En, @"^who('?s|\s+is)\s+(the\s+)?(regisseur|lead|case\s+manager|coordinator|family\s+manager|in\s+charge|leading)(\s+(here|now|for\s+this\s+family))?$", (_, _) => new WhoIsRegisseurCommand()),
        R(En, @"^who\s+(leads|has\s+the\s+lead|is\s+leading|coordinates|has\s+(the\s+)?regie|is\s+in\s+charge)(\s+(here|now))?$", (_, _) => new WhoIsRegisseurCommand()),

        R(Nl, @"^(ik\s+)?(accepteer|aanvaard)(\s+de|\s+het)?(\s+(regie|overdracht|regisseurschap)(\s+van\s+.+)?)?$", (_, _) => new AcceptRegieCommand()),
        R(Nl, @"^(de\s+)?(regie|overdracht)\s+(accepteren|aanvaarden|geaccepteerd|aanvaard|akkoord)$", (_, _) => new AcceptRegieCommand()),
        R(Nl, @"^(akkoord|ja)\s*,?\s+(ik\s+accepteer\s+)?(de\s+)?(regie|overdracht)$", (_, _) => new AcceptRegieCommand()),
        R(En, @"^(i\s+)?accept(\s+the)?(\s+(lead|regie|handover|hand\s*over))?$", (_, _) => new AcceptRegieCommand()),
        R(En, @"^(the\s+)?(lead|regie|handover)\s+accepted$", (_, _) => new AcceptRegieCommand()),

        R(Nl, @"^(ik\s+)?(weiger|wijs)(\s+de|\s+het)?(\s+(regie|overdracht|regisseurschap))?(\s+af)?(" + ReasonStrict + ")?$", Decline),
        R(Nl, @"^(de\s+)?(regie|overdracht)\s+(weigeren|afwijzen|afslaan|niet\s+accepteren|niet\s+aannemen|geweigerd|afgewezen)(" + ReasonStrict + ")?$", Decline),
        R(Nl, @"^ik\s+(neem|accepteer)\s+(de\s+)?regie\s+niet(\s+aan|\s+over)?(" + ReasonStrict + ")?$", Decline),
        R(En, @"^(i\s+)?(decline|reject|refuse)(\s+the)?(\s+(lead|regie|handover|hand\s*over))?(" + ReasonStrict + ")?$", Decline),
        R(En, @"^i\s+(can'?t|cannot|won'?t)\s+take\s+(the\s+)?(lead|regie)(" + ReasonStrict + ")?$", Decline),

        R(Nl, @"^(ik\s+)?(neem|pak|wil)\s+(de\s+)?regie(\s+(wel|op\s+me|op\s+mij|over|op))?$", (_, _) => new TakeRegieCommand()),
        R(Nl, @"^ik\s+(ben|word)(\s+hier|\s+nu)?\s+(de\s+)?(regisseur|gezinsmanager|gezinscoach|casusregisseur|regievoerder)(\s+(hier|nu))?$", (_, _) => new TakeRegieCommand()),
        R(Nl, @"^(regie\s+(nemen|pakken|overnemen)|ik\s+neem\s+(het\s+)?regisseurschap(\s+op\s+me)?)$", (_, _) => new TakeRegieCommand()),
        R(En, @"^(i'?ll\s+|i\s+will\s+|i\s+)?take(\s+over)?\s+(the\s+)?(lead|regie)(\s+(on\s+this|here))?$", (_, _) => new TakeRegieCommand()),
        R(En, @"^i('ll|\s+will)\s+(be|become)\s+(the\s+)?(regisseur|lead|case\s+manager|coordinator)$", (_, _) => new TakeRegieCommand()),
        R(En, @"^(i'?m|i\s+am)\s+(the\s+)?(regisseur|lead)(\s+(here|now))?$", (_, _) => new TakeRegieCommand()),

        R(Nl, @"^(ik\s+)?(wil\s+)?(draag|geef)\s+(de\s+)?regie\s+(over\s+|door\s+)?(aan|naar)\s+" + P + "(" + ReasonStrict + ")?$", HandOver),
        R(Nl, @"^(ik\s+)?(wil\s+)?(de\s+)?regie\s+(overdragen|overgeven|doorgeven|geven|overzetten)\s+(aan|naar)\s+" + P + "(" + ReasonStrict + ")?$", HandOver),
        R(Nl, @"^(de\s+)?regie\s+(naar|aan)\s+" + P + "(" + ReasonStrict + ")?$", HandOver),
        R(Nl, @"^overdracht\s+(van\s+)?(de\s+)?regie\s+(aan|naar)\s+" + P + "(" + ReasonStrict + ")?$", HandOver),
        R(Nl, @"^(regie\s+)?overdragen\s+aan\s+" + P + "(" + ReasonStrict + ")?$", HandOver),
        R(En, @"^(i'?ll\s+|i\s+will\s+|i\s+)?(hand|pass|give|transfer)\s+(over\s+)?(the\s+)?(lead|regie)\s+(over\s+)?to\s+" + P + "(" + ReasonStrict + ")?$", HandOver),
        R(En, @"^hand\s*over\s+(of\s+)?(the\s+)?(lead|regie)\s+to\s+" + P + "(" + ReasonStrict + ")?$", HandOver),

        // ---- members -------------------------------------------------------------------------------------------------
        R(Nl, @"^wie\s+(is|zijn)\s+wie$", (_, _) => new WhoIsWhoCommand()),
        R(Nl, @"^wie\s+(zijn|zitten|doen|doet)\s+(er\s+)?(allemaal\s+)?(mee|erin|er\s+in|betrokken|bij|erbij|er\s+bij)(\s+betrokken)?(\s+bij\s+(dit|het)\s+gezin)?$", (_, _) => new WhoIsWhoCommand()),
        R(Nl, @"^wie\s+zijn\s+er(\s+allemaal)?(\s+betrokken)?$", (_, _) => new WhoIsWhoCommand()),
        R(Nl, @"^((toon|laat)\s+(de\s+|alle\s+)?)?(leden|deelnemers|betrokkenen|betrokken\s+professionals|teamleden)(\s+zien)?$", (_, _) => new WhoIsWhoCommand()),
        R(Nl, @"^wie\s+zijn\s+(de\s+)?(leden|deelnemers|betrokkenen)$", (_, _) => new WhoIsWhoCommand()),
        R(null, @"^(team|het\s+team|the\s+team)$", (_, _) => new WhoIsWhoCommand()),
        R(En, @"^who('?s|\s+is)\s+who$", (_, _) => new WhoIsWhoCommand()),
        R(En, @"^who('?s|\s+is|\s+are|'re)\s+(all\s+)?(involved|in\s+this\s+family|on\s+the\s+team|in\s+the\s+team|here|on\s+board)$", (_, _) => new WhoIsWhoCommand()),
        R(En, @"^((show|list)\s+(the\s+|all\s+)?)?(members|participants|team\s+members|people\s+involved)$", (_, _) => new WhoIsWhoCommand()),
        R(En, @"^who\s+are\s+(the\s+)?(members|participants|people\s+involved)$", (_, _) => new WhoIsWhoCommand()),

        R(Nl, @"^(mijn\s+|m'n\s+)?rol\s*(is\s*)?:?\s*(de\s+|een\s+)?" + Role + "$", SetRole),
        R(Nl, @"^(zet\s+)?(mijn\s+)?rol\s+(op|naar)\s+" + Role + "$", SetRole),
        R(Nl, @"^ik\s+ben(\s+hier)?\s+(de\s+|een\s+|alleen\s+|enkel\s+)?(voor\s+)?" + Role + "$", SetRole),
        R(Nl, @"^(ik\s+(kijk|lees)\s+(alleen\s+|enkel\s+)?mee|(alleen|enkel)\s+(consultatie|meekijken|meelezen))$", (_, _) => new SetRoleCommand(MemberRole.Observer)),
        R(Nl, @"^ik\s+verwijs(\s+alleen)?$", (_, _) => new SetRoleCommand(MemberRole.Verwijzer)),
        R(Nl, @"^ik\s+voer\s+uit$", (_, _) => new SetRoleCommand(MemberRole.Uitvoerder)),
        R(null, @"^(observer|observator|waarnemer|meekijker)$", (_, _) => new SetRoleCommand(MemberRole.Observer)),
        R(En, @"^(my\s+)?role\s*(is\s*)?:?\s*(a\s+|an\s+|the\s+)?" + Role + "$", SetRole),
        R(En, @"^(set\s+)?(my\s+)?role\s+to\s+(a\s+|an\s+)?" + Role + "$", SetRole),
        R(En, @"^(i'?m|i\s+am)\s+(here\s+)?(a\s+|an\s+|the\s+|just\s+(a\s+|an\s+)?|only\s+(a\s+|an\s+)?)?(here\s+)?(for\s+)?" + Role + @"(\s+only)?$", SetRole),
        R(En, @"^((i'?m|i\s+am)\s+)?(just\s+|only\s+)?(watching|observing|following\s+along|consultation\s+only)$", (_, _) => new SetRoleCommand(MemberRole.Observer)),

        R(Nl, @"^ik\s+(ben\s+van|kom\s+van|kom\s+uit|zit\s+bij|ben\s+vanuit|werk\s+bij|werk\s+voor|werk\s+vanuit)\s+(?<o>.+)$", SetOrganisation),
        R(Nl, @"^(mijn\s+|m'n\s+)?(organisatie|instelling|werkgever)\s*(is\s*)?:?\s*(?<o>.+)$", SetOrganisation),
        R(Nl, @"^(zet\s+)?(mijn\s+)?organisatie\s+(op|naar)\s+(?<o>.+)$", SetOrganisation),
        R(En, @"^(i'?m|i\s+am)\s+(from|with)\s+(?<o>.+)$", SetOrganisation),
        R(En, @"^i\s+work\s+(at|for|with|in)\s+(?<o>.+)$", SetOrganisation),
        R(En, @"^(my\s+)?(organisation|organization|org|employer|agency)\s*(is\s*)?:?\s*(?<o>.+)$", SetOrganisation),

        // ---- family level --------------------------------------------------------------------------------------------
        R(Nl, @"^(zet\s+)?(het\s+)?(gezins)?niveau\s*(is\s*|op\s*|naar\s*)?:?\s*(naar\s+|op\s+)?" + Level + "$", SetLevel),
        R(Nl, @"^(zet\s+)?(het\s+)?gezin\s+(op|naar)\s+(niveau\s+)?" + Level + "$", SetLevel),
        R(Nl, @"^(afschalen|opschalen|schaal\s+af|schaal\s+op)\s+(naar|tot)\s+(niveau\s+)?" + Level + "$", SetLevel),
        R(En, @"^(set\s+)?(the\s+)?(family\s+)?level\s*(is\s*|to\s*)?:?\s*(to\s+)?" + Level + "$", SetLevel),
        R(En, @"^(scale|step)\s+(up|down)\s+to\s+(level\s+)?" + Level + "$", SetLevel),

        // ---- plan ----------------------------------------------------------------------------------------------------
        R(null, @"^plan$", (_, _) => new ShowPlanCommand()),
        R(Nl, @"^((laat|toon|bekijk|open|geef)\s+)?((mij|me)\s+)?(het\s+|ons\s+)?(gezins)?plan(\s+van\s+aanpak)?(\s+(zien|tonen|laten\s+zien|bekijken))?$", (_, _) => new ShowPlanCommand()),
        R(Nl, @"^(waar\s+staan\s+we|hoe\s+staat\s+het\s+(plan|ervoor))$", (_, _) => new ShowPlanCommand()),
        R(En, @"^((show|view|display|open|see|get)\s+)?(me\s+)?(the\s+|our\s+)?(family\s+)?plan$", (_, _) => new ShowPlanCommand()),
        R(En, @"^what('?s|\s+is)\s+the\s+plan$", (_, _) => new ShowPlanCommand()),

        R(Nl, @"^(mijn|m'n|mn)\s+(taken|acties|actiepunten|todo'?s|to-?do'?s|lijst|takenlijst|openstaande\s+taken|open\s+taken)$", (_, _) => new MyTasksCommand()),
        R(Nl, @"^(toon|laat|geef)\s+((mij|me)\s+)?(mijn|m'n)\s+(taken|acties|actiepunten)(\s+zien)?$", (_, _) => new MyTasksCommand()),
        R(Nl, @"^(wat\s+moet\s+ik(\s+nog)?(\s+doen)?|wat\s+staat\s+er(\s+nog)?\s+(voor\s+mij|op\s+mijn\s+(lijst|naam))(\s+open)?|welke\s+taken\s+heb\s+ik(\s+nog)?(\s+open)?|wat\s+heb\s+ik\s+(nog\s+)?open(staan)?)$", (_, _) => new MyTasksCommand()),
        R(En, @"^((show|list|give)\s+(me\s+)?)?my\s+(tasks|actions|todos|to-?dos|list|open\s+tasks|action\s+items)$", (_, _) => new MyTasksCommand()),
        R(En, @"^(what('?s|\s+is)\s+on\s+my\s+(list|plate|to-?do\s+list)|what\s+(do|should|must)\s+i\s+(still\s+)?(need\s+to\s+)?do|what\s+are\s+my\s+tasks|which\s+tasks\s+do\s+i\s+have)$", (_, _) => new MyTasksCommand()),

        R(null, @"^log$", (_, _) => new HistoryCommand()),
        R(Nl, @"^((toon|laat|bekijk)\s+(de\s+)?)?(geschiedenis|historie|logboek|wijzigingen|tijdlijn)(\s+zien)?$", (_, _) => new HistoryCommand()),
        R(Nl, @"^wat\s+is\s+er(\s+allemaal)?\s+(veranderd|gewijzigd|gebeurd|aangepast)(\s+.{1,40})?$", (_, _) => new HistoryCommand()),
        R(En, @"^((show|view)\s+(the\s+)?)?(history|changes|change\s*log|audit\s+log|timeline)$", (_, _) => new HistoryCommand()),
        R(En, @"^what\s+(has\s+|'?s\s+)?(changed|happened)(\s+.{1,40})?$", (_, _) => new HistoryCommand()),

        R(Nl, @"^(het\s+)?plan\s+(is\s+)?(besproken|doorgesproken|afgestemd|gedeeld|ondertekend|getekend)\s+met\s+(het\s+gezin|gezin|de\s+ouders|ouders|moeder|vader|de\s+familie)(?<tail>[\s:,;.-].*)?$",
            (m, c) => Discussed(m, c, AgreementKind.WithFamily)),
        R(Nl, @"^(het\s+)?plan\s+(is\s+)?met\s+(het\s+)?gezin\s+(besproken|doorgesproken|afgestemd)(?<tail>[\s:,;.-].*)?$", (m, c) => Discussed(m, c, AgreementKind.WithFamily)),
        R(Nl, @"^(het\s+)?gezin\s+(is\s+|gaat\s+)?(akkoord|heeft\s+ingestemd)(\s+met\s+(het\s+)?plan)?(?<tail>[\s:,;.-].*)?$", (m, c) => Discussed(m, c, AgreementKind.WithFamily)),
        R(Nl, @"^(het\s+)?plan\s+(is\s+)?(deels|gedeeltelijk|half|voor\s+een\s+deel)\s+(besproken|afgestemd|doorgesproken)(\s+met\s+(het\s+)?gezin)?(?<tail>[\s:,;.-].*)?$",
            (m, c) => Discussed(m, c, AgreementKind.Partly)),
        R(Nl, @"^(het\s+)?plan\s+(is\s+)?(opgesteld\s+|gemaakt\s+|vastgesteld\s+)?(zonder|buiten)\s+(het\s+gezin|gezin|de\s+ouders|ouders|de\s+familie)(\s+(om|opgesteld|gemaakt|vastgesteld|besproken))?(?<tail>[\s:,;.-].*)?$",
            (m, c) => Discussed(m, c, AgreementKind.WithoutFamily)),
        R(Nl, @"^(het\s+)?plan\s+(is\s+)?niet\s+(besproken|afgestemd)\s+met\s+(het\s+)?gezin(?<tail>[\s:,;.-].*)?$", (m, c) => Discussed(m, c, AgreementKind.WithoutFamily)),
        R(En, @"^(the\s+)?plan\s+(was\s+|has\s+been\s+|is\s+)?(discussed|agreed|shared|reviewed|signed)\s+with\s+(the\s+family|family|the\s+parents|parents|the\s+mother|mother|the\s+father|father)(?<tail>[\s:,;.-].*)?$",
            (m, c) => Discussed(m, c, AgreementKind.WithFamily)),
        R(En, @"^(the\s+)?family\s+(has\s+)?(agreed|agrees)(\s+(to|with)\s+the\s+plan)?(?<tail>[\s:,;.-].*)?$", (m, c) => Discussed(m, c, AgreementKind.WithFamily)),
        R(En, @"^(the\s+)?plan\s+(was\s+|has\s+been\s+|is\s+)?(partly|partially|half)\s+(discussed|agreed|reviewed)(\s+with\s+(the\s+)?family)?(?<tail>[\s:,;.-].*)?$",
            (m, c) => Discussed(m, c, AgreementKind.Partly)),
        R(En, @"^(the\s+)?plan\s+(was\s+|is\s+)?(made\s+|drawn\s+up\s+|agreed\s+)?without\s+(the\s+)?(family|parents)(\s+(agreement|consent|cooperation))?(?<tail>[\s:,;.-].*)?$",
            (m, c) => Discussed(m, c, AgreementKind.WithoutFamily)),
        R(En, @"^(the\s+)?plan\s+(was\s+)?not\s+(discussed|agreed)\s+with\s+(the\s+)?family(?<tail>[\s:,;.-].*)?$", (m, c) => Discussed(m, c, AgreementKind.WithoutFamily)),

        R(Nl, @"^(toestemming(\s+gezin|\s+van\s+het\s+gezin|\s+gegeven|\s+vastleggen)?|(het\s+)?gezin\s+geeft\s+toestemming|instemming)" + End + @"\s*[:,-]?\s*(?<rest>.*)$", Consent),
        R(En, @"^((family\s+)?consent(\s+given|\s+recorded)?|(the\s+)?family\s+gives\s+consent)" + End + @"\s*[:,-]?\s*(?<rest>.*)$", Consent),

        R(Nl, @"^(eigen\s+woorden|in\s+eigen\s+woorden|woorden\s+van\s+(het\s+)?gezin|(het\s+)?gezin\s+zegt|citaat(\s+gezin)?|uitspraak(\s+gezin)?)\s+(bij|voor|van|over|op)\s+doel\s*#?\s*(?<n>[0-9]{1,3})\s*[:,-]?\s*(?<w>.+)$", FamilyWords),
        R(Nl, @"^doel\s*#?\s*(?<n>[0-9]{1,3})\s*[:,-]?\s*(eigen\s+woorden|in\s+eigen\s+woorden|(het\s+)?gezin\s+zegt)\s*[:,-]?\s*(?<w>.+)$", FamilyWords),
        R(En, @"^((the\s+)?family'?s\s+(own\s+)?words|own\s+words|in\s+their\s+own\s+words|(the\s+)?family\s+says|quote)\s+(for|on|of|about|to)\s+goal\s*#?\s*(?<n>[0-9]{1,3})\s*[:,-]?\s*(?<w>.+)$", FamilyWords),
        R(En, @"^goal\s*#?\s*(?<n>[0-9]{1,3})\s*[:,-]?\s*((the\s+)?family'?s?\s+(own\s+)?words|own\s+words|(the\s+)?family\s+says)\s*[:,-]?\s*(?<w>.+)$", FamilyWords),

        R(Nl, @"^(nieuw\s+|voeg\s+)?doel(\s+toevoegen|\s+toe)?(\s+(?<h>[^:]{1,40}?))?\s*:\s*(?<t>.+)$", Goal),
        R(En, @"^(new\s+|add\s+(a\s+)?)?goal(\s+(?<h>[^:]{1,40}?))?\s*:\s*(?<t>.+)$", Goal),

        R(Nl, @"^(zorg|zorgen|zorgpunt|zorgpunten|signaal|melding|ik\s+maak\s+me\s+zorgen|ik\s+heb\s+zorgen|ik\s+heb\s+een\s+zorg|bezorgd)\s+(over|om|rond|rondom|omtrent|ivm|i\.v\.m\.?|m\.b\.t\.?|betreffende)\s+" +
              @"(de\s+)?(veiligheid|kindveiligheid|onveiligheid|huiselijk\s+geweld|geweld|kindermishandeling|mishandeling)" + End + @"(?<tail>[\s:,;.-].*)?$", Safety),
        R(Nl, @"^(veiligheidszorg|veiligheidszorgen|zorg\s+veiligheid|zorgen\s+veiligheid|zorg\s+kindveiligheid|onveilige\s+situatie|acuut\s+onveilig|onveilig)" + End + @"(?<tail>[\s:,;.-].*)?$", Safety),
        R(En, @"^(safety\s+(concern|concerns|worry|worries|issue|signal|alert)|(child\s+)?safety\s+concern|(a\s+)?concern\s+(about|regarding|over)\s+(the\s+)?(child'?s?\s+)?safety|" +
              @"((i'?m|i\s+am|we\s+are|we'?re)\s+)?worried\s+about\s+(the\s+)?(child'?s?\s+)?safety|domestic\s+violence|unsafe\s+situation|unsafe)" + End + @"(?<tail>[\s:,;.-].*)?$", Safety),

        R(Nl, @"^(kracht|krachten|krachtbron|krachtbronnen|sterkte|sterktes|sterk\s+punt|sterke\s+punten|wat\s+goed\s+gaat|wat\s+gaat\s+goed)(\s+van\s+(het\s+)?gezin)?(\s+toevoegen)?\s*[:-]\s*(?<t>.+)$", (m, c) => Text(m, c, t => new AddStrengthCommand(t))),
        R(En, @"^(add\s+(a\s+)?)?(family\s+)?(strength|strengths|what\s+goes\s+well|what\s+is\s+going\s+well)\s*[:-]\s*(?<t>.+)$", (m, c) => Text(m, c, t => new AddStrengthCommand(t))),
        R(Nl, @"^(zorg|zorgen|zorgpunt|zorgpunten|bezorgdheid|punt\s+van\s+zorg)(\s+toevoegen)?\s*[:-]\s*(?<t>.+)$", (m, c) => Text(m, c, t => new AddWorryCommand(t))),
        R(En, @"^(add\s+(a\s+)?)?(worry|worries|concern|concerns)\s*[:-]\s*(?<t>.+)$", (m, c) => Text(m, c, t => new AddWorryCommand(t))),

        // ---- escalation ----------------------------------------------------------------------------------------------
        R(Nl, @"^(knelpunt\s+melden|knelpunten|knelpunt|escaleer|escaleren|escalatie|blokkade|probleem\s+melden)" + End + @"\s*[:,-]?\s*(?<t>.*)$", (m, c) => new KnelpuntCommand(c.Text(m.Groups["t"]))),
        R(En, @"^(bottleneck|blocker|blocked|escalate|escalation|raise\s+(a\s+)?(bottleneck|blocker))" + End + @"\s*[:,-]?\s*(?<t>.*)$", (m, c) => new KnelpuntCommand(c.Text(m.Groups["t"]))),
        R(Nl, @"^(geen\s+overeenstemming|geen\s+akkoord|we\s+komen\s+er\s+niet\s+uit|we\s+komen\s+niet\s+tot\s+overeenstemming|we\s+worden\s+het\s+niet\s+eens|meningsverschil|patstelling)" + End + @"\s*[:,-]?\s*(?<t>.*)$",
            (m, c) => new ImpasseCommand(c.Text(m.Groups["t"]))),
        R(null, @"^impasse" + End + @"\s*[:,-]?\s*(?<t>.*)$", (m, c) => new ImpasseCommand(c.Text(m.Groups["t"]))),
        R(En, @"^(no\s+agreement|we\s+can'?t\s+agree|we\s+cannot\s+agree|we\s+disagree|disagreement|deadlock|stalemate|we'?re\s+stuck|we\s+are\s+stuck)" + End + @"\s*[:,-]?\s*(?<t>.*)$",
            (m, c) => new ImpasseCommand(c.Text(m.Groups["t"]))),

        R(Nl, @"^(het\s+)?(gezin|casus|dossier)\s+(afsluiten|sluiten|beeindigen|afronden|stoppen)" + End + @"(?<tail>[\s:,;.-].*)?$", Close),
        R(Nl, @"^(sluit|beeindig|rond)\s+(het\s+|de\s+)?(gezin|casus|dossier)(\s+af)?" + End + @"(?<tail>[\s:,;.-].*)?$", Close),
        R(En, @"^(close|end|finish)\s+(the\s+|this\s+)?(family|case)" + End + @"(?<tail>[\s:,;.-].*)?$", Close),
        R(Nl, @"^(het\s+)?(gezin|casus|dossier)\s+(wissen|verwijderen)(?<ok>\s+bevestigd)?" + End + @"(?<tail>[\s:,;.-].*)?$", Erase),
        R(Nl, @"^(wis|verwijder)\s+(het\s+|dit\s+)?(gezin|casus|dossier)(?<ok>\s+bevestigd)?" + End + @"(?<tail>[\s:,;.-].*)?$", Erase),
        R(En, @"^(erase|delete)\s+(the\s+|this\s+)?(family|case)(?<ok>\s+confirmed)?" + End + @"(?<tail>[\s:,;.-].*)?$", Erase),

        // ---- daily digest (opt-in) ------------------------------------------------------------------------------------
        R(Nl, @"^(dagoverzicht|dagelijks\s+overzicht|digest|samenvatting)\s+(aan|uit)$", (m, c) => new DigestCommand(c.Folded.EndsWith("aan"))),
        R(En, @"^(daily\s+)?(digest|summary|overview)\s+(on|off)$", (m, c) => new DigestCommand(c.Folded.EndsWith("on"))),

        // ---- procesmanager -------------------------------------------------------------------------------------------
        R(Nl, @"^wie\s+is\s+(de\s+|onze\s+)?procesmanager$", (_, _) => new WhoIsProcesmanagerCommand()),
        R(En, @"^who\s+is\s+(the\s+|our\s+)?procesmanager$", (_, _) => new WhoIsProcesmanagerCommand()),
        R(Nl, @"^(de\s+)?procesmanager\s*(is|wordt|=|:)\s*" + P + "$", (m, c) => c.Person(m.Groups["p"]) is { } pm ? new SetProcesmanagerCommand(pm) : null),
        R(En, @"^(set\s+)?(the\s+)?procesmanager\s*(is|to|=|:)\s*" + P + "$", (m, c) => c.Person(m.Groups["p"]) is { } pm ? new SetProcesmanagerCommand(pm) : null),

        // ---- referrals (a task whose silence is noticed) --------------------------------------------------------------
        R(Nl, @"^(door)?verwijzing(\s+(naar|aan|voor)\s+" + P + @")?\s*[:-]\s*(?<d>.+)$", Referral),
        R(En, @"^referral(\s+(to|for)\s+" + P + @")?\s*[:-]\s*(?<d>.+)$", Referral),

        // ---- tasks ---------------------------------------------------------------------------------------------------
        R(Nl, @"^(?<u>(urgente?|spoed|dringende?)\s*)?(nieuwe\s+|voeg\s+)?(?<u2>(urgente?|spoed)\s*)?(taak|actie|actiepunt)(\s+toevoegen|\s+toe)?(\s+(voor|aan)\s+" + P + @")?\s*[:-]\s*(?<d>.+)$", Task),
        R(Nl, @"^(?<u>(urgente?|spoed|dringende?)\s*)?(nieuwe\s+)?(?<u2>(urgente?|spoed)\s*)?(taak|actie|actiepunt)\s+(voor|aan)\s+(?<p>@@m[0-9]{1,3}|@[^\s,:;]+|mij|mezelf|mijzelf)\s+(?<d>.+)$", Task),
        R(En, @"^(?<u>urgent\s+)?(add\s+(a\s+|an\s+)?|new\s+|create\s+(a\s+|an\s+)?)?(?<u2>urgent\s+)?(task|action|action\s+item)(\s+(for|to)\s+" + P + @")?\s*[:-]\s*(?<d>.+)$", Task),
        R(En, @"^(?<u>urgent\s+)?(add\s+(a\s+|an\s+)?|new\s+|create\s+(a\s+|an\s+)?)?(?<u2>urgent\s+)?(task|action|action\s+item)\s+for\s+(?<p>@@m[0-9]{1,3}|@[^\s,:;]+|me|myself)\s+(?<d>.+)$", Task),
        R(null, @"^(?<u>(urgent|urgente|spoed)\s*)?(new\s+|nieuwe\s+|add\s+)?(todo|to-do|to\s+do)(\s+(for|voor)\s+" + P + @")?\s*[:-]\s*(?<d>.+)$", Task),
        R(Nl, @"^(?<u>spoed|dringend|urgent)\s*[:!-]\s*(?<d>.+)$", Task),
        R(Nl, @"^ik\s+(?<d>(?<v>[\p{L}]+)\s+.+)$", FirstPersonDutch),
        R(En, @"^i(?<aux>'ll|\s+will|\s+shall|'m\s+going\s+to|\s+am\s+going\s+to|'m\s+gonna|\s+can|\s+have\s+to|\s+need\s+to|\s+must)?\s+(?<d>(?<v>[\p{L}]+)\s+.+)$", FirstPersonEnglish),
        R(null, @"^(?<p>@@m[0-9]{1,3}|@[^\s,:;]+)\s*[,:]?\s+(?<d>.+)$", (m, c) => BuildTask(m, c, c.Person(m.Groups["p"]), requireDate: true)),
    ];
}
