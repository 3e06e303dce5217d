using System.Text;
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

    public static string History(Language l, FamilyState family, IReadOnlyList<HistoryEntry> entries, DateOnly today)
    {
        if (entries.Count == 0) return L(l, "Nog geen geschiedenis.", "No history yet.");
        var sb = new StringBuilder(L(l, $"Laatste wijzigingen bij gezin **{UserText.Escape(family.Alias)}**:", $"Latest changes for family **{UserText.Escape(family.Alias)}**:"));
        foreach (var e in entries)
        {
            var local = DutchTime.Local(e.At);
            sb.Append($"\n- {DutchDates.Short(DateOnly.FromDateTime(local.DateTime), today, l)} {local:HH:mm} · {Name(family, e.ActorUserId)}: {HistoryLine(l, family, e)}");
        }
        return sb.ToString();
    }

    private static string HistoryLine(Language l, FamilyState f, HistoryEntry e) => e.Kind switch
    {
        HistoryKind.FamilyStarted => L(l, "gezin gestart", "family started"),
        HistoryKind.LevelChanged => L(l, $"niveau {e.Detail}", $"level {e.Detail}"),
        HistoryKind.MemberJoined => L(l, $"{Name(f, e.SubjectUserId ?? e.ActorUserId)} doet mee", $"{Name(f, e.SubjectUserId ?? e.ActorUserId)} joined"),
        HistoryKind.MemberLeft => L(l, $"{Name(f, e.SubjectUserId ?? e.ActorUserId)} is vertrokken", $"{Name(f, e.SubjectUserId ?? e.ActorUserId)} left"),
        HistoryKind.MemberUpdated => L(l, $"gegevens bijgewerkt ({UserText.Escape(e.Detail)})", $"details updated ({UserText.Escape(e.Detail)})"),
        HistoryKind.RegieTaken => L(l, "nam de regie", "took the lead"),
        HistoryKind.RegieHandoverProposed => L(l, $"stelde voor de regie over te dragen aan {Name(f, e.SubjectUserId!)}", $"proposed handing the lead to {Name(f, e.SubjectUserId!)}"),
        HistoryKind.RegieHandoverAccepted => L(l, "accepteerde de regie", "accepted the lead"),
        HistoryKind.RegieHandoverDeclined => L(l, $"weigerde de regie ({UserText.Escape(e.Detail)})", $"declined the lead ({UserText.Escape(e.Detail)})"),
        HistoryKind.GoalAdded => L(l, $"doel {e.Detail} toegevoegd", $"added goal {e.Detail}"),
        HistoryKind.FamilyWordsAdded => L(l, $"woorden van het gezin bij doel {e.Detail}", $"family's words for goal {e.Detail}"),
        HistoryKind.StrengthAdded => L(l, "kracht toegevoegd", "added a strength"),
        HistoryKind.WorryAdded => L(l, "zorg toegevoegd", "added a worry"),
        HistoryKind.AgreementRecorded => L(l, "afstemming met gezin vastgelegd", "recorded agreement with the family"),
        HistoryKind.ActionAdded => L(l, $"taak {e.ActionNumber} toegevoegd voor {Name(f, e.SubjectUserId!)}", $"added task {e.ActionNumber} for {Name(f, e.SubjectUserId!)}"),
        HistoryKind.ActionStatusChanged => L(l, $"taak {e.ActionNumber}: {UserText.Escape(e.Detail)}", $"task {e.ActionNumber}: {UserText.Escape(e.Detail)}"),
        HistoryKind.ActionRescheduled => L(l, $"taak {e.ActionNumber} nieuwe datum {UserText.Escape(e.Detail)}", $"task {e.ActionNumber} new date {UserText.Escape(e.Detail)}"),
        HistoryKind.ActionReassigned => L(l, $"taak {e.ActionNumber} naar {Name(f, e.SubjectUserId!)}", $"task {e.ActionNumber} to {Name(f, e.SubjectUserId!)}"),
        HistoryKind.ConsentRecorded => L(l, $"toestemming vastgelegd ({UserText.Escape(e.Detail)})", $"recorded consent ({UserText.Escape(e.Detail)})"),
        HistoryKind.ConsentExceptionRecorded => L(l, $"buiten toestemming bevestigd ({UserText.Escape(e.Detail)})", $"confirmed outside consent ({UserText.Escape(e.Detail)})"),
        HistoryKind.Escalation => L(l, $"escalatie: {UserText.Escape(e.Detail)}", $"escalation: {UserText.Escape(e.Detail)}"),
        HistoryKind.FamilyClosed => L(l, "gezin afgesloten", "closed the family"),
        _ => e.Kind.ToString(),
    };
}
