using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

/// <summary>Nudges and escalations: positive, blaming nobody, process facts only where the procesmanager reads.</summary>
public static partial class Messages
{
    public static string RegisseurInformedLate(Language l, FamilyState f, PlanAction a, int daysLate) => Pick(l,
        $"Ter info, gezin **{UserText.Escape(f.Alias)}**: taak **{a.Number}** van {Person(f, a.OwnerUserId)} staat {daysLate} werkdagen over de datum. Ik heb {Name(f, a.OwnerUserId)} vriendelijk herinnerd; misschien helpt een kort contact.",
        $"For your information, family **{UserText.Escape(f.Alias)}**: task **{a.Number}** of {Person(f, a.OwnerUserId)} is {daysLate} working days past its date. I've sent {Name(f, a.OwnerUserId)} a friendly reminder; a short call may help.");

    public static string NoRegisseurForLate(Language l, FamilyState f, PlanAction a) => Pick(l,
        $"Taak **{a.Number}** loopt achter en er is nog geen regisseur die kan helpen. Wie neemt de regie? Zeg **ik neem de regie**.",
        $"Task **{a.Number}** is running late and there is no regisseur to help yet. Who takes the lead? Say **I take the lead**.");

    public static string StallNoRegisseur(Language l) => Pick(l,
        "Het is al een paar weken stil rond dit gezin: geen planwijziging, geen afgeronde taak en geen bericht. Wie neemt de regie om samen te kijken wat er nodig is?",
        "It has been quiet around this family for a few weeks: no plan change, no task done and no message. Who takes the lead to look at what is needed?");

    public static string SentToProcesmanagerInThread(Language l, int? action, GuardRole role = GuardRole.Procesmanager) => action is { } n
        ? Pick(l, $"Taak **{n}** is voorgelegd aan de {GuardRoleName(l, role)}, met alleen procesgegevens.", $"Task **{n}** has been put before the {GuardRoleName(l, role)}, with process facts only.")
        : Pick(l, $"Dit is voorgelegd aan de {GuardRoleName(l, role)}, met alleen procesgegevens.", $"This has been put before the {GuardRoleName(l, role)}, with process facts only.");

    public static string KnelpuntRaised(Language l, Procesmanager? pm) => pm is null
        ? Pick(l, "Het knelpunt is vastgelegd. Er is nog geen procesmanager ingesteld; een beheerder kan die instellen met **procesmanager is** @naam.",
            "The bottleneck is recorded. No procesmanager is set yet; an administrator can set one with **procesmanager is** @name.")
        : Pick(l, $"Het knelpunt is voorgelegd aan {GuardRoleName(l, pm.Role)} **{UserText.Escape(pm.Name)}** (alleen procesgegevens en jullie omschrijving). Je hoort hier wat er besloten wordt.",
            $"The bottleneck went straight to {GuardRoleName(l, pm.Role)} **{UserText.Escape(pm.Name)}** (process facts and your description only). You'll hear here what is decided.");

    public static string ImpasseRaised(Language l, Procesmanager? pm) => pm is null
        ? Pick(l, "De impasse is vastgelegd. Er is nog geen procesmanager ingesteld om te beslissen; een beheerder kan die instellen met **procesmanager is** @naam.",
            "The impasse is recorded. No procesmanager is set yet to decide; an administrator can set one with **procesmanager is** @name.")
        : Pick(l, $"Er is een besluit gevraagd aan {GuardRoleName(l, pm.Role)} **{UserText.Escape(pm.Name)}**. Je hoort hier wat er besloten wordt.",
            $"A decision has been asked of {GuardRoleName(l, pm.Role)} **{UserText.Escape(pm.Name)}**. You'll hear here what is decided.");

    public static string WhatIsTheKnelpunt(Language l) => Pick(l,
        "Wat is het knelpunt? Bijvoorbeeld: **knelpunt:** school reageert al drie weken niet op de verwijzing.",
        "What is the bottleneck? For example: **bottleneck:** the school hasn't answered the referral for three weeks.");

