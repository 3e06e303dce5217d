using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

public static partial class TabTexts
{
    /// <summary>The guard's "regie op regie" tab and its CSV export: process facts only.</summary>
    public static class Overview
    {
        public static string Title(Language l) => Pick(l, "Regie op regie", "Regie op regie: oversight");

        public static string Intro(Language l) => Pick(l,
            "De gezinnen die jij bewaakt, met alleen procesgegevens. De inhoud blijft bij de professionals rond het gezin.",
            "The families you guard, with process facts only. The content stays with the professionals around the family.");

        public static string NotAGuard(Language l) => Pick(l,
            "Dit overzicht is voor de procesmanager en de coördinator risicogezinnen. Je eigen taken vind je in Mijn taken.",
            "This overview is for the procesmanager and the coordinator risicogezinnen. Your own tasks are in My tasks.");

        public static string StorageDown(Language l) => Messages.StorageDown(l);

        /// <summary>Which part the person plays, e.g. "procesmanager" or "procesmanager en coördinator risicogezinnen".</summary>
        public static string Role(Language l, IReadOnlyCollection<GuardRole> roles) =>
            string.Join(Pick(l, " en ", " and "), roles.Distinct().Order().Select(r => Messages.GuardRoleName(l, r)));

        public static string Family(Language l) => Pick(l, "Gezin", "Family");
        public static string Phase(Language l) => Pick(l, "Fase", "Phase");
        public static string Level(Language l) => Pick(l, "Niveau", "Level");
        public static string RegisseurOrganisation(Language l) => Pick(l, "Organisatie regisseur", "Regisseur's organisation");
        public static string Late(Language l) => Pick(l, "Te laat", "Overdue");
        public static string Waiting(Language l) => Pick(l, "Wacht op", "Waiting");
        public static string Escalated(Language l) => Pick(l, "Open escalaties", "Open escalations");
        public static string DaysSinceProgress(Language l) => Pick(l, "Dagen sinds voortgang", "Days since progress");
        public static string PlanDue(Language l) => Pick(l, "Plan met gezin uiterlijk", "Plan with family by");
        public static string PlanOverdue(Language l) => Pick(l, "Plan over de norm", "Plan past the norm");
        public static string EvaluationDue(Language l) => Pick(l, "Evaluatie uiterlijk", "Evaluation by");
        public static string EvaluationOverdue(Language l) => Pick(l, "Evaluatie over de norm", "Evaluation past the norm");
        public static string OverdueNorm(Language l) => Pick(l, "over de norm", "past the norm");
        public static string Escalations(Language l) => Pick(l, "Open escalaties", "Open escalations");
        public static string Escalation(Language l) => Pick(l, "Escalatie", "Escalation");
        public static string Raised(Language l) => Pick(l, "Gemeld op", "Raised on");
        public static string Organisation(Language l) => Pick(l, "Organisatie", "Organisation");
        public static string Steps(Language l) => CardTexts.EscalationCard.StepsTaken(l);
        public static string Patterns(Language l) => Pick(l, "Patronen", "Patterns");
        public static string OrganisationsMissing(Language l) => Pick(l, "Organisaties die taken vaker laten liggen", "Organisations that repeatedly miss tasks");
        public static string Caseloads(Language l) => Pick(l, "Caseload van regisseurs", "Regisseurs' caseloads");
        public static string Search(Language l) => Pick(l, "Zoek een gezin", "Search a family");
        public static string FilterAll(Language l) => Pick(l, "Alle", "All");
        public static string FilterEscalated(Language l) => Pick(l, "Met escalatie", "With escalation");
        public static string FilterLate(Language l) => Pick(l, "Met te late taken", "With overdue tasks");
        public static string FilterNorms(Language l) => Pick(l, "Over een termijn", "Past a time norm");
        public static string Export(Language l) => Pick(l, "Exporteren (CSV)", "Export (CSV)");
        public static string Empty(Language l) => Pick(l, "Er zijn nu geen open gezinnen die jij bewaakt. Mooi rustig!", "There are no open families you guard right now. Nice and calm!");
        public static string None(Language l) => CardTexts.EscalationCard.None(l);
        public static string Yes(Language l) => Pick(l, "ja", "yes");
        public static string No(Language l) => Pick(l, "nee", "no");

