using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Texts;

public static partial class Messages
{
    public static string GoalAdded(Language l, Goal goal) => L(l,
        $"Doel **{goal.Number}** ({UserText.Escape(goal.Leefgebied)}) staat in het plan.",
        $"Goal **{goal.Number}** ({UserText.Escape(goal.Leefgebied)}) is in the plan.");

    public static string UnknownLeefgebied(Language l, IEnumerable<string> leefgebieden) => L(l,
        "Bij welk leefgebied hoort dit doel? Kies uit: " + string.Join(", ", leefgebieden) + ". Bijvoorbeeld: doel financiën: schulden in kaart.",
        "Which life domain is this goal about? Choose from: " + string.Join(", ", leefgebieden) + ". For example: goal finances: debts mapped.");

    public static string FamilyWordsAdded(Language l, int goal) => L(l,
        $"De woorden van het gezin staan bij doel **{goal}**.",
        $"The family's own words are with goal **{goal}**.");

    public static string StrengthAdded(Language l) => L(l, "Kracht toegevoegd aan het plan.", "Strength added to the plan.");

    public static string WorryAdded(Language l) => L(l, "Zorg toegevoegd aan het plan.", "Worry added to the plan.");

    public static string AgreementRecorded(Language l, PlanAgreement agreement) => agreement.Kind switch
    {
        AgreementKind.WithFamily => L(l, $"Genoteerd: het plan is op {DutchDates.Long(agreement.On!.Value, l)} met het gezin besproken.", $"Noted: the plan was discussed with the family on {DutchDates.Long(agreement.On!.Value, l)}."),
        AgreementKind.Partly => L(l, "Genoteerd: het plan is deels met het gezin besproken.", "Noted: the plan was partly discussed with the family."),
        AgreementKind.WithoutFamily => L(l, $"Genoteerd: het plan is zonder medewerking van het gezin gemaakt ({UserText.Escape(agreement.Reason)}).", $"Noted: the plan was made without the family's cooperation ({UserText.Escape(agreement.Reason)})."),
        _ => L(l, "Genoteerd.", "Noted."),
    };
}
