using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Texts;

/// <summary>Words for what happened on the ladder, as people read them on a card.</summary>
public static partial class Messages
{
    public static string EscalationEventName(Language l, EscalationEventKind kind) => kind switch
    {
        EscalationEventKind.Acknowledged => L(l, "procesmanager heeft het gezien", "procesmanager has seen it"),
        EscalationEventKind.DeadlineSet => L(l, "procesmanager stelde een nieuwe termijn", "procesmanager set a new deadline"),
        EscalationEventKind.Reassigned => L(l, "procesmanager heeft de taak anders belegd", "procesmanager reassigned the task"),
        EscalationEventKind.CasusoverlegCalled => L(l, "casusoverleg bijeengeroepen", "case conference called"),
        EscalationEventKind.DecisionRecorded => L(l, "besluit vastgelegd", "decision recorded"),
        EscalationEventKind.EscalatedToBoard => L(l, "voorgelegd aan directie/bestuur", "taken to the board"),
        EscalationEventKind.Deescalated => L(l, "de-escalatie", "de-escalated"),
        EscalationEventKind.Settled => L(l, "de taak is weer in beweging", "the task is moving again"),
        _ => L(l, "actie van de procesmanager", "procesmanager's action"),
    };

    /// <summary>Added to a confirmation when what it sends waits for working hours.</summary>
    public static string SentAtNextWorkingMoment(Language l, DateTimeOffset at) => L(l,
        $"Het is nu buiten werktijd, dus het bericht gaat {DutchDates.Long(at, l)} om {DutchTime.Local(at):HH:mm} de deur uit.",
        $"It is outside working hours now, so the message goes out on {DutchDates.Long(at, l)} at {DutchTime.Local(at):HH:mm}.");
}
