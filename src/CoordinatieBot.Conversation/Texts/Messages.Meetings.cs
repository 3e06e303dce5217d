using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

/// <summary>The casusoverleg (case conference), its decisions, and the warme overdracht after a handover.</summary>
public static partial class Messages
{
    /// <summary>"di 14 jan 10:00".</summary>
    public static string MeetingMoment(Language l, Meeting m, DateOnly today) => $"{DutchDates.Short(m.Date, today, l)} {m.Time:HH\\:mm}";

    public static string MeetingFamily(Language l, bool? joins) => joins switch
    {
        true => Pick(l, "gezin is erbij", "the family joins"),
        false => Pick(l, "zonder gezin", "without the family"),
        null => Pick(l, "gezin erbij: nog niet gezegd", "family joining: not said yet"),
    };

    /// <summary>How to plan one, with an example: said when a date or time is missing, and by the cards' casusoverleg buttons.</summary>
    public static string HowToPlanMeeting(Language l) => Pick(l,
        "Plan het met bijvoorbeeld **casusoverleg op** 14 januari **om** 10:00 **met** @collega**, gezin is erbij** (zonder @namen is iedereen uitgenodigd).",
        "Plan it with for example **case conference on** 14 January **at** 10:00 **with** @colleague**, family joins** (without @names everyone is invited).");

    public static string MeetingNeedsDate(Language l) => Pick(l, "Op welke dag is het casusoverleg? ", "On which day is the case conference? ") + HowToPlanMeeting(l);

    public static string MeetingNeedsTime(Language l, DateOnly date, DateOnly today) => Pick(l,
        $"Hoe laat is het casusoverleg op {DutchDates.Short(date, today, l)}? Typ bijvoorbeeld **casusoverleg op** {DutchDates.Short(date, today, l)} **om** 10:00.",
        $"What time is the case conference on {DutchDates.Short(date, today, l)}? Type for example **case conference on** {DutchDates.Short(date, today, l)} **at** 10:00.");

    public static string MeetingPlanned(Language l, FamilyState f, Meeting m, DateOnly today)
    {
        var invited = m.InvitedUserIds.Count == f.Members.Count(x => x.Active)
            ? Pick(l, "iedereen in dit gesprek is uitgenodigd", "everyone in this chat is invited")
            : Pick(l, "uitgenodigd: ", "invited: ") + string.Join(", ", m.InvitedUserIds.Select(id => Name(f, id)));
        var family = m.FamilyJoins is null
            ? Pick(l, " Is het gezin erbij? Zeg het met **casusoverleg: gezin is erbij** of **casusoverleg zonder gezin**.",
                " Does the family join? Say **case conference: family joins** or **case conference without the family**.")
            : $" ({MeetingFamily(l, m.FamilyJoins)})";
        return Pick(l,
            $"Casusoverleg gepland op **{MeetingMoment(l, m, today)}**; {invited}.{family} Die ochtend zet ik de agenda hier neer.",
            $"Case conference planned on **{MeetingMoment(l, m, today)}**; {invited}.{family} That morning I'll post the agenda here.");
    }

    public static string MeetingMoved(Language l, Meeting m, DateOnly today) => Pick(l,
        $"Het casusoverleg is verzet naar **{MeetingMoment(l, m, today)}**. Die ochtend zet ik de agenda hier neer.",
        $"The case conference is moved to **{MeetingMoment(l, m, today)}**. That morning I'll post the agenda here.");

    public static string MeetingCancelled(Language l, Meeting m, DateOnly today) => Pick(l,
        $"Het casusoverleg van {MeetingMoment(l, m, today)} gaat niet door; dat staat in de geschiedenis.",
        $"The case conference of {MeetingMoment(l, m, today)} is cancelled; the history shows it.");

    public static string MeetingFamilySet(Language l, Meeting m, DateOnly today) => Pick(l,
        $"Genoteerd voor het casusoverleg van {MeetingMoment(l, m, today)}: {MeetingFamily(l, m.FamilyJoins)}.",
        $"Noted for the case conference of {MeetingMoment(l, m, today)}: {MeetingFamily(l, m.FamilyJoins)}.");

    public static string NextMeeting(Language l, Meeting m, DateOnly today) => Pick(l,
        $"Volgende casusoverleg: **{MeetingMoment(l, m, today)}** ({MeetingFamily(l, m.FamilyJoins)}). Verzetten: **casusoverleg verzetten naar** … · afzeggen: **casusoverleg gaat niet door**.",
        $"Next case conference: **{MeetingMoment(l, m, today)}** ({MeetingFamily(l, m.FamilyJoins)}). Move it: **move the case conference to** … · cancel: **cancel the case conference**.");

    public static string NoMeetingPlanned(Language l) => Pick(l, "Er staat geen casusoverleg gepland. ", "No case conference is planned. ") + HowToPlanMeeting(l);

