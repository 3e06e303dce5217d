using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

/// <summary>A family's life: phases, time norms, extension, the outcome per goal, nazorg.</summary>
public static partial class Messages
{
    public static string PhaseName(Language l, FamilyPhase phase) => phase switch
    {
        FamilyPhase.Registered => Pick(l, "aangemeld", "registered"),
        FamilyPhase.Active => Pick(l, "actief", "active"),
        FamilyPhase.Evaluation => Pick(l, "evaluatie", "evaluation"),
        FamilyPhase.Concluded => Pick(l, "afgesloten", "concluded"),
        FamilyPhase.Aftercare => Pick(l, "nazorg", "aftercare"),
        _ => Pick(l, "gesloten", "closed"),
    };

    public static string GoalResultName(Language l, GoalResult result) => result switch
    {
        GoalResult.Achieved => Pick(l, "behaald", "achieved"),
        GoalResult.Partly => Pick(l, "deels behaald", "partly achieved"),
        _ => Pick(l, "niet behaald", "not achieved"),
    };

    /// <summary>The phase and its next time norm, e.g. "actief · evaluatie op 3 juni 2027", for the plan card and the procesmanager's facts.</summary>
    public static string PhaseLine(Language l, FamilyState f)
    {
        var phase = PhaseName(l, f.Phase);
        var next = f.Phase switch
        {
            FamilyPhase.Registered when f.NextNormOn is { } plan && f.Plan.Agreement.Kind == AgreementKind.NotYetDiscussed
                => Pick(l, $"plan met het gezin voor {DutchDates.Long(plan, l)}", $"plan with the family by {DutchDates.Long(plan, l)}"),
            FamilyPhase.Active or FamilyPhase.Registered or FamilyPhase.Evaluation when f.NextNormOn is { } due => f.Extensions.IsEmpty
                ? Pick(l, $"evaluatie op {DutchDates.Long(due, l)}", $"evaluation on {DutchDates.Long(due, l)}")
                : Pick(l, $"verlengd tot {DutchDates.Long(due, l)}", $"extended until {DutchDates.Long(due, l)}"),
            FamilyPhase.Concluded => Pick(l, "uitkomst per doel nog nodig", "outcome per goal still needed"),
            FamilyPhase.Aftercare when f.NextNormOn is { } until => Pick(l, $"tot {DutchDates.Long(until, l)}", $"until {DutchDates.Long(until, l)}"),
            _ => null,
        };
        return next is null ? phase : $"{phase} · {next}";
    }

    public static string ExtensionNeedsReason(Language l, int months) => Pick(l,
        $"Waarom verlengen? Schrijf de reden erbij, bijvoorbeeld: **verlengen met {months} maanden:** schuldhulp loopt nog.",
        $"Why extend? Please add the reason, for example: **extend by {months} months:** debt counselling is still running.");

    public static string ExtensionIsMonths(Language l, int months) => Pick(l,
        $"Een verlenging is {months} maanden; daarna kan het opnieuw. Schrijf bijvoorbeeld: **verlengen met {months} maanden:** reden.",
        $"An extension is {months} months; after that you can extend again. Write for example: **extend by {months} months:** reason.");

    public static string FamilyExtended(Language l, string alias, DateOnly until) => Pick(l,
        $"De hulp aan gezin **{alias}** is verlengd tot **{DutchDates.Long(until, l)}**. Dan komt de evaluatie opnieuw; ik herinner de regisseur eraan.",
        $"The support for family **{alias}** is extended until **{DutchDates.Long(until, l)}**. The evaluation comes round again then; I'll remind the regisseur.");

    public static string OutcomeNeedsWords(Language l, int goal, GoalResult result) => Pick(l,
        $"Schrijf er een woord bij, bijvoorbeeld: **doel {goal} {GoalResultName(l, result)}:** huur is op orde.",
        $"Please add a word about it, for example: **goal {goal} {GoalResultName(l, result)}:** rent is in order.");

