using CoordinatieBot.Conversation.Parsing;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

/// <summary>The words of the bot's Teams tabs.</summary>
public static partial class TabTexts
{
    /// <summary>The personal tab "Mijn taken": one's own open actions over all families, with their buttons.</summary>
    public static class Tasks
    {
        public static string Title(Language l) => Pick(l, "Mijn taken", "My tasks");

        public static string Intro(Language l) => Pick(l,
            "Jouw open taken in alle gezinnen waar je aan meewerkt. Wat je hier doet, ziet het hele team in het plan.",
            "Your open tasks in every family you work with. What you do here, the whole team sees in the plan.");

        public static string Family(Language l) => Pick(l, "Gezin", "Family");

        public static string Task(Language l) => Pick(l, "Taak", "Task");

        public static string Due(Language l) => Pick(l, "Datum", "Due");

        public static string Status(Language l) => Pick(l, "Stand", "Status");

        public static string Actions(Language l) => Pick(l, "Bijwerken", "Update");

        public static string Late(Language l) => Pick(l, "te laat", "overdue");

        public static string Waiting(Language l) => Pick(l, "wacht", "waiting");

        public static string ForFamily(Language l) => Pick(l, "taak van het gezin (jij ondersteunt)", "the family's task (you support them)");

        public static string NoDate(Language l) => Pick(l, "geen datum", "no date");

        public static string Today(Language l) => Pick(l, "vandaag", "today");

        public static string Done(Language l) => Pick(l, "Gedaan", "Done");

        public static string InProgress(Language l) => Pick(l, "Bezig", "In progress");

        public static string NewDate(Language l) => Pick(l, "Nieuwe datum", "New date");

        public static string Save(Language l) => Pick(l, "Opslaan", "Save");

        public static string Cancel(Language l) => Pick(l, "Annuleren", "Cancel");

        public static string OpenChat(Language l) => Pick(l, "Naar het gesprek", "Go to the chat");

        public static string Search(Language l) => Pick(l, "Zoek op gezin of taak", "Search by family or task");

        public static string FilterAll(Language l) => Pick(l, "Alle", "All");

        public static string FilterLate(Language l) => Pick(l, "Te laat", "Overdue");

        public static string FilterWaiting(Language l) => Pick(l, "Wacht op iemand", "Waiting for someone");

        public static string SortDue(Language l) => Pick(l, "Op datum", "By date");

        public static string SortFamily(Language l) => Pick(l, "Op gezin", "By family");

        public static string Empty(Language l) => Pick(l, "Je hebt geen open taken. Fijn!", "You have no open tasks. Nice!");

        public static string Saved(Language l) => Pick(l, "Opgeslagen. Het team ziet het in het plan.", "Saved. The team sees it in the plan.");

        public static string Failed(Language l) => Pick(l,
            "Dat lukte nu niet. Probeer het zo nog eens; in het gesprek van het gezin kan het ook.",
            "That did not work just now. Please try again in a moment; you can also do it in the family's chat.");

        /// <summary>The answer for a task that is not (or no longer) one's own, in a family one is not in, or that does not exist: the same, so nothing leaks.</summary>
        public static string NotYours(Language l) => Pick(l,
            "Deze taak staat niet (meer) op jouw lijst. Vernieuw de pagina om te zien wat er nu voor je klaarstaat.",
            "This task is not (or no longer) on your list. Refresh the page to see what is waiting for you now.");

        public static string UnknownAction(Language l) => Pick(l,
            "Kies gedaan, bezig of een nieuwe datum.",
            "Choose done, in progress or a new date.");

        public static string DateNeeded(Language l) => Pick(l,
            "Kies een datum (jjjj-mm-dd) voor de taak.",
            "Choose a date (yyyy-mm-dd) for the task.");
    }
}
