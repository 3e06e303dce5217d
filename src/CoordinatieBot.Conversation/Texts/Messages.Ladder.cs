using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

/// <summary>Words for what happened on the ladder, as people read them on a card.</summary>
public static partial class Messages
{
    public static string EscalationEventName(Language l, EscalationEventKind kind) => kind switch
    {
        EscalationEventKind.Acknowledged => Pick(l, "procesmanager heeft het gezien", "procesmanager has seen it"),
        EscalationEventKind.DeadlineSet => Pick(l, "procesmanager stelde een nieuwe termijn", "procesmanager set a new deadline"),
        EscalationEventKind.Reassigned => Pick(l, "procesmanager heeft de taak anders belegd", "procesmanager reassigned the task"),
        EscalationEventKind.CasusoverlegCalled => Pick(l, "casusoverleg bijeengeroepen", "case conference called"),
        EscalationEventKind.DecisionRecorded => Pick(l, "besluit vastgelegd", "decision recorded"),
        EscalationEventKind.EscalatedToBoard => Pick(l, "voorgelegd aan directie/bestuur", "taken to the board"),
        EscalationEventKind.Deescalated => Pick(l, "de-escalatie", "de-escalated"),
        EscalationEventKind.Settled => Pick(l, "de taak is weer in beweging", "the task is moving again"),
        _ => Pick(l, "actie van de procesmanager", "procesmanager's action"),
    };

    /// <summary>The steps of the ladder already taken, on the procesmanager's card.</summary>
    public static string StepOwnerRemindedOnDue(Language l) => Pick(l, "eigenaar herinnerd op de datum", "owner reminded on the due date");

    public static string StepOwnerRemindedAgain(Language l) => Pick(l, "eigenaar opnieuw herinnerd, regisseur geïnformeerd", "owner reminded again, regisseur informed");

    public static string StepRegisseurGivenOptions(Language l) => Pick(l, "regisseur kreeg de opties (leidinggevende, casusoverleg, herverdelen, nieuwe datum)", "regisseur was given the options (manager, case conference, reassign, new date)");

    public static string StepRegisseurEscalated(Language l) => Pick(l, "regisseur heeft geëscaleerd", "regisseur escalated");

    /// <summary>Added to a confirmation when what it sends waits for working hours.</summary>
    public static string SentAtNextWorkingMoment(Language l, DateTimeOffset at) => Pick(l,
        $"Het is nu buiten werktijd, dus het bericht gaat {DutchDates.Long(at, l)} om {DutchTime.Local(at):HH:mm} de deur uit.",
        $"It is outside working hours now, so the message goes out on {DutchDates.Long(at, l)} at {DutchTime.Local(at):HH:mm}.");
}
