using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

public static partial class Messages
{
    /// <summary>The plan's life domains (leefgebieden) unless configuration names others, in the order the card shows them.</summary>
    public static IReadOnlyList<string> DefaultLeefgebieden { get; } =
    [
        "Financiën en schulden",
        "Werk en inkomen",
        "Wonen en huishouden",
        "Opvoeding en ontwikkeling",
        "Gezondheid en psychisch welzijn",
        "Veiligheid",
        "Sociaal netwerk en participatie",
        "Politie en justitie",
    ];

    public static string GoalAdded(Language l, Goal goal) => Pick(l,
        $"Doel **{goal.Number}** ({UserText.Escape(goal.Leefgebied)}) staat in het plan.",
        $"Goal **{goal.Number}** ({UserText.Escape(goal.Leefgebied)}) is in the plan.");

    public static string UnknownLeefgebied(Language l, IEnumerable<string> leefgebieden) => Pick(l,
        "Bij welk leefgebied hoort dit doel? Kies uit: " + string.Join(", ", leefgebieden) + ". Bijvoorbeeld: doel financiën: schulden in kaart.",
        "Which life domain is this goal about? Choose from: " + string.Join(", ", leefgebieden) + ". For example: goal finances: debts mapped.");

    public static string FamilyWordsAdded(Language l, int goal) => Pick(l,
        $"De woorden van het gezin staan bij doel **{goal}**.",
        $"The family's own words are with goal **{goal}**.");

    public static string StrengthAdded(Language l) => Pick(l, "Kracht toegevoegd aan het plan.", "Strength added to the plan.");

    public static string WorryAdded(Language l) => Pick(l, "Zorg toegevoegd aan het plan.", "Worry added to the plan.");

    public static string AgreementRecorded(Language l, PlanAgreement agreement) => agreement.Kind switch
    {
        AgreementKind.WithFamily => Pick(l, $"Genoteerd: het plan is op {DutchDates.Long(agreement.On!.Value, l)} met het gezin besproken.", $"Noted: the plan was discussed with the family on {DutchDates.Long(agreement.On!.Value, l)}."),
        AgreementKind.Partly => Pick(l, "Genoteerd: het plan is deels met het gezin besproken.", "Noted: the plan was partly discussed with the family."),
        AgreementKind.WithoutFamily => Pick(l, $"Genoteerd: het plan is zonder medewerking van het gezin gemaakt ({UserText.Escape(agreement.Reason)}).", $"Noted: the plan was made without the family's cooperation ({UserText.Escape(agreement.Reason)})."),
        _ => Pick(l, "Genoteerd.", "Noted."),
    };
}
