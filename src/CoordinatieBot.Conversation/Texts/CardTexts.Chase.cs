using CoordinatieBot.Conversation.Parsing;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

public static partial class CardTexts
{
    /// <summary>The family's own action, on its supporting professional's card: support, not chase.</summary>
    public static class FamilyTaskCard
    {
        public static string Due(Language l, DateOnly due, DateOnly today) => Pick(l,
            $"Het gezin zou dit {(due == today ? "vandaag" : "op " + DutchDates.Short(due, today, l))} doen. Hoe gaat het ermee? Misschien kun je ze even helpen.",
            $"The family planned to do this {(due == today ? "today" : "on " + DutchDates.Short(due, today, l))}. How is it going? Perhaps you can give them a hand.");

        public static string Late(Language l) => Pick(l,
            "Het gezin is hier nog mee bezig. Kunnen ze wat extra steun gebruiken? Laat even weten hoe het staat, dan weet iedereen waar het gezin is.",
            "The family is still working on this. Could they use a little extra support? Let us know how it stands, so everyone knows where the family is.");

        /// <summary>On the card under the title: whose action it is.</summary>
        public static string Whose(Language l) => Pick(l, "Een taak van het gezin zelf; jij ondersteunt ze.", "The family's own task; you support them.");
    }

    /// <summary>An action without a due date, after a while: when is it expected done?</summary>
    public static string AskDueDateIntro(Language l) => Pick(l,
        "Deze taak heeft nog geen datum. Wanneer denk je dat hij klaar is? Met een datum ziet iedereen waar het staat.",
        "This task has no date yet. When do you expect it done? With a date everyone can see where it stands.");

    public static string DueDateLabel(Language l) => Pick(l, "Klaar op", "Done by");

    /// <summary>For the regisseur: the family has not been reached for a while.</summary>
    public static class UnreachableCard
    {
        public static string Title(Language l) => Pick(l, "Niet bereikbaar, gezin ", "Unreachable, family ");

        public static string Intro(Language l, DateOnly since, int workingDays) => Pick(l,
            $"Het gezin is sinds {DutchDates.Long(since, l)} niet bereikbaar ({workingDays} werkdagen). Dat gebeurt, en het is vaak de reden dat hulp stokt. Wat doen we?",
            $"The family has not been reachable since {DutchDates.Long(since, l)} ({workingDays} working days). It happens, and it is often why help stalls. What do we do?");

        public static string Outreach(Language l) => Pick(l, "Huisbezoek plannen", "Plan a home visit");

        public static string OutreachOn(Language l) => Pick(l, "Wanneer?", "When?");

        public static string CaseConference(Language l) => Pick(l, "Casusoverleg voorstellen", "Propose a case conference");

        public static string Close(Language l) => Pick(l, "Gezin afsluiten…", "Close the family…");

        public static string CloseReason(Language l) => Pick(l, "Reden", "Reason");

        public static string CloseReasonDefault(Language l) => Pick(l, "gezin niet meer bereikbaar", "family no longer reachable");

        public static string Escalate(Language l) => Pick(l, "Naar de procesmanager", "To the procesmanager");
    }

    public static string UnreachableOnPlan(Language l, DateOnly since, DateOnly today) => Pick(l,
        $"Gezin niet bereikbaar sinds {DutchDates.Short(since, today, l)}",
        $"Family unreachable since {DutchDates.Short(since, today, l)}");
}
