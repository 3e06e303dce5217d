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
}
