using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

public static partial class CardTexts
{
    /// <summary>The procesmanager's escalation card: process facts only.</summary>
    public static class EscalationCard
    {
        public static string Title(Language l, EscalationKind kind) => kind switch
        {
            EscalationKind.Knelpunt => Pick(l, "Knelpunt", "Bottleneck"),
            EscalationKind.Impasse => Pick(l, "Besluit gevraagd: geen overeenstemming", "Decision requested: no agreement"),
            EscalationKind.RegisseurEscalated => Pick(l, "Escalatie door de regisseur", "Escalated by the regisseur"),
            _ => Pick(l, "Escalatie: taak blijft liggen", "Escalation: task stays overdue"),
        };

        public static string Family(Language l) => Pick(l, "Gezin", "Family");

        /// <summary>The regisseur fact when there is none.</summary>
        public static string None(Language l) => Pick(l, "geen", "none");

        public static string Task(Language l) => Pick(l, "Taak", "Task");

        public static string OwnerOrganisation(Language l) => Pick(l, "Organisatie eigenaar", "Owner's organisation");

        public static string Unknown(Language l) => Pick(l, "onbekend", "unknown");

        public static string Date(Language l) => Pick(l, "Datum", "Date");

        /// <summary>Follows the number of working days.</summary>
        public static string WorkingDaysLate(Language l) => Pick(l, "werkdagen te laat", "working days late");

        public static string Description(Language l) => Pick(l, "Omschrijving", "Description");

        public static string StepsTaken(Language l) => Pick(l, "Al gedaan", "Steps taken");

        public static string ProcessFactsOnly(Language l) => Pick(l, "Je ziet alleen procesgegevens, geen inhoud van het plan.", "You see process facts only, not the plan's content.");

        public static string Acknowledge(Language l) => Pick(l, "Gezien, ik pak het op", "Seen, I'm on it");

        public static string SetDeadlineMore(Language l) => Pick(l, "Termijn stellen…", "Set deadline…");

        public static string NewDeadline(Language l) => Pick(l, "Nieuwe termijn", "New deadline");

        public static string CallCaseConference(Language l) => Pick(l, "Casusoverleg bijeenroepen", "Call case conference");

        public static string RecordDecisionMore(Language l) => Pick(l, "Besluit vastleggen…", "Record decision…");

        public static string Decision(Language l) => Pick(l, "Besluit", "Decision");

        public static string DecisionPlaceholder(Language l) => Pick(l, "wat is besloten", "what was decided");

        public static string Record(Language l) => Pick(l, "Vastleggen", "Record");

        public static string ToTheBoard(Language l) => Pick(l, "Naar directie/bestuur", "To the board");

        public static string Deescalate(Language l) => Pick(l, "De-escaleren", "De-escalate");
    }
}
