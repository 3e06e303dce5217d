using CoordinatieBot.Conversation.Parsing;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

public static partial class CardTexts
{
    /// <summary>For the regisseur: what to do about a late action, or about a family that has gone quiet.</summary>
    public static class RegisseurOptionsCard
    {
        /// <summary>Followed by the family's alias.</summary>
        public static string Title(Language l) => Pick(l, "Regie · gezin ", "Lead · family ");

        public static string ActionLate(Language l, int number, int daysLate) => Pick(l,
            $"Taak {number} staat {daysLate} werkdagen over de datum. Wat is nodig om hem rond te krijgen?",
            $"Task {number} is {daysLate} working days past its date. What is needed to get it done?");

        public static string FamilyQuiet(Language l) => Pick(l,
            "Het is al een paar weken stil rond dit gezin: geen planwijziging, geen afgeronde taak en geen bericht. Past het plan nog?",
            "It has been quiet around this family for a few weeks: no plan change, no task done and no message. Does the plan still fit?");

        public static string LookUpManager(Language l) => Pick(l, "Leidinggevende opzoeken", "Look up manager");

        public static string ProposeCaseConference(Language l) => Pick(l, "Casusoverleg voorstellen", "Propose case conference");

        public static string EscalateToProcesmanager(Language l) => Pick(l, "Escaleren naar procesmanager", "Escalate to procesmanager");
    }
}
