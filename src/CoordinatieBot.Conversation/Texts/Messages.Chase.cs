using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

/// <summary>
/// What nobody chased before: the family's own actions (their supporting professional hears of them, in a supporting
/// tone), an action without a date, a family that cannot be reached, a regisseur with many families, and the
/// procesmanager's patterns (process facts only).
/// </summary>
public static partial class Messages
{
    /// <summary>Who an action is for: its owner's name, or "het gezin (met Sanne)" for the family's own action.</summary>
    public static string OwnerLabel(Language l, FamilyState f, PlanAction a) =>
        a.ForFamily ? Pick(l, $"het gezin (met {Name(f, a.OwnerUserId)})", $"the family (with {Name(f, a.OwnerUserId)})") : Name(f, a.OwnerUserId);

    /// <summary>The plan card's owner of an action, unescaped (a card's literal text): "gezin (met Sanne Jansen)".</summary>
    public static string OwnerOnCard(Language l, FamilyState f, PlanAction a)
    {
        var name = f.FindMember(a.OwnerUserId)?.Name ?? "?";
        return a.ForFamily ? Pick(l, $"gezin (met {name})", $"family (with {name})") : name;
    }

    /// <summary>In "mijn taken": the task is the family's own, the reader supports them.</summary>
    public static string FamilyTaskMark(Language l) => Pick(l, " · taak van het gezin (jij ondersteunt)", " · the family's task (you support them)");

    /// <summary>The regisseur hears a family's own action is some days past its date: support, not a procesmanager.</summary>
    public static string RegisseurInformedFamilyLate(Language l, FamilyState f, PlanAction a, int daysLate) => Pick(l,
        $"Ter info, gezin **{UserText.Escape(f.Alias)}**: taak **{a.Number}** is een taak van het gezin zelf, met steun van {Name(f, a.OwnerUserId)}, en staat {daysLate} werkdagen over de datum. Ik heb {Name(f, a.OwnerUserId)} gevraagd hoe het gaat; misschien heeft het gezin wat meer steun nodig. Een taak van het gezin gaat niet naar de procesmanager.",
        $"For your information, family **{UserText.Escape(f.Alias)}**: task **{a.Number}** is the family's own task, supported by {Name(f, a.OwnerUserId)}, and is {daysLate} working days past its date. I've asked {Name(f, a.OwnerUserId)} how it is going; perhaps the family needs a little more support. A family's own task does not go to the procesmanager.");

    // ---- niet bereikbaar ----------------------------------------------------------------------------------------------

    public static string FamilyUnreachableNoted(Language l, FamilyState f, int askAfterWorkingDays) => Pick(l,
        $"Genoteerd: het gezin is niet bereikbaar sinds {DutchDates.Long(f.UnreachableSince!.Value, l)}. Dat staat nu op de plankaart; is er na {askAfterWorkingDays} werkdagen nog geen contact, dan vraag ik de regisseur wat we doen. Lukt het weer, typ dan **gezin weer bereikt**.",
        $"Noted: the family has not been reachable since {DutchDates.Long(f.UnreachableSince!.Value, l)}. It is on the plan card now; if there is still no contact after {askAfterWorkingDays} working days, I'll ask the regisseur what we do. Once you reach them, type **family reached again**.");

    public static string FamilyReachedNoted(Language l) => Pick(l,
        "Fijn dat er weer contact is met het gezin! \"Niet bereikbaar\" staat niet meer op de plankaart.",
        "Good to hear there is contact with the family again! \"Unreachable\" is off the plan card.");

    public static string FamilyWasNotUnreachable(Language l) => Pick(l,
        "Er stond niet genoteerd dat het gezin niet bereikbaar was, dus er verandert niets.",
        "The family was not noted as unreachable, so nothing changes.");

    public static string UnreachableSinceWhen(Language l) => Pick(l,
        "Sinds wanneer is het gezin niet bereikbaar? Typ bijvoorbeeld **niet bereikbaar sinds** maandag of **niet bereikbaar sinds** 3 maart.",
        "Since when has the family been unreachable? Type for example **family unreachable since** Monday or **family unreachable since** 3 March.");

    public static string UnreachableSinceInFuture(Language l) => Pick(l,
        "Die datum ligt nog in de toekomst. Sinds wanneer is het gezin niet bereikbaar?",
        "That date is still to come. Since when has the family been unreachable?");

    /// <summary>The task the regisseur makes from the card: a home visit or outreach.</summary>
    public static string OutreachTask(Language l) => Pick(l, "huisbezoek of outreach: contact met het gezin herstellen", "home visit or outreach: restore contact with the family");

    /// <summary>The knelpunt the regisseur puts before the procesmanager from the card (process facts: no family words).</summary>
    public static string UnreachableKnelpunt(Language l, DateOnly since) => Pick(l,
        $"gezin niet bereikbaar sinds {DutchDates.Long(since, l)}",
        $"family unreachable since {DutchDates.Long(since, l)}");

    // ---- caseload -----------------------------------------------------------------------------------------------------

    public static string CaseloadAbove(Language l, int families, int limit) => Pick(l,
        $"Fijn dat je de regie neemt! Je bent nu regisseur van {families} gezinnen; als richtlijn houden we er zo'n {limit} aan. Het mag gewoon, en je hebt vast je redenen. Wordt het te veel, bespreek het dan gerust met je leidinggevende of de procesmanager.",
        $"Thank you for taking the lead! You are now the regisseur of {families} families; as a guideline we keep to about {limit}. That's fine, and you surely have your reasons. If it becomes too much, feel free to talk it over with your manager or the procesmanager.");

    // ---- the procesmanager's weekly overview (Dutch, process facts only) --------------------------------------------------

    /// <summary>How many regisseurs have more families than the limit, with their counts only (no names, no families).</summary>
    public static string WeeklyOverviewCaseloads(int limit, IReadOnlyList<int> countsAbove) =>
        $"Caseload: {countsAbove.Count} {(countsAbove.Count == 1 ? "regisseur heeft" : "regisseurs hebben")} meer dan {limit} gezinnen ({string.Join(", ", countsAbove.OrderByDescending(c => c).Select(c => $"{c} gezinnen"))}).";

    /// <summary>An organisation whose actions reached the procesmanager repeatedly: its name and the count only.</summary>
    public static string WeeklyOverviewPattern(string organisation, int escalations, int months) =>
        $"Patroon: {UserText.Escape(organisation)}: {escalations} escalaties in de laatste {months} maanden.";
}
