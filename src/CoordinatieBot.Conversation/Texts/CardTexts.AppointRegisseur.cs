using CoordinatieBot.Conversation.Parsing;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

public static partial class CardTexts
{
    /// <summary>The procesmanager's card for a family without a regisseur.</summary>
    public static class AppointRegisseurCard
    {
        /// <summary>Follows the alias in the title line.</summary>
        public static string NoRegisseur(Language l) => Pick(l, " · geen regisseur", " · no regisseur");

        public static string RegisseurLeft(Language l) => Pick(l,
            "De regisseur van dit gezin zit niet meer in het gezinsgesprek. Het team is gevraagd wie de regie neemt.",
            "The regisseur of this family is no longer in the family's chat. The team has been asked who takes the lead.");

        public static string YouCanAppointFrom(Language l, DateOnly from, DateOnly today) => Pick(l,
            $"Neemt niemand de regie, dan kun je vanaf {DutchDates.Short(from, today, l)} hier een regisseur aanwijzen.",
            $"If nobody takes the lead, you can appoint a regisseur here from {DutchDates.Short(from, today, l)}.");

        public static string AppointMore(Language l) => Pick(l, "Regisseur aanwijzen…", "Appoint a regisseur…");

        public static string WhoBecomesRegisseur(Language l) => Pick(l, "Wie wordt regisseur?", "Who becomes regisseur?");

        public static string Appoint(Language l) => Pick(l, "Aanwijzen", "Appoint");
    }
}
