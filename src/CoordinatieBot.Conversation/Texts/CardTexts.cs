using CoordinatieBot.Conversation.Parsing;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

/// <summary>
/// The words on the bot's Adaptive Cards, grouped by card (one nested class per card, in CardTexts.*.cs); the card
/// builders in the Teams layer only lay them out. Words several cards share are here. Card text is shown literally
/// (TextRun) or in the card's Markdown subset, exactly as the builders place it.
/// </summary>
public static partial class CardTexts
{
    /// <summary>The start of a card's title line, followed by the family's alias.</summary>
    public static string Family(Language l) => Pick(l, "Gezin ", "Family ");

    /// <summary>"taak 3" after the alias.</summary>
    public static string TaskWord(Language l) => Pick(l, "taak", "task");

    public static string NoDate(Language l) => Pick(l, "geen datum", "no date");

    public static string Regisseur(Language l) => Pick(l, "Regisseur", "Regisseur");

    public static string Done(Language l) => Pick(l, "Gedaan", "Done");

    public static string InProgress(Language l) => Pick(l, "Bezig", "In progress");

    public static string Save(Language l) => Pick(l, "Opslaan", "Save");

    public static string NewDate(Language l) => Pick(l, "Nieuwe datum", "New date");

    public static string NewDateMore(Language l) => Pick(l, "Nieuwe datum…", "New date…");

    /// <summary>The label of a reason field.</summary>
    public static string Reason(Language l) => Pick(l, "Reden", "Reason");

    /// <summary>The placeholder of a required reason field.</summary>
    public static string ReasonPlaceholder(Language l) => Pick(l, "reden", "reason");

    public static string ShortReasonPlaceholder(Language l) => Pick(l, "korte reden", "short reason");

    public static string ReassignMore(Language l) => Pick(l, "Herverdelen…", "Reassign…");

    public static string Reassign(Language l) => Pick(l, "Herverdelen", "Reassign");

    public static string ToWhom(Language l) => Pick(l, "Aan wie?", "To whom?");
}