    public static string SafetyToThread(Language l, FamilyState f) => Pick(l,
        $"Dank je, de zorg over veiligheid is meteen doorgegeven aan de regisseur{(f.Regisseur is { } r ? $" ({Name(f, r.UserId)})" : "")}. Volg bij zorgen over huiselijk geweld of kindermishandeling altijd de **meldcode**; deze bot vervangt die niet. Bij acuut gevaar: bel 112.",
        $"Thank you, the safety concern went straight to the regisseur{(f.Regisseur is { } r2 ? $" ({Name(f, r2.UserId)})" : "")}. For concerns about domestic violence or child abuse always follow the **meldcode**; this bot does not replace it. In acute danger: call 112.");

    public static string SafetyToRegisseur(Language l, FamilyState f, string reporterUserId, string text) => Pick(l,
        $"**Zorg over veiligheid** bij gezin **{UserText.Escape(f.Alias)}**, gemeld door {Person(f, reporterUserId)}: {UserText.Escape(text)}\n\nBespreek dit vandaag en volg de **meldcode** (afwegingskader, zo nodig Veilig Thuis). Bij acuut gevaar: 112.",
        $"**Safety concern** for family **{UserText.Escape(f.Alias)}**, reported by {Person(f, reporterUserId)}: {UserText.Escape(text)}\n\nPlease discuss this today and follow the **meldcode** (including Veilig Thuis where needed). In acute danger: 112.");

    public static string SafetyNoRegisseur(Language l) => Pick(l,
        "Let op: er is nog geen regisseur om dit aan door te geven. Neem zelf contact op met je leidinggevende en volg de **meldcode**.",
        "Note: there is no regisseur to pass this to yet. Please contact your manager yourself and follow the **meldcode**.");

    public static string EscalatedByRegisseur(Language l, Procesmanager? pm, int action) => pm is null
        ? Pick(l, $"Taak **{action}** staat op escalatie, maar er is nog geen procesmanager ingesteld.", $"Task **{action}** is escalated, but no procesmanager is set yet.")
        : Pick(l, $"Taak **{action}** is voorgelegd aan {GuardRoleName(l, pm.Role)} **{UserText.Escape(pm.Name)}**.", $"Task **{action}** has been put before {GuardRoleName(l, pm.Role)} **{UserText.Escape(pm.Name)}**.");

    public static string Deescalated(Language l, FamilyState f, PlanAction a) => Pick(l,
        $"Goed nieuws, gezin **{UserText.Escape(f.Alias)}**: taak **{a.Number}** is weer in beweging ({UserText.Escape(StatusName(l, a))}{(a.Due is { } d && !a.IsClosed && a.ClockRestartedOn is null ? ", nieuwe datum " + DutchDates.Long(d, l) : "")}). De escalatie is van tafel.",
        $"Good news, family **{UserText.Escape(f.Alias)}**: task **{a.Number}** is moving again ({UserText.Escape(StatusName(l, a))}{(a.Due is { } d2 && !a.IsClosed && a.ClockRestartedOn is null ? ", new date " + DutchDates.Long(d2, l) : "")}). The escalation is off the table.");

    public static string DigestSet(Language l, bool on) => on
        ? Pick(l, "Dagoverzicht staat aan: je krijgt elke werkdag aan het begin van de dag één overzicht van je taken, in plaats van losse herinneringen. Zet het uit met **dagoverzicht uit**.",
            "Daily digest is on: every working day you get one overview of your tasks at the start of the day, instead of separate reminders. Turn it off with **digest off**.")
        : Pick(l, "Dagoverzicht staat uit: je krijgt weer losse herinneringen als een taak op datum komt.", "Daily digest is off: you get separate reminders again when a task falls due.");

    public static string DigestHeading(Language l) => Pick(l, "Goedemorgen! Je taken van vandaag en wat nog openstaat:", "Good morning! Your tasks for today and what is still open:");

    public static string ProcesmanagerSet(Language l, Procesmanager pm) => Pick(l,
        $"**{UserText.Escape(pm.Name)}** is nu procesmanager voor de gezinnen van dit team. Die ziet alleen procesgegevens, geen inhoud van plannen.",
        $"**{UserText.Escape(pm.Name)}** is now procesmanager for this team's families. They see process facts only, never plan content.");

    public static string NotAllowedToSetProcesmanager(Language l) => Pick(l,
        "Alleen een beheerder of de huidige procesmanager kan de procesmanager instellen.",
        "Only an administrator or the current procesmanager can set the procesmanager.");