    public static string DecisionRecorded(Language l, FamilyState f, MeetingDecision d, DateOnly today) =>
        DecisionLead(l, f, d, today) + Pick(l, $": {UserText.Escape(d.Text)}.", $": {UserText.Escape(d.Text)}.");

    public static string DecisionWithTask(Language l, FamilyState f, MeetingDecision d, PlanAction a, DateOnly today) =>
        DecisionLead(l, f, d, today) + ". " + ActionAdded(l, f, a, today);

    private static string DecisionLead(Language l, FamilyState f, MeetingDecision d, DateOnly today) =>
        d.MeetingNumber is { } n && f.Meetings.Find(m => m.Number == n) is { } meeting
            ? Pick(l, $"Besluit vastgelegd bij het casusoverleg van {DutchDates.Short(meeting.Date, today, l)}", $"Decision recorded with the case conference of {DutchDates.Short(meeting.Date, today, l)}")
            : Pick(l, "Besluit vastgelegd", "Decision recorded");

    /// <summary>The plan card's line: "di 14 jan 10:00 · gezin is erbij".</summary>
    public static string NextMeetingLine(Language l, Meeting m, DateOnly today) => $"{MeetingMoment(l, m, today)} · {MeetingFamily(l, m.FamilyJoins)}";

    public static string FamilyMetAnswerText(Language l, FamilyMetAnswer answer) => answer switch
    {
        FamilyMetAnswer.Yes => Pick(l, "ja, het gezin heeft de nieuwe regisseur ontmoet", "yes, the family has met the new regisseur"),
        FamilyMetAnswer.Planned => Pick(l, "een kennismaking met het gezin is gepland", "a meeting with the family is planned"),
        _ => Pick(l, "nog niet", "not yet"),
    };

    public static string FamilyMetRecorded(Language l, FamilyMetAnswer answer) => answer switch
    {
        FamilyMetAnswer.NotYet => Pick(l, "Dank je, vastgelegd: nog niet. Een warme overdracht, samen met het gezin, helpt dat niets verloren gaat.",
            "Thanks, recorded: not yet. A warm handover, together with the family, helps that nothing gets lost."),
        _ => Pick(l, $"Dank je, vastgelegd: {FamilyMetAnswerText(l, answer)}.", $"Thanks, recorded: {FamilyMetAnswerText(l, answer)}."),
    };

    /// <summary>The history's sentences for the casusoverleg and the warme overdracht; null for other entries.</summary>
    private static string? MeetingHistoryLine(Language l, FamilyState f, HistoryEntry e, string who, string subject, DateOnly today)
    {
        if (e.Kind == HistoryKind.FamilyMetNewRegisseur)
            return Enum.TryParse<FamilyMetAnswer>(e.Detail, out var answer)
                ? Pick(l, $"{who} gaf aan of het gezin {subject} als nieuwe regisseur heeft ontmoet: {FamilyMetAnswerText(l, answer)}", $"{who} said whether the family has met {subject} as the new regisseur: {FamilyMetAnswerText(l, answer)}")
                : null;
        if (e.Kind == HistoryKind.DecisionRecorded)
        {
            var at = e.Detail?.IndexOf('|') ?? -1;
            var text = UserText.Escape(at < 0 ? e.Detail : e.Detail![(at + 1)..]);
            var meeting = at > 0 && int.TryParse(e.Detail![..at], out var n) && f.Meetings.Find(m => m.Number == n) is { } held
                ? Pick(l, $" (casusoverleg van {DutchDates.Short(held.Date, today, l)})", $" (case conference of {DutchDates.Short(held.Date, today, l)})")
                : "";
            var task = e.ActionNumber is { } a ? Pick(l, $"; dat werd taak {a} voor {subject}", $"; it became task {a} for {subject}") : "";
            return Pick(l, $"{who} legde een besluit vast{meeting}: {text}{task}", $"{who} recorded a decision{meeting}: {text}{task}");
        }
        if (e.Kind is not (HistoryKind.MeetingPlanned or HistoryKind.MeetingMoved or HistoryKind.MeetingCancelled or HistoryKind.MeetingUpdated)) return null;
        var parts = (e.Detail ?? "").Split('|');
        if (parts.Length < 4 || !DateOnly.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var date)) return null;
        var when = $"{DutchDates.Short(date, today, l)} {parts[2]}";
        var family = MeetingFamily(l, parts[3] switch { "1" => true, "0" => false, _ => null });
        return e.Kind switch
        {
            HistoryKind.MeetingPlanned => Pick(l, $"{who} plande een casusoverleg op {when} ({family})", $"{who} planned a case conference on {when} ({family})"),
            HistoryKind.MeetingMoved => Pick(l, $"{who} verzette het casusoverleg naar {when}", $"{who} moved the case conference to {when}"),
            HistoryKind.MeetingCancelled => Pick(l, $"{who} zegde het casusoverleg van {when} af", $"{who} cancelled the case conference of {when}"),
            _ => Pick(l, $"{who} werkte het casusoverleg van {when} bij ({family})", $"{who} updated the case conference of {when} ({family})"),
        };
    }
}
