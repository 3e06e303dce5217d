using CoordinatieBot.Conversation.Parsing;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

public static partial class CardTexts
{
    /// <summary>A new owner's 1:1 card: the action, accept, or "niet van mij" with a reason.</summary>
    public static class ActionAssignedCard
    {
        /// <summary>Follows the name of who assigned it.</summary>
        public static string GaveItToYou(Language l) => Pick(l, " heeft deze taak bij jou gelegd.", " gave this task to you.");

        public static string YoursNow(Language l) => Pick(l, "Deze taak ligt nu bij jou.", "This task is yours now.");

        public static string TakeItOn(Language l) => Pick(l, "Ik pak het op", "I'll take it on");

        public static string NotMine(Language l) => Pick(l, "Niet van mij…", "Not mine…");

        public static string WhyNotYours(Language l) => Pick(l, "Waarom hoort deze taak niet bij jou?", "Why isn't this task yours?");

        public static string PassOnToRegisseur(Language l) => Pick(l, "Doorgeven aan de regisseur", "Pass on to the regisseur");
    }
}
