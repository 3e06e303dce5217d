using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

public static partial class CardTexts
{
    /// <summary>The living plan card.</summary>
    public static class PlanCard
    {
        /// <summary>Followed by the family's alias.</summary>
        public static string Title(Language l) => Pick(l, "Plan gezin ", "Plan for family ");

        public static string Level(Language l) => Pick(l, "Niveau", "Level");

        /// <summary>The family's phase and its next time norm (aangemeld, actief, evaluatie, afgesloten, nazorg, gesloten).</summary>
        public static string Phase(Language l) => Pick(l, "Fase", "Phase");

        /// <summary>Before the phase on the level's line: "MPG2 · fase actief · evaluatie op 25 mei 2027".</summary>
        public static string PhaseWord(Language l) => Pick(l, "fase", "phase");

        /// <summary>Before a goal's outcome at closing.</summary>
        public static string Outcome(Language l) => Pick(l, "Uitkomst: ", "Outcome: ");

        public static string NoRegisseurYet(Language l) => Pick(l, "nog niemand: zeg 'ik neem de regie'", "nobody yet: say 'I take the lead'");

        public static string DiscussedWithFamily(Language l) => Pick(l, "Met gezin besproken", "Discussed with family");

        public static string LastUpdated(Language l) => Pick(l, "Laatst bijgewerkt", "Last updated");

        public static string Closed(Language l) => Pick(l, "Dit gezin is afgesloten.", "This family is closed.");

        public static string ClosedActions(Language l, int closed) => Pick(l,
            $"Afgerond: {closed} {(closed == 1 ? "taak" : "taken")}", $"Closed: {closed} {(closed == 1 ? "task" : "tasks")}");

        public static string Refresh(Language l) => Pick(l, "Vernieuwen", "Refresh");

        public static string Goals(Language l) => Pick(l, "Doelen per leefgebied", "Goals per life domain");

        public static string NoGoals(Language l) => Pick(l, "Nog geen doelen. Voeg toe met: doel financiën: …", "No goals yet. Add one with: goal finances: …");

        /// <summary>Before the family's own words for a goal.</summary>
        public static string FamilyWords(Language l) => Pick(l, "Gezin: ", "Family: ");

        public static string MoreGoals(Language l, int more) => Pick(l, $"+ {more} doelen meer", $"+ {more} more goals");

        public static string Strengths(Language l) => Pick(l, "Krachten: ", "Strengths: ");

        public static string Worries(Language l) => Pick(l, "Zorgen: ", "Worries: ");

        public static string OpenActions(Language l, int count) => Pick(l, $"Open taken ({count})", $"Open tasks ({count})");

        public static string NoOpenActions(Language l) => Pick(l, "Geen open taken. Voeg toe met: taak: @collega belt … voor vrijdag", "No open tasks. Add one with: task: @colleague calls … by Friday");

        public static string MoreOpenActions(Language l, int more) => Pick(l,
            $"+ {more} open taken meer; ieder ziet de eigen taken met 'mijn taken'.",
            $"+ {more} more open tasks; everyone sees their own with 'my tasks'.");

        /// <summary>In one viewer's view of the card: how many of the open tasks are theirs (marked on the card).</summary>
        public static string YourOpenTasks(Language l, int count) => count == 0
            ? Pick(l, "Je hebt hier geen open taken.", "You have no open tasks here.")
            : Pick(l, $"Jouw open taken: {count}, gemarkeerd.", $"Your open tasks: {count}, marked.");

        /// <summary>Marks the viewer's own task, before its owner and date.</summary>
        public static string YourTask(Language l) => Pick(l, "jouw taak · ", "your task · ");

        public static string OverdueFlag(Language l) => Pick(l, "te laat · ", "overdue · ");

        public static string NextMeeting(Language l) => Pick(l, "Volgende casusoverleg", "Next case conference");

        public static string UrgentFlag(Language l) => Pick(l, "spoed · ", "urgent · ");

        /// <summary>After the status of a waiting action.</summary>
        public static string WaitingUntil(Language l, DateOnly until, DateOnly today) => Pick(l,
            $" tot {DutchDates.Short(until, today, l)}", $" until {DutchDates.Short(until, today, l)}");

        /// <summary>After the status of an action in progress.</summary>
        public static string ExpectedOn(Language l, DateOnly expected, DateOnly today) => Pick(l,
            $", verwacht {DutchDates.Short(expected, today, l)}", $", expected {DutchDates.Short(expected, today, l)}");

        public static string More(Language l) => Pick(l, "Meer…", "More…");

        public static string WaitingForWhom(Language l) => Pick(l, "Wacht op (wie?)", "Waiting for (whom?)");

        public static string WaitingForPlaceholder(Language l) => Pick(l, "bijv. IND, wachtlijst GGZ", "e.g. IND, waiting list");

        public static string UntilOrNewDate(Language l) => Pick(l, "Tot / nieuwe datum", "Until / new date");

        public static string Waiting(Language l) => Pick(l, "Wacht op", "Waiting");

        public static string NotPossible(Language l) => Pick(l, "Lukt niet", "Not possible");

        public static string Agreement(Language l, PlanAgreement a) => a.Kind switch
        {
            AgreementKind.WithFamily => Pick(l, $"ja, {DutchDates.Long(a.On!.Value, l)}", $"yes, {DutchDates.Long(a.On!.Value, l)}"),
            AgreementKind.Partly => Pick(l, "deels", "partly"),
            AgreementKind.WithoutFamily => Pick(l, $"zonder gezin: {a.Reason}", $"without the family: {a.Reason}"),
            _ => Pick(l, "nog niet", "not yet"),
        };
    }
}
