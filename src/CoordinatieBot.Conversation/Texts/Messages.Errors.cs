using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

public static partial class Messages
{
    /// <summary>Why a change was refused, in words that say what to do instead.</summary>
    public static string Refused(Language l, DomainError error) => error switch
    {
        DomainError.FamilyClosed => Pick(l, "Dit gezin is afgesloten; er kan niets meer worden gewijzigd.", "This family is closed; nothing can be changed any more."),
        DomainError.NotAMember => Pick(l, "Alleen deelnemers van dit gezinsgesprek kunnen dit doen.", "Only members of this family's chat can do this."),
        DomainError.UnknownPerson => Pick(l, "Die persoon ken ik nog niet in dit gezinsgesprek. Noem iemand met een @vermelding die in dit gesprek zit.", "I don't know that person in this family's chat yet. Use an @mention of someone in this chat."),
        DomainError.AlreadyRegisseur => Pick(l, "Je bent al de regisseur van dit gezin.", "You are already the regisseur of this family."),
        DomainError.RegieHeldByOther => Pick(l, "Er is al een regisseur. Vraag de huidige regisseur om **regie overdragen aan** @jou.", "There already is a regisseur. Ask them to **hand over the lead to** @you."),
        DomainError.NoRegisseur => Pick(l, "Er is nog geen regisseur. Zeg **ik neem de regie** om die rol te nemen.", "There is no regisseur yet. Say **I take the lead** to take that role."),
        DomainError.OnlyRegisseurCanHandOver => Pick(l, "Alleen de huidige regisseur kan de regie overdragen.", "Only the current regisseur can hand over the lead."),
        DomainError.HandoverToSelf => Pick(l, "Je kunt de regie niet aan jezelf overdragen.", "You can't hand the lead over to yourself."),
        DomainError.NoPendingHandover => Pick(l, "Er staat geen overdracht van de regie open.", "There is no pending handover of the lead."),
        DomainError.NotTheHandoverReceiver => Pick(l, "Alleen degene aan wie de regie wordt overgedragen kan dit accepteren of weigeren.", "Only the person the lead is handed over to can accept or decline it."),
        DomainError.NoSuchAction => Pick(l, "Die taak bestaat niet in dit plan. Zeg **plan** om de nummers te zien.", "That task doesn't exist in this plan. Say **plan** to see the numbers."),
        DomainError.NoSuchGoal => Pick(l, "Dat doel bestaat niet in dit plan. Zeg **plan** om de nummers te zien.", "That goal doesn't exist in this plan. Say **plan** to see the numbers."),
        DomainError.ActionClosed => Pick(l, "Die taak is al afgerond (gedaan of lukt niet).", "That task is already closed (done or not possible)."),
        DomainError.DateInPast => Pick(l, "Die datum ligt in het verleden. Welke datum bedoel je?", "That date is in the past. Which date do you mean?"),
        DomainError.ObserverCannotOwnAction => Pick(l, "Iemand die alleen meekijkt (observer) kan geen taken hebben. Kies een uitvoerder.", "An observer can't own tasks. Please pick someone who carries out help."),
        DomainError.EmptyText => Pick(l, "Daar mist de tekst. Wat moet er staan?", "The text is missing. What should it say?"),
        DomainError.TextTooLong => Pick(l, $"Dat is te lang; houd het onder de {Family.MaxTextLength} tekens.", $"That's too long; please keep it under {Family.MaxTextLength} characters."),
        DomainError.ReasonRequired => Pick(l, "Geef er een korte reden bij, bijvoorbeeld: …: reden.", "Please add a short reason, for example: …: reason."),
        DomainError.OrganisationWithoutConsent => Pick(l, "Die organisatie staat niet in de toestemming van het gezin. Bevestig met een reden, bijvoorbeeld: **ik ben van** Veilig Thuis, **reden:** zorg om kindveiligheid.", "That organisation is not covered by the family's consent. Confirm with a reason, for example: **I'm from** Veilig Thuis, **reason:** child safety concern."),
        DomainError.Unchanged => Pick(l, "Dat stond al zo.", "That was already the case."),
        DomainError.OnlyRegisseur => Pick(l, "Alleen de regisseur van dit gezin kan dit doen.", "Only this family's regisseur can do this."),
        DomainError.NoSuchEscalation => Pick(l, "Die escalatie bestaat niet (meer).", "That escalation does not exist (any more)."),
        DomainError.ObserverCannotLead => Pick(l, "Wie meekijkt als observer kan de regie niet nemen en het gezin niet afsluiten. Wie de hulp uitvoert, kan dat wel; verander je rol eventueel met **mijn rol:** uitvoerder.", "An observer can't take the lead or close the family. Someone who carries out help can; change your role with **my role:** executor if that fits."),
        DomainError.RegieNotOpenLongEnough => Pick(l, $"Het team heeft een week om zelf de regie te regelen; daarna kun je een regisseur aanwijzen.", $"The team has a week to settle the lead themselves; after that you can appoint a regisseur."),
        DomainError.FamilyActionNotEscalated => Pick(l,
            "Dit is een taak van het gezin zelf; die gaat niet naar de procesmanager. Heeft het gezin meer steun nodig, bespreek het dan in een casusoverleg, of meld een **knelpunt:** als er iets vastloopt.",
            "This is the family's own task; it does not go to the procesmanager. If the family needs more support, discuss it in a case conference, or raise a **bottleneck:** if something is stuck."),
        DomainError.NotTheOwner => Pick(l, "Alleen degene die deze taak heeft, kan dit aangeven.", "Only the person who has this task can say this."),
        DomainError.EscalationResolved => Pick(l, "Die escalatie is al afgesloten.", "That escalation is already closed."),
        DomainError.CoverIsSelf => Pick(l, "Je kunt niet je eigen vervanger zijn. Wie neemt het waar? Bijvoorbeeld: **ik ben afwezig tot** 1 april, **vervanger** @naam.", "You can't be your own cover. Who stands in? For example: **I'm away until** 1 April, **cover** @name."),
        DomainError.CoverNotAMember => Pick(l, "Die vervanger is geen deelnemer van dit gezin, en alleen deelnemers zien het plan. Noem iemand uit deze chat, of voeg die persoon eerst toe.", "That cover is not a member of this family, and only members see the plan. Name someone from this chat, or add that person first."),
        DomainError.FamilyAlreadyConcluded => Pick(l, "Dit gezin is al afgesloten; de nazorg loopt of wacht op de uitkomst per doel.", "This family is already concluded; the aftercare is running or waits for the outcome per goal."),
        DomainError.NotInAftercare => Pick(l, "Dit gezin is niet in de nazorg. De nazorg begint na **gezin afsluiten:** reden en de uitkomst per doel.", "This family is not in aftercare. Aftercare begins after **close family:** reason and the outcome per goal."),
        _ => Pick(l, "Dat kon ik niet doen.", "I couldn't do that."),
    };