    public static string OutcomeRecorded(Language l, Goal goal, IReadOnlyList<Goal> stillOpen, bool closing)
    {
        var recorded = Pick(l, $"Doel **{goal.Number}** is {GoalResultName(l, goal.Outcome!.Result)}; dat staat in de geschiedenis.",
            $"Goal **{goal.Number}** is {GoalResultName(l, goal.Outcome!.Result)}; that is in the history.");
        if (!closing || stillOpen.Count == 0) return recorded;
        return recorded + " " + Pick(l, "Nog een uitkomst nodig voor: ", "Still an outcome needed for: ") + GoalList(l, stillOpen) + ".";
    }

    public static string AftercareStarted(Language l, string alias, DateOnly until) => Pick(l,
        $"Alle doelen hebben een uitkomst. De nazorg voor gezin **{alias}** loopt tot **{DutchDates.Long(until, l)}**; daarna wordt het gezin gesloten. Eerder klaar? Zeg **nazorg afsluiten**.",
        $"Every goal has an outcome. Aftercare for family **{alias}** runs until **{DutchDates.Long(until, l)}**; then the family is closed. Done earlier? Say **end aftercare**.");

    /// <summary>After "gezin afsluiten: reden" while goals have no outcome yet: how to give them.</summary>
    public static string ClosedAskOutcomes(Language l, string alias, IReadOnlyList<Goal> goals) => Pick(l,
        $"Gezin **{alias}** is afgesloten. Dank voor ieders inzet. Hoe ging het per doel? Schrijf per doel **behaald**, **deels** of **niet behaald**, met een woord erbij, bijvoorbeeld **doel {goals[0].Number} behaald:** huur is op orde.\n\n"
        + string.Join("\n", goals.Select(g => $"- doel {g.Number} ({UserText.Escape(g.Leefgebied)}): {UserText.Escape(g.Text)}"))
        + "\n\nDaarna begint de nazorg.",
        $"Family **{alias}** is concluded. Thank you all for your work. How did each goal go? Write **achieved**, **partly** or **not achieved** per goal, with a word, for example **goal {goals[0].Number} achieved:** rent is in order.\n\n"
        + string.Join("\n", goals.Select(g => $"- goal {g.Number} ({UserText.Escape(g.Leefgebied)}): {UserText.Escape(g.Text)}"))
        + "\n\nThe aftercare begins after that.");

    public static string ClosedIntoAftercare(Language l, string alias, DateOnly until) => Pick(l,
        $"Gezin **{alias}** is afgesloten. Dank voor ieders inzet. De nazorg loopt tot **{DutchDates.Long(until, l)}**; daarna wordt het gezin gesloten en blijft het plan bewaard tot de bewaartermijn verloopt. Eerder klaar? Zeg **nazorg afsluiten**.",
        $"Family **{alias}** is concluded. Thank you all for your work. Aftercare runs until **{DutchDates.Long(until, l)}**; then the family is closed and the plan is kept until the retention period ends. Done earlier? Say **end aftercare**.");

    public static string AftercareEnded(Language l, string alias) => Pick(l,
        $"De nazorg voor gezin **{alias}** is afgerond; het gezin is gesloten. Het plan blijft bewaard tot de bewaartermijn verloopt.",
        $"Aftercare for family **{alias}** is finished; the family is closed. The plan is kept until the retention period ends.");

    // ---- reminders of the time norms (to the regisseur; to the thread when there is none) ---------------------------

    public static string PlanNotAgreedReminder(Language l, FamilyState f, int weeks, bool toThread) => Pick(l,
        $"Gezin **{UserText.Escape(f.Alias)}** is {weeks} weken geleden aangemeld en het plan is nog niet met het gezin besproken. Lukt het om dat deze week in te plannen? Daarna: **plan besproken met gezin**."
        + (toThread ? " Er is nog geen regisseur: wie neemt de regie?" : ""),
        $"Family **{UserText.Escape(f.Alias)}** was registered {weeks} weeks ago and the plan has not been discussed with the family yet. Could you plan that this week? Then: **plan discussed with the family**."
        + (toThread ? " There is no regisseur yet: who takes the lead?" : ""));

