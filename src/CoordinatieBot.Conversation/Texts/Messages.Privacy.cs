using CoordinatieBot.Conversation.Parsing;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

public static partial class Messages
{
    public static string EraseOnlyRegisseur(Language l) => Pick(l,
        "Alleen de regisseur van dit gezin kan het gezin laten wissen.",
        "Only this family's regisseur can have the family erased.");

    public static string EraseNeedsReason(Language l) => Pick(l,
        "Dit gezin is nog niet afgesloten. Wissen kan dan alleen met een reden, bijvoorbeeld: **gezin wissen: verzoek van het gezin**. Of sluit het gezin eerst af.",
        "This family is not closed yet. Erasing it then needs a reason, for example: **erase family: the family asked for it**. Or close the family first.");

    public static string EraseConfirm(Language l, string escapedAlias, bool closed) => Pick(l,
        $"Hiermee wis ik gezin **{escapedAlias}** volledig: plan, taken, afspraken, toestemming en geschiedenis. Dat kan niet ongedaan worden. " +
        $"Weet je het zeker? Zeg dan **gezin wissen bevestigd{(closed ? "" : ": …")}**.",
        $"This erases family **{escapedAlias}** completely: plan, tasks, agreements, consent and history. This cannot be undone. " +
        $"Are you sure? Then say **erase family confirmed{(closed ? "" : ": …")}**.");

    public static string Erased(Language l) => Pick(l,
        "Het gezin is gewist. Alle gegevens zijn verwijderd; alleen dát er gewist is, is vastgelegd (zonder inhoud).",
        "The family has been erased. All its data is gone; only the fact that it was erased is recorded (without content).");
}