    public static string DateUnreadable(Language l) => Pick(l,
        "Welke datum bedoel je? Ik begrijp bijvoorbeeld: vrijdag, morgen, over 2 weken, 5 december, 5-12.",
        "Which date do you mean? I understand for example: Friday, tomorrow, in 2 weeks, 5 December, 5/12.");

    /// <summary>A numeric date that reads two ways ("3/4"): ask which one, never guess.</summary>
    public static string DateAmbiguous(Language l, DateOnly first, DateOnly second) => Pick(l,
        $"Bedoel je {DutchDates.Long(first, l)} of {DutchDates.Long(second, l)}? Schrijf de maand voluit, bijvoorbeeld: 3 april.",
        $"Do you mean {DutchDates.Long(first, l)} or {DutchDates.Long(second, l)}? Please write the month as a word, for example: 3 April.");

    public static string DateInPast(Language l, DateOnly date) => Pick(l,
        $"{DutchDates.Long(date, l)} ligt in het verleden. Welke datum bedoel je?",
        $"{DutchDates.Long(date, l)} is in the past. Which date do you mean?");

    public static string WhoDoYouMean(Language l, string name) => Pick(l,
        $"Wie bedoel je met {UserText.Escape(name)}? Gebruik een @vermelding van iemand in dit gesprek.",
        $"Who do you mean by {UserText.Escape(name)}? Use an @mention of someone in this chat.");

    public static string PickedNotInThread(Language l) => Pick(l,
        "Die persoon zit niet in deze chat, dus ziet het plan niet. Voeg diegene eerst toe aan de chat en kies dan opnieuw, of kies iemand die er al in zit.",
        "That person isn't in this chat, so they can't see the plan. Add them to the chat first and pick them again, or pick someone who's already in it.");
}
