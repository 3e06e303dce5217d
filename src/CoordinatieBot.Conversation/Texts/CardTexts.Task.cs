using CoordinatieBot.Conversation.Parsing;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

public static partial class CardTexts
{
    /// <summary>A friendly 1:1 reminder about one action, with buttons that act on it.</summary>
    public static class TaskCard
    {
        public static string DueEarlier(Language l, DateOnly due, DateOnly today) => Pick(l,
            $"Een geheugensteuntje: deze taak stond voor {DutchDates.Short(due, today, l)}.",
            $"A friendly reminder: this task was due on {DutchDates.Short(due, today, l)}.");

        /// <summary>A search result's line under its title: the date and where it stands.</summary>
        public static string SearchPreview(Language l, Domain.PlanAction a, DateOnly today) =>
            $"{(a.Due is { } d ? DutchDates.Short(d, today, l) : NoDate(l))} · {Messages.StatusName(l, a)}";

        public static string NothingFound(Language l) => Pick(l,
            "Geen open taak gevonden die daarbij past. Zoek op een woord uit de taak of op het nummer.",
            "No open task found that fits. Search by a word from the task or by its number.");

        public static string Shared(Language l) => Pick(l, "Een taak uit het plan:", "A task from the plan:");

        public static string DueToday(Language l) => Pick(l, "Een geheugensteuntje: deze taak staat voor vandaag.", "A friendly reminder: this task is due today.");

        public static string Late(Language l) => Pick(l,
            "Deze taak staat nog open. Lukt het, of is er iets nodig? Laat het even weten, dan weet iedereen waar het staat.",
            "This task is still open. Is it working out, or is something needed? Let us know, so everyone knows where it stands.");

        public static string WaitingEnded(Language l, string? waitingOn) => Pick(l,
            $"De wachttijd ({waitingOn}) is verstreken. Wat doen we in de tussentijd?",
            $"The waiting time ({waitingOn}) is over. What do we do in the meantime?");

        public static string ExpectedOn(Language l) => Pick(l, "Verwacht op", "Expected on");

        public static string SaveDate(Language l) => Pick(l, "Datum opslaan", "Save date");

        public static string StillWaiting(Language l) => Pick(l, "Wacht nog", "Still waiting");

        public static string ExpectedDoneOn(Language l) => Pick(l, "Verwacht klaar op", "Expected done on");

        public static string WaitingForMore(Language l) => Pick(l, "Wacht op…", "Waiting for…");

        public static string ForWhomOrWhat(Language l) => Pick(l, "Op wie of wat?", "For whom or what?");

        public static string WaitingForPlaceholder(Language l) => Pick(l, "bijv. IND, wachtlijst", "e.g. IND, waiting list");

        public static string UntilWhen(Language l) => Pick(l, "Tot wanneer (verwacht)?", "Until when (expected)?");

        public static string CantBeDoneMore(Language l) => Pick(l, "Lukt niet…", "Can't be done…");

        public static string WhatIsInTheWay(Language l) => Pick(l, "Wat houdt het tegen?", "What is in the way?");
    }
}