        public static string EscalationKindName(Language l, EscalationKind kind) => CardTexts.EscalationCard.Title(l, kind);

        public static string EscalationStatusName(Language l, EscalationStatus status) => status switch
        {
            EscalationStatus.Acknowledged => Pick(l, "opgepakt", "picked up"),
            EscalationStatus.Resolved => Pick(l, "afgehandeld", "resolved"),
            _ => Pick(l, "nieuw", "new"),
        };

        /// <summary>Regisseurs above the caseload guideline: counts only, never names.</summary>
        public static string CaseloadsAbove(Language l, int limit, IReadOnlyList<int> countsAbove) => Pick(l,
            $"{countsAbove.Count} {(countsAbove.Count == 1 ? "regisseur heeft" : "regisseurs hebben")} meer dan {limit} {(limit == 1 ? "gezin" : "gezinnen")} ({string.Join(", ", countsAbove.Select(c => $"{c} gezinnen"))}).",
            $"{countsAbove.Count} {(countsAbove.Count == 1 ? "regisseur leads" : "regisseurs lead")} more than {limit} {(limit == 1 ? "family" : "families")} ({string.Join(", ", countsAbove.Select(c => $"{c} families"))}).");

        /// <summary>An organisation whose actions reached the guard repeatedly: its name and the count only.</summary>
        public static string OrganisationMissing(Language l, string organisation, int escalations, int months) => Pick(l,
            $"{organisation}: {escalations} {(escalations == 1 ? "escalatie" : "escalaties")} in de laatste {months} maanden.",
            $"{organisation}: {escalations} {(escalations == 1 ? "escalation" : "escalations")} in the last {months} months.");

        /// <summary>On an escalation: how many working days its action is past its date.</summary>
        public static string DaysLate(Language l) => Pick(l, "Werkdagen te laat", "Working days late");

        /// <summary>The texts the page shows, by the key it looks them up with.</summary>
        public static IReadOnlyDictionary<string, string> Page(Language l) => new Dictionary<string, string>
        {
            ["title"] = Title(l),
            ["intro"] = Intro(l),
            ["family"] = Family(l),
            ["phase"] = Phase(l),
            ["level"] = Level(l),
            ["regisseurOrganisation"] = RegisseurOrganisation(l),
            ["late"] = Late(l),
            ["daysLate"] = DaysLate(l),
            ["waiting"] = Waiting(l),
            ["escalated"] = Escalated(l),
            ["daysSinceProgress"] = DaysSinceProgress(l),
            ["planDue"] = PlanDue(l),
            ["evaluationDue"] = EvaluationDue(l),
            ["overdueNorm"] = OverdueNorm(l),
            ["escalations"] = Escalations(l),
            ["escalation"] = Escalation(l),
            ["raised"] = Raised(l),
            ["organisation"] = Organisation(l),
            ["steps"] = Steps(l),
            ["patterns"] = Patterns(l),
            ["organisationsMissing"] = OrganisationsMissing(l),
            ["caseloads"] = Caseloads(l),
            ["search"] = Search(l),
            ["filterAll"] = FilterAll(l),
            ["filterEscalated"] = FilterEscalated(l),
            ["filterLate"] = FilterLate(l),
            ["filterNorms"] = FilterNorms(l),
            ["export"] = Export(l),
            ["empty"] = Empty(l),
            ["none"] = None(l),
        };

        /// <summary>The CSV's header row, one column per fact of a family row.</summary>
        public static IReadOnlyList<string> CsvHeader(Language l) =>
        [
            Family(l), Phase(l), Level(l), RegisseurOrganisation(l), Late(l), Waiting(l), Escalated(l), DaysSinceProgress(l),
            PlanDue(l), PlanOverdue(l), EvaluationDue(l), EvaluationOverdue(l),
        ];

        /// <summary>The export's file name, e.g. regie-op-regie-2026-12-04.csv.</summary>
        public static string CsvFileName(DateOnly today) => $"regie-op-regie-{today:yyyy-MM-dd}.csv";
    }
}
