using CoordinatieBot.Conversation.Parsing;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

public static partial class CardTexts
{
    /// <summary>The card with the meanings the bot offers when it is not sure.</summary>
    public static class ChoiceCard
    {
        public static string DoYouMean(Language l) => Pick(l, "Ik weet niet zeker wat je bedoelt. Bedoel je:", "I'm not sure what you mean. Do you mean:");

        public static string NothingChangedYet(Language l) => Pick(l,
            "Er is nog niets veranderd. Iets anders bedoeld? Typ het anders, of **help** voor wat ik kan.",
            "Nothing has changed yet. Meant something else? Put it another way, or type **help** for what I can do.");

        public static string ThisOne(Language l) => Pick(l, "Dit bedoel ik", "That's it");

        public static string Chosen(Language l, string label) => Pick(l, $"Gekozen: {label}", $"Chosen: {label}");

        public static string ForTheWriter(Language l) => Pick(l,
            "Deze keuze is aan wie het bericht schreef. Wil je zelf iets doen? Typ het gewoon.",
            "This choice is for whoever wrote the message. Want to do something yourself? Just type it.");

        public static string TaskIsDone(Language l, Domain.PlanAction a) => Pick(l, $"Taak {a.Number} is klaar: {a.Description}", $"Task {a.Number} is done: {a.Description}");

        /// <summary>A meaning as a button says it: short, in the reader's words, no internal names.</summary>
        public static string Describe(Command command, Language l, DateOnly today) => command switch
        {
            AddTaskCommand t => Pick(l, t.Urgent ? "Een spoedtaak voor " : "Een taak voor ", t.Urgent ? "An urgent task for " : "A task for ") +
                                $"{Person(t.Owner, l)}: {t.Description}" + (t.Due is { IsOk: true, Date: { } due } ? $", {DutchDates.Short(due, today, l)}" : ""),
            Tasks.UpdateTaskCommand u => Pick(l, $"Taak {u.Number} bijwerken: ", $"Update task {u.Number}: ") + string.Join(", ", new[]
            {
                u.Description,
                u.Owner is null ? null : Pick(l, "voor ", "for ") + Person(u.Owner, l),
                u.Due is { IsOk: true, Date: { } newDue } ? DutchDates.Short(newDue, today, l) : null,
            }.OfType<string>()),
            TaskDoneCommand d => Pick(l, $"Taak {d.Number} is klaar", $"Task {d.Number} is done"),
            TaskInProgressCommand p => Pick(l, $"Taak {p.Number} is bezig", $"Task {p.Number} is in progress"),
            TaskNotPossibleCommand n => Pick(l, $"Taak {n.Number} lukt niet", $"Task {n.Number} can't be done"),
            TaskReassignCommand r => Pick(l, $"Taak {r.Number} naar {Person(r.To, l)}", $"Task {r.Number} to {Person(r.To, l)}"),
            TaskNewDateCommand m when m.Date is { Date: { } date } => Pick(l, $"Taak {m.Number} naar {DutchDates.Short(date, today, l)}", $"Task {m.Number} moved to {DutchDates.Short(date, today, l)}"),
            EscalateTaskCommand e => Pick(l, $"Taak {e.Number} voorleggen aan de procesmanager", $"Take task {e.Number} to the procesmanager"),
            TakeRegieCommand => Pick(l, "Jij neemt de regie", "You take the lead (regie)"),
            AcceptRegieCommand => Pick(l, "Jij neemt de regie aan die je werd overgedragen", "You accept the lead handed over to you"),
            DeclineRegieCommand => Pick(l, "Jij neemt de overgedragen regie niet aan", "You decline the lead handed over to you"),
            HandOverRegieCommand h => Pick(l, $"De regie overdragen aan {Person(h.To, l)}", $"Hand the lead over to {Person(h.To, l)}"),
            SetProcesmanagerCommand p => Pick(l, $"{Person(p.To, l)} wordt procesmanager", $"{Person(p.To, l)} becomes procesmanager"),
            SetCoordinatorCommand c => Pick(l, $"{Person(c.To, l)} wordt coördinator risicogezinnen", $"{Person(c.To, l)} becomes coordinator risicogezinnen"),
            RecordAbsenceCommand => Pick(l, "Je afwezigheid vastleggen, met vervanger", "Record your absence, with cover"),
            EndAbsenceCommand => Pick(l, "Je bent weer terug", "You are back"),
            KnelpuntCommand => Pick(l, "Een knelpunt melden", "Report a bottleneck (knelpunt)"),
            ImpasseCommand => Pick(l, "Een impasse melden", "Report an impasse"),
            SafetyConcernCommand => Pick(l, "Een zorg over veiligheid melden", "Report a safety concern"),
            DigestCommand { On: true } => Pick(l, "Dagelijkse samenvatting aan", "Daily digest on"),
            DigestCommand => Pick(l, "Dagelijkse samenvatting uit", "Daily digest off"),
            StartFamilyCommand s => Pick(l, $"Gezin {s.Alias} starten", $"Start family {s.Alias}"),
            CloseFamilyCommand => Pick(l, "Het gezin afsluiten", "Close the family"),
            ExtendFamilyCommand => Pick(l, "De hulp verlengen", "Extend the support"),
            GoalOutcomeCommand o => Pick(l, $"De uitkomst van doel {o.GoalNumber} vastleggen", $"Record the outcome of goal {o.GoalNumber}"),
            EndAftercareCommand => Pick(l, "De nazorg afsluiten", "End the aftercare"),
            EraseFamilyCommand => Pick(l, "De gegevens van dit gezin wissen (ik vraag eerst om bevestiging)", "Erase this family's data (I ask you to confirm first)"),
            WhoIsRegisseurCommand => Pick(l, "Wie de regisseur is", "Who the regisseur is"),
            ShowPlanCommand => Pick(l, "Het plan bekijken", "See the plan"),
            WhoIsWhoCommand => Pick(l, "Wie wie is in dit gezinsgesprek", "Who is who in this family's chat"),
            MyTasksCommand => Pick(l, "Mijn taken", "My tasks"),
            HistoryCommand => Pick(l, "Wat er de laatste tijd veranderde", "What changed lately"),
            WhoIsProcesmanagerCommand => Pick(l, "Wie de procesmanager is", "Who the procesmanager is"),
            HelpCommand => Pick(l, "Wat ik kan", "What I can do"),
            _ => Pick(l, "Iets anders", "Something else"),
        };

        private static string Person(PersonRef? person, Language l) => person switch
        {
            PersonRef.Mentioned m => m.Person.Name,
            PersonRef.Named n => n.Name,
            _ => Pick(l, "jou", "you"),
        };
    }
}
