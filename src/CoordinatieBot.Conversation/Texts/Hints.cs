using CoordinatieBot.Conversation.Parsing;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

/// <summary>One way to type each kind of command, as a hint when a message was not understood (the words the help uses).</summary>
public static class Hints
{
    public static string? Example(Type command, Language l) => command.Name switch
    {
        nameof(WhoIsRegisseurCommand) => Pick(l, "**wie is regisseur?**", "**who is the regisseur?**"),
        nameof(ShowPlanCommand) => Pick(l, "**plan**", "**plan**"),
        nameof(FamilyPlanCommand) => Pick(l, "**plan voor het gezin**", "**plan for the family**"),
        nameof(WhoIsWhoCommand) => Pick(l, "**wie is wie?**", "**who is who?**"),
        nameof(MyTasksCommand) => Pick(l, "**mijn taken**", "**my tasks**"),
        nameof(HistoryCommand) => Pick(l, "**geschiedenis**", "**history**"),
        nameof(WhoIsProcesmanagerCommand) => Pick(l, "**wie is procesmanager?**", "**who is the procesmanager?**"),
        nameof(HelpCommand) => Pick(l, "**help**", "**help**"),
        nameof(TakeRegieCommand) or nameof(AcceptRegieCommand) or nameof(DeclineRegieCommand) => Pick(l, "**ik neem de regie**", "**I take the lead**"),
        nameof(HandOverRegieCommand) => Pick(l, "**regie overdragen aan** @collega", "**hand over the lead to** @colleague"),
        nameof(SetProcesmanagerCommand) => Pick(l, "**procesmanager is** @naam", "**procesmanager is** @name"),
        nameof(SetCoordinatorCommand) => Pick(l, "**coördinator is** @naam", "**coordinator is** @name"),
        nameof(WhoIsCoordinatorCommand) => Pick(l, "**wie is coördinator?**", "**who is the coordinator?**"),
        nameof(RecordAbsenceCommand) => Pick(l, "**ik ben afwezig tot** 1 april, **vervanger** @collega", "**I'm away until** 1 April, **cover** @colleague"),
        nameof(EndAbsenceCommand) => Pick(l, "**ik ben terug**", "**I'm back**"),
        nameof(AddTaskCommand) => Pick(l, "**taak:** @collega belt de school voor vrijdag", "**add task for** @colleague: call the school by Friday"),
        nameof(TaskDoneCommand) => Pick(l, "**klaar met 3**", "**done 3**"),
        nameof(TaskInProgressCommand) => Pick(l, "**3 bezig, verwacht** 18 december", "**3 in progress, expected** 18 December"),
        nameof(TaskNotPossibleCommand) => Pick(l, "**3 lukt niet:** reden", "**3 can't be done:** reason"),
        nameof(TaskReassignCommand) => Pick(l, "**taak 3 naar** @collega", "**task 3 to** @colleague"),
        nameof(TaskNewDateCommand) => Pick(l, "**3 nieuwe datum** vrijdag", "**move 3 to** Friday"),
        nameof(EscalateTaskCommand) => Pick(l, "**escaleer taak 3**", "**escalate task 3**"),
        nameof(KnelpuntCommand) => Pick(l, "**knelpunt:** …", "**bottleneck:** …"),
        nameof(ImpasseCommand) => Pick(l, "**geen overeenstemming:** …", "**no agreement:** …"),
        nameof(SafetyConcernCommand) => Pick(l, "**zorg over veiligheid:** …", "**safety concern:** …"),
        nameof(DigestCommand) => Pick(l, "**dagoverzicht aan**", "**daily digest on**"),
        nameof(StartFamilyCommand) => Pick(l, "**start gezin** Vlinder", "**start family** Vlinder"),
        nameof(CloseFamilyCommand) => Pick(l, "**gezin afsluiten:** reden", "**close family:** reason"),
        nameof(EraseFamilyCommand) => Pick(l, "**gezin wissen**", "**erase family**"),
        nameof(ExtendFamilyCommand) => Pick(l, "**verlengen met 3 maanden:** reden", "**extend by 3 months:** reason"),
        nameof(GoalOutcomeCommand) => Pick(l, "**doel 1 behaald:** huur is op orde", "**goal 1 achieved:** rent is in order"),
        nameof(EndAftercareCommand) => Pick(l, "**nazorg afsluiten**", "**end aftercare**"),
        _ => null,
    };
}