    public static string EvaluationDueReminder(Language l, FamilyState f, DateOnly due, bool extended, bool toThread) => Pick(l,
        (extended
            ? $"De verlenging van gezin **{UserText.Escape(f.Alias)}** loopt af ({DutchDates.Long(due, l)}). "
            : $"Gezin **{UserText.Escape(f.Alias)}** krijgt nu zes maanden hulp: tijd voor de evaluatie met het gezin. ")
        + "Bespreek samen wat er bereikt is en wat nog nodig is. Daarna: **gezin afsluiten:** reden, of **verlengen met 3 maanden:** reden."
        + (toThread ? " Er is nog geen regisseur: wie neemt de regie?" : ""),
        (extended
            ? $"The extension for family **{UserText.Escape(f.Alias)}** ends ({DutchDates.Long(due, l)}). "
            : $"Family **{UserText.Escape(f.Alias)}** has had six months of support: time for the evaluation with the family. ")
        + "Discuss together what has been reached and what is still needed. Then: **close family:** reason, or **extend by 3 months:** reason."
        + (toThread ? " There is no regisseur yet: who takes the lead?" : ""));

    private static string GoalList(Language l, IEnumerable<Goal> goals) =>
        string.Join(", ", goals.Select(g => Pick(l, $"doel {g.Number}", $"goal {g.Number}")));

    // ---- history lines ----------------------------------------------------------------------------------------------

    private static string ExtendedLine(Language l, string who, string? detail)
    {
        var (until, reason) = Split(detail, ':');
        var date = DateOnly.TryParse(until, System.Globalization.CultureInfo.InvariantCulture, out var d) ? DutchDates.Long(d, l) : UserText.Escape(until);
        return Pick(l, $"{who} verlengde de hulp tot {date} ({UserText.Escape(reason)})", $"{who} extended the support until {date} ({UserText.Escape(reason)})");
    }

    private static string OutcomeLine(Language l, string who, string? detail)
    {
        var (goal, rest) = Split(detail, ':');
        var (resultText, words) = Split(rest, ':');
        var result = Enum.TryParse<GoalResult>(resultText, out var r) ? GoalResultName(l, r) : "";
        return Pick(l, $"{who} legde de uitkomst van doel {UserText.Escape(goal)} vast: {result} ({UserText.Escape(words)})",
            $"{who} recorded the outcome of goal {UserText.Escape(goal)}: {result} ({UserText.Escape(words)})");
    }

    private static string LifecycleHistoryLine(Language l, HistoryKind kind, string who, string? detail) => kind switch
    {
        HistoryKind.FamilyExtended => ExtendedLine(l, who, detail),
        HistoryKind.GoalOutcomeRecorded => OutcomeLine(l, who, detail),
        HistoryKind.AftercareStarted => Pick(l, "De nazorg begon", "The aftercare began"),
        HistoryKind.AftercareEnded when detail == "early" => Pick(l, $"{who} sloot de nazorg af; het gezin is gesloten", $"{who} ended the aftercare; the family is closed"),
        _ => Pick(l, "De nazorg is afgerond; het gezin is gesloten", "The aftercare is finished; the family is closed"),
    };

    private static string? LifecycleNoticeLine(Language l, NoticeKind kind, string who) => kind switch
    {
        NoticeKind.PlanNotAgreed => Pick(l, $"{who} herinnerde de regisseur aan het plan met het gezin", $"{who} reminded the regisseur of the plan with the family"),
        NoticeKind.EvaluationDue => Pick(l, $"{who} herinnerde de regisseur aan de evaluatie", $"{who} reminded the regisseur of the evaluation"),
        NoticeKind.ExtensionEnded => Pick(l, $"{who} liet de regisseur weten dat de verlenging afloopt", $"{who} told the regisseur the extension ends"),
        NoticeKind.AftercareEnded => Pick(l, $"{who} meldde het einde van de nazorg", $"{who} told the end of the aftercare"),
        _ => null,
    };
}
