using CoordinatieBot.Conversation.Parsing;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

public static partial class CardTexts
{
    /// <summary>The casusoverleg's agenda, the handover summary and the "has the family met …?" question.</summary>
    public static class MeetingCards
    {
        /// <summary>Follows the alias in the agenda's title line.</summary>
        public static string AgendaTitle(Language l) => Pick(l, " · agenda casusoverleg", " · case conference agenda");

        public static string When(Language l) => Pick(l, "Wanneer", "When");

        public static string Invited(Language l) => Pick(l, "Uitgenodigd", "Invited");

        public static string InvitedCount(Language l, int count) => Pick(l, $"{count} deelnemers", $"{count} members");

        public static string Late(Language l, int count) => Pick(l, $"Te laat ({count})", $"Late ({count})");

        public static string Waiting(Language l, int count) => Pick(l, $"Wacht op een ander ({count})", $"Waiting for others ({count})");

        public static string GoalsWithoutActions(Language l, int count) => Pick(l, $"Doelen zonder open taak ({count})", $"Goals without an open task ({count})");

        public static string OpenEscalations(Language l, int count) => Pick(l, $"Open escalaties ({count})", $"Open escalations ({count})");

        public static string Escalation(Language l, int number, int? action) =>
            action is { } a ? Pick(l, $"escalatie {number} · taak {a}", $"escalation {number} · task {a}") : Pick(l, $"escalatie {number}", $"escalation {number}");

        public static string NothingOpen(Language l) => Pick(l, "Geen taken te laat of wachtend, elk doel heeft een taak en er loopt geen escalatie. Mooi!",
            "No tasks late or waiting, every goal has a task and no escalation is open. Nice!");

        public static string DecisionsHint(Language l) => Pick(l, "Leg besluiten vast met “besluit: @collega regelt … voor vrijdag” (dat wordt een taak) of alleen “besluit: …”.",
            "Record decisions with “decision: @colleague arranges … by Friday” (that becomes a task) or just “decision: …”.");

        public static string More(Language l, int count) => Pick(l, $"+ {count} meer", $"+ {count} more");

        /// <summary>Follows the alias in the summary's title line.</summary>
        public static string SummaryTitle(Language l) => Pick(l, " · overdracht van de regie", " · handover of the lead");

        public static string SummaryIntro(Language l, string from) => Pick(l,
            $"Welkom als regisseur! Dit wist {from}: het plan, de open taken, de toestemming, de laatste besluiten en wie er meedoen.",
            $"Welcome as regisseur! This is what {from} knew: the plan, the open tasks, the consent, the last decisions and who takes part.");

        public static string Goals(Language l, int count) => Pick(l, $"Doelen ({count})", $"Goals ({count})");

        public static string NoGoals(Language l) => Pick(l, "Nog geen doelen.", "No goals yet.");

        public static string FamilyWords(Language l) => Pick(l, "gezin: ", "family: ");

        public static string OpenActions(Language l, int count) => Pick(l, $"Open en wachtende taken ({count})", $"Open and waiting tasks ({count})");

        public static string NoOpenActions(Language l) => Pick(l, "Geen open taken.", "No open tasks.");

        public static string Consent(Language l) => Pick(l, "Toestemming", "Consent");

        public static string NoConsent(Language l) => Pick(l, "Er is (nog) geen geldige toestemming vastgelegd.", "No valid consent is recorded (yet).");

        public static string ConsentLine(Language l, string organisations, string until, string givenBy) => Pick(l,
            $"{organisations} · {until} · gegeven door {givenBy}", $"{organisations} · {until} · given by {givenBy}");

        public static string Until(Language l, DateOnly? until, DateOnly today) => until is { } u
            ? Pick(l, $"tot {DutchDates.Short(u, today, l)}", $"until {DutchDates.Short(u, today, l)}")
            : Pick(l, "zonder einddatum", "no end date");

        public static string Decisions(Language l) => Pick(l, "Laatste besluiten", "Last decisions");

        public static string NoDecisions(Language l) => Pick(l, "Nog geen besluiten van een casusoverleg.", "No case conference decisions yet.");

        public static string DecisionTask(Language l, int action) => Pick(l, $" → taak {action}", $" → task {action}");

        public static string People(Language l) => Pick(l, "Wie doen er mee", "Who takes part");

        public static string RegisseurMark(Language l) => Pick(l, " · regisseur", " · regisseur");

        public static string NextMeeting(Language l) => Pick(l, "Volgende casusoverleg", "Next case conference");

        public static string FamilyMetQuestion(Language l, string newRegisseur, bool forNew) => forNew
            ? Pick(l, "Heeft het gezin jou als nieuwe regisseur al ontmoet? Een warme overdracht, samen met het gezin, helpt dat niets verloren gaat.",
                "Has the family met you as the new regisseur yet? A warm handover, together with the family, helps that nothing gets lost.")
            : Pick(l, $"Je hebt de regie overgedragen aan {newRegisseur}. Dank je! Heeft het gezin {newRegisseur} al ontmoet?",
                $"You handed the lead to {newRegisseur}. Thank you! Has the family met {newRegisseur} yet?");

        public static string MetYes(Language l) => Pick(l, "Ja", "Yes");

        public static string MetPlanned(Language l) => Pick(l, "Gepland", "Planned");

        public static string MetNotYet(Language l) => Pick(l, "Nog niet", "Not yet");
    }
}