    public static string WhoIsProcesmanager(Language l, Procesmanager? pm) => pm is null
        ? Pick(l, "Er is nog geen procesmanager ingesteld voor dit team.", "No procesmanager is set for this team yet.")
        : Pick(l, $"Procesmanager voor dit team: **{UserText.Escape(pm.Name)}**.", $"Procesmanager for this team: **{UserText.Escape(pm.Name)}**.");

    public static string EscalationHandledInThread(Language l, FamilyState f, FamilyEscalation e, EscalationEventKind kind, string? detail, GuardRole role = GuardRole.Procesmanager) => kind switch
    {
        EscalationEventKind.Acknowledged => Pick(l, $"De {GuardRoleName(l, role)} heeft escalatie {e.Number} gezien en pakt het op.", $"The {GuardRoleName(l, role)} has seen escalation {e.Number} and is on it."),
        EscalationEventKind.DeadlineSet => Pick(l, $"De {GuardRoleName(l, role)} heeft een nieuwe termijn gesteld voor taak **{e.ActionNumber}**: {UserText.Escape(detail)}.", $"The {GuardRoleName(l, role)} set a new deadline for task **{e.ActionNumber}**: {UserText.Escape(detail)}."),
        EscalationEventKind.Reassigned => Pick(l, $"De {GuardRoleName(l, role)} heeft taak **{e.ActionNumber}** belegd bij {Person(f, detail ?? "")}.", $"The {GuardRoleName(l, role)} assigned task **{e.ActionNumber}** to {Person(f, detail ?? "")}."),
        EscalationEventKind.CasusoverlegCalled => Pick(l, $"De {GuardRoleName(l, role)} roept een casusoverleg bijeen. De regisseur plant het in. " + HowToPlanMeeting(l), $"The {GuardRoleName(l, role)} calls a case conference. The regisseur will schedule it. " + HowToPlanMeeting(l)),
        EscalationEventKind.DecisionRecorded => Pick(l, $"Besluit van de {GuardRoleName(l, role)}: {UserText.Escape(detail)}", $"Decision of the {GuardRoleName(l, role)}: {UserText.Escape(detail)}"),
        EscalationEventKind.EscalatedToBoard => Pick(l, $"De {GuardRoleName(l, role)} legt dit voor aan directie/bestuur: {UserText.Escape(detail)}", $"The {GuardRoleName(l, role)} takes this to the board: {UserText.Escape(detail)}"),
        EscalationEventKind.Deescalated => Pick(l, $"De {GuardRoleName(l, role)} heeft escalatie {e.Number} afgesloten.", $"The {GuardRoleName(l, role)} closed escalation {e.Number}."),
        _ => "",
    };

    public static string ManagerLookup(Language l, string ownerName, string? managerName, string? managerMail, bool unavailable) =>
        unavailable
            ? Pick(l, $"Ik kon de leidinggevende van {UserText.Escape(ownerName)} nu niet opzoeken. Vraag het even na bij de organisatie.", $"I couldn't look up {UserText.Escape(ownerName)}'s manager right now. Please ask their organisation.")
            : managerName is null
                ? Pick(l, $"Voor {UserText.Escape(ownerName)} is geen leidinggevende bekend.", $"No manager is known for {UserText.Escape(ownerName)}.")
                : Pick(l, $"Leidinggevende van {UserText.Escape(ownerName)}: **{UserText.Escape(managerName)}**{(managerMail is null ? "" : $" ({UserText.Escape(managerMail)})")}. Bespreek samen wat er nodig is om de taak rond te krijgen.",
                    $"Manager of {UserText.Escape(ownerName)}: **{UserText.Escape(managerName)}**{(managerMail is null ? "" : $" ({UserText.Escape(managerMail)})")}. Discuss together what is needed to get the task done.");

    public static string CasusoverlegProposed(Language l, FamilyState f, int? action) => Pick(l,
        $"{(f.Regisseur is { } r ? Name(f, r.UserId) : "De regisseur")} stelt een **casusoverleg** voor{(action is { } n ? $" over taak {n}" : "")}. Laat hier weten wanneer je kunt. " + HowToPlanMeeting(l),
        $"{(f.Regisseur is { } r2 ? Name(f, r2.UserId) : "The regisseur")} proposes a **case conference**{(action is { } n2 ? $" about task {n2}" : "")}. Please say here when you can. " + HowToPlanMeeting(l));
}
