using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

public static partial class Messages
{
    public static string ActionAdded(Language l, FamilyState family, PlanAction a, DateOnly today)
    {
        var due = a.Due is { } d ? Pick(l, $", uiterlijk {DutchDates.Short(d, today, l)}", $", due {DutchDates.Short(d, today, l)}") : "";
        var noDate = a.Due is null ? Pick(l, " Er staat nog geen datum bij; geef er een met **" + a.Number + " nieuwe datum** vrijdag.", " It has no date yet; add one with **move " + a.Number + " to** Friday.") : "";
        return Pick(l,
            $"Taak **{a.Number}** genoteerd voor {OwnerLabel(l, family, a)}: {UserText.Escape(a.Description)}{due}.{noDate}",
            $"Task **{a.Number}** noted for {OwnerLabel(l, family, a)}: {UserText.Escape(a.Description)}{due}.{noDate}");
    }

    public static string NoTaskFits(Language l) => Pick(l,
        "Ik vond geen open taak die daarbij past, dus ik heb niets veranderd. Welke taak is het? Typ bijvoorbeeld **3 klaar** (het nummer staat in het plan).",
        "I found no open task that fits, so I changed nothing. Which task is it? Type for example **3 done** (the number is in the plan).");

    public static string ActionDone(Language l, PlanAction a) => Pick(l,
        $"Top, taak **{a.Number}** is gedaan. Dank je wel!",
        $"Great, task **{a.Number}** is done. Thank you!");

    public static string ActionInProgress(Language l, PlanAction a) => Pick(l,
        $"Taak **{a.Number}** staat op bezig.",
        $"Task **{a.Number}** is now in progress.");

    public static string ActionWaiting(Language l, PlanAction a) => Pick(l,
        $"Taak **{a.Number}** wacht op {UserText.Escape(a.WaitingOn)}" + (a.WaitingUntil is { } u ? $" tot {DutchDates.Long(u, l)}; tot dan stuur ik geen herinneringen." : "."),
        $"Task **{a.Number}** is waiting for {UserText.Escape(a.WaitingOn)}" + (a.WaitingUntil is { } u2 ? $" until {DutchDates.Long(u2, l)}; I won't send reminders before then." : "."));

    public static string ActionNotPossible(Language l, PlanAction a) => Pick(l,
        $"Genoteerd: taak **{a.Number}** lukt niet ({UserText.Escape(a.Reason)}). Bespreek met de regisseur wat er nu nodig is.",
        $"Noted: task **{a.Number}** can't be done ({UserText.Escape(a.Reason)}). Please discuss with the regisseur what is needed now.");

    public static string ActionRescheduled(Language l, PlanAction a, DateOnly today) => Pick(l,
        $"Taak **{a.Number}** heeft een nieuwe datum: {DutchDates.Short(a.Due!.Value, today, l)}.",
        $"Task **{a.Number}** has a new date: {DutchDates.Short(a.Due!.Value, today, l)}.");

    public static string ActionReassigned(Language l, FamilyState family, PlanAction a) => Pick(l,
        $"Taak **{a.Number}** is nu van {OwnerLabel(l, family, a)}.",
        $"Task **{a.Number}** now belongs to {OwnerLabel(l, family, a)}.");

    public static string StatusName(Language l, PlanAction a) => a.Status switch
    {
        ActionStatus.Open => Pick(l, "open", "open"),
        ActionStatus.InProgress => Pick(l, "bezig", "in progress"),
        ActionStatus.Waiting => Pick(l, $"wacht op {a.WaitingOn}", $"waiting for {a.WaitingOn}"),
        ActionStatus.Done => Pick(l, "gedaan", "done"),
        ActionStatus.NotPossible => Pick(l, "lukt niet", "not possible"),
        _ => a.Status.ToString(),
    };

    public static string NoTasks(Language l) => Pick(l,
        "Je hebt geen open taken. Fijn!",
        "You have no open tasks. Nice!");
}
