using System.Globalization;
using System.Text;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

/// <summary>
/// The history as sentences people read: who did what, in plain Dutch or English. The bot itself is "CoordinatieBot";
/// the structured details of an entry (codes, dates, enum names) are turned into words here and never shown raw.
/// </summary>
public static partial class Messages
{
    public const string BotName = "CoordinatieBot";

    /// <param name="procesmanager">The family's procesmanager, to name them where they acted (they are no member).</param>
    public static string History(Language l, FamilyState family, IReadOnlyList<HistoryEntry> entries, DateOnly today,
        Ports.Procesmanager? procesmanager = null)
    {
        if (entries.Count == 0) return Pick(l, "Nog geen geschiedenis.", "No history yet.");
        var sb = new StringBuilder(Pick(l, $"Laatste wijzigingen bij gezin **{UserText.Escape(family.Alias)}**:", $"Latest changes for family **{UserText.Escape(family.Alias)}**:"));
        foreach (var e in entries)
        {
            var local = DutchTime.Local(e.At);
            sb.Append($"\n- {DutchDates.Short(DateOnly.FromDateTime(local.DateTime), today, l)} {local:HH:mm} · {HistoryLine(l, family, e, today, procesmanager)}");
        }
        return sb.ToString();
    }

    /// <summary>One entry as a sentence with the person who acted first.</summary>
    public static string HistoryLine(Language l, FamilyState f, HistoryEntry e, DateOnly today, Ports.Procesmanager? procesmanager = null)
    {
        var who = Actor(l, f, e.ActorUserId, procesmanager);
        var subject = e.SubjectUserId is { } s ? Name(f, s) : who;
        var n = e.ActionNumber;
        var detail = UserText.Escape(e.Detail);
        return e.Kind switch
        {
            HistoryKind.FamilyStarted => Pick(l, $"{who} startte het gezin", $"{who} started the family"),
            HistoryKind.LevelChanged => LevelLine(l, who, e.Detail),
            HistoryKind.MemberJoined when e.SubjectUserId is null || e.SubjectUserId == e.ActorUserId => Pick(l, $"{who} kwam erbij", $"{who} joined"),
            HistoryKind.MemberJoined => Pick(l, $"{who} voegde {subject} toe", $"{who} added {subject}"),
            HistoryKind.MemberLeft => Pick(l, $"{subject} verliet het gesprek", $"{subject} left the chat"),
            HistoryKind.MemberUpdated => MemberUpdatedLine(l, who, e.Detail),
            HistoryKind.RegieTaken => Pick(l, $"{who} nam de regie", $"{who} took the lead"),
            HistoryKind.RegieHandoverProposed => Pick(l, $"{who} stelde voor de regie over te dragen aan {subject}", $"{who} proposed handing the lead to {subject}"),
            HistoryKind.RegieHandoverAccepted => Pick(l, $"{who} nam de regie over van {subject}", $"{who} took over the lead from {subject}"),
            HistoryKind.RegieHandoverDeclined => Pick(l, $"{who} weigerde de regie ({detail})", $"{who} declined the lead ({detail})"),
            HistoryKind.RegieReleased => Pick(l, $"de regie is weer open, omdat {subject} het gesprek verliet", $"the lead is open again, because {subject} left the chat"),
            HistoryKind.RegieAppointed => Pick(l, $"{who} wees {subject} aan als regisseur", $"{who} appointed {subject} as regisseur"),
            HistoryKind.GoalAdded => Pick(l, $"{who} voegde doel {detail} toe", $"{who} added goal {detail}"),
            HistoryKind.FamilyWordsAdded => Pick(l, $"{who} schreef de woorden van het gezin bij doel {detail}", $"{who} added the family's words to goal {detail}"),
            HistoryKind.StrengthAdded => Pick(l, $"{who} voegde een kracht toe", $"{who} added a strength"),
            HistoryKind.WorryAdded => Pick(l, $"{who} voegde een zorg toe", $"{who} added a worry"),
            HistoryKind.AgreementRecorded => AgreementLine(l, who, e.Detail),
            HistoryKind.PlanSharedWithFamily => Pick(l, $"{who} deelde het plan met het gezin op {DateDetail(l, e.Detail)}", $"{who} shared the plan with the family on {DateDetail(l, e.Detail)}"),
            HistoryKind.ActionAdded when e.Detail == Family.FamilyActionDetail => Pick(l, $"{who} voegde taak {n} toe voor het gezin (met {subject})", $"{who} added task {n} for the family (with {subject})"),
            HistoryKind.FamilyUnreachable => Pick(l, $"{who} noteerde dat het gezin niet bereikbaar is sinds {DateDetail(l, e.Detail)}", $"{who} noted the family has been unreachable since {DateDetail(l, e.Detail)}"),
            HistoryKind.FamilyLanguageSet => Pick(l, $"{who} noteerde dat het gezin {LanguageName(l, e.Detail == "en" ? FamilyLanguage.English : FamilyLanguage.Dutch)} spreekt",
                $"{who} noted the family speaks {LanguageName(l, e.Detail == "en" ? FamilyLanguage.English : FamilyLanguage.Dutch)}"),
            HistoryKind.FamilyReached => Pick(l, $"{who} noteerde dat het gezin weer bereikt is", $"{who} noted the family was reached again"),
            HistoryKind.ActionAdded when e.SubjectUserId == e.ActorUserId => Pick(l, $"{who} voegde taak {n} toe voor zichzelf", $"{who} added task {n} for themselves"),
            HistoryKind.ActionAdded => Pick(l, $"{who} voegde taak {n} toe voor {subject}", $"{who} added task {n} for {subject}"),
            HistoryKind.ActionStatusChanged => StatusLine(l, who, n, e.Detail),
            HistoryKind.ActionRescheduled => RescheduledLine(l, who, n, e.Detail, today),
            HistoryKind.ActionReassigned => Pick(l, $"{who} gaf taak {n} aan {subject}", $"{who} gave task {n} to {subject}"),
            HistoryKind.ActionAccepted => Pick(l, $"{who} pakt taak {n} op", $"{who} is taking on task {n}"),
            HistoryKind.ActionDeclined => Pick(l, $"{who} gaf taak {n} terug ({detail})", $"{who} handed task {n} back ({detail})"),
            HistoryKind.ConsentRecorded => Pick(l, $"{who} legde toestemming vast ({detail})", $"{who} recorded consent ({detail})"),
            HistoryKind.ConsentExceptionRecorded => Pick(l, $"{who} bevestigde deelname buiten de toestemming ({detail})", $"{who} confirmed taking part outside the consent ({detail})"),
            HistoryKind.Escalation => EscalationLine(l, who, n, e.Detail),
            HistoryKind.EscalationHandled => EscalationHandledLine(l, who, n, e.Detail),
            HistoryKind.SafetyConcern => Pick(l, $"{who} meldde een zorg over veiligheid", $"{who} raised a safety concern"),
            HistoryKind.NoticeSent => NoticeLine(l, f, who, n, e.Detail),
            HistoryKind.FamilyClosed => Pick(l, $"{who} sloot het gezin af ({detail})", $"{who} closed the family ({detail})"),
            HistoryKind.ActionUpdated => Pick(l, $"{who} werkte taak {n} bij na het aanpassen van het bericht", $"{who} updated task {n} after editing the message"),
            HistoryKind.MessageDeleted when n is not null => Pick(l, $"{who} verwijderde een bericht; taak {n} blijft staan", $"{who} deleted a message; task {n} stays"),
            HistoryKind.MessageDeleted => Pick(l, $"{who} verwijderde een bericht", $"{who} deleted a message"),
            HistoryKind.ThreadLost when e.ActorUserId == Family.BotActor => Pick(l, $"{BotName} is uit het gesprek gehaald", $"{BotName} was removed from the chat"),
            HistoryKind.ThreadLost => Pick(l, $"{who} haalde {BotName} uit het gesprek", $"{who} removed {BotName} from the chat"),
            HistoryKind.ThreadRegained when e.ActorUserId == Family.BotActor => Pick(l, $"{BotName} is weer in het gesprek", $"{BotName} is back in the chat"),
            HistoryKind.ThreadRegained => Pick(l, $"{who} voegde {BotName} weer toe aan het gesprek", $"{who} added {BotName} to the chat again"),
            _ when MeetingHistoryLine(l, f, e, who, subject, today) is { } meeting => meeting,
            HistoryKind.AbsenceRecorded or HistoryKind.AbsenceEnded or HistoryKind.EscalationMoved => GuardHistoryLine(l, f, e, who),
            HistoryKind.FamilyExtended or HistoryKind.GoalOutcomeRecorded or HistoryKind.AftercareStarted or HistoryKind.AftercareEnded => LifecycleHistoryLine(l, e.Kind, who, e.Detail),
            _ => Pick(l, $"{who} werkte het gezin bij", $"{who} updated the family"),
        };
    }

    private static string Actor(Language l, FamilyState f, string userId, Ports.Procesmanager? procesmanager)
    {
        if (userId == Family.BotActor) return BotName;
        if (f.FindMember(userId) is { } member) return UserText.Escape(member.Name);
        if (procesmanager is not null && (userId == procesmanager.AadObjectId || userId == procesmanager.UserId))
            return $"{GuardRoleName(l, procesmanager.Role)} {UserText.Escape(procesmanager.Name)}";
        return Pick(l, "een procesmanager", "a procesmanager");
    }

    private static string LevelLine(Language l, string who, string? detail)
    {
        var parts = (detail ?? "").Split("->");
        return parts.Length == 2 && Enum.TryParse<FamilyLevel>(parts[0], out var from) && Enum.TryParse<FamilyLevel>(parts[1], out var to)
            ? Pick(l, $"{who} zette het niveau van {LevelName(from)} op {LevelName(to)}", $"{who} changed the level from {LevelName(from)} to {LevelName(to)}")
            : Pick(l, $"{who} paste het niveau aan", $"{who} changed the level");
    }

    private static string MemberUpdatedLine(Language l, string who, string? detail)
    {
        var (key, value) = Split(detail, '=');
        if (key == "role" && Enum.TryParse<MemberRole>(value, out var role))
            return Pick(l, $"{who} is nu {RoleName(l, role)}", $"{who} is now {RoleName(l, role)}");
        if (key == "organisation" && value is { Length: > 0 })
            return Pick(l, $"{who} is van {UserText.Escape(value)}", $"{who} is from {UserText.Escape(value)}");
        return Pick(l, $"{who} werkte de eigen gegevens bij", $"{who} updated their details");
    }

    private static string AgreementLine(Language l, string who, string? detail) =>
        Enum.TryParse<AgreementKind>(detail, out var kind) ? kind switch
        {
            AgreementKind.WithFamily => Pick(l, $"{who} legde vast dat het plan met het gezin is besproken", $"{who} recorded that the plan was discussed with the family"),
            AgreementKind.Partly => Pick(l, $"{who} legde vast dat het plan deels met het gezin is besproken", $"{who} recorded that the plan was partly discussed with the family"),
            AgreementKind.WithoutFamily => Pick(l, $"{who} legde vast dat het plan zonder het gezin is gemaakt", $"{who} recorded that the plan was made without the family"),
            _ => Pick(l, $"{who} legde de afstemming met het gezin vast", $"{who} recorded the agreement with the family"),
        } : Pick(l, $"{who} legde de afstemming met het gezin vast", $"{who} recorded the agreement with the family");

    /// <summary>Detail is the status, with ": party" or ": reason" for waiting and not possible.</summary>
    private static string StatusLine(Language l, string who, int? n, string? detail)
    {
        var (status, rest) = Split(detail, ':');
        var text = UserText.Escape(rest);
        return Enum.TryParse<ActionStatus>(status, out var s) ? s switch
        {
            ActionStatus.Done => Pick(l, $"{who} meldde taak {n} als gedaan", $"{who} marked task {n} done"),
            ActionStatus.InProgress => Pick(l, $"{who} is bezig met taak {n}", $"{who} is working on task {n}"),
            ActionStatus.Waiting => Pick(l, $"{who} zette taak {n} op wachten op {text}", $"{who} set task {n} to waiting for {text}"),
            ActionStatus.NotPossible => Pick(l, $"{who} meldde dat taak {n} niet lukt ({text})", $"{who} reported that task {n} can't be done ({text})"),
            _ => Pick(l, $"{who} zette taak {n} weer open", $"{who} reopened task {n}"),
        } : Pick(l, $"{who} werkte taak {n} bij", $"{who} updated task {n}");
    }

    /// <summary>Detail is the new date (yyyy-MM-dd), then ": reason" when one was given.</summary>
    private static string RescheduledLine(Language l, string who, int? n, string? detail, DateOnly today)
    {
        var (date, reason) = Split(detail, ':');
        var when = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? DutchDates.Short(d, today, l) : null;
        var why = reason is { Length: > 0 } ? $" ({UserText.Escape(reason)})" : "";
        return when is null
            ? Pick(l, $"{who} gaf taak {n} een nieuwe datum{why}", $"{who} gave task {n} a new date{why}")
            : Pick(l, $"{who} gaf taak {n} een nieuwe datum: {when}{why}", $"{who} gave task {n} a new date: {when}{why}");
    }

    /// <summary>Detail is "number:kind".</summary>
    private static string EscalationLine(Language l, string who, int? n, string? detail)
    {
        var (_, kindText) = Split(detail, ':');
        var task = n is { } t ? Pick(l, $"taak {t}", $"task {t}") : Pick(l, "dit gezin", "this family");
        return Enum.TryParse<EscalationKind>(kindText, out var kind) ? kind switch
        {
            EscalationKind.Overdue => Pick(l, $"{who} legde {task} voor aan de procesmanager, omdat die lang over de datum is", $"{who} put {task} before the procesmanager, as it is long past its date"),
            EscalationKind.RegisseurEscalated => Pick(l, $"{who} legde {task} voor aan de procesmanager", $"{who} put {task} before the procesmanager"),
            EscalationKind.Knelpunt => Pick(l, $"{who} meldde een knelpunt bij de procesmanager", $"{who} raised a bottleneck with the procesmanager"),
            EscalationKind.Impasse => Pick(l, $"{who} vroeg de procesmanager om een besluit (geen overeenstemming)", $"{who} asked the procesmanager for a decision (no agreement)"),
            _ => Pick(l, $"{who} legde {task} voor aan de procesmanager", $"{who} put {task} before the procesmanager"),
        } : Pick(l, $"{who} legde {task} voor aan de procesmanager", $"{who} put {task} before the procesmanager");
    }

    /// <summary>Detail is "number:event".</summary>
    private static string EscalationHandledLine(Language l, string who, int? n, string? detail)
    {
        var (_, eventText) = Split(detail, ':');
        var about = n is { } t ? Pick(l, $" over taak {t}", $" about task {t}") : "";
        return Enum.TryParse<EscalationEventKind>(eventText, out var kind) ? kind switch
        {
            EscalationEventKind.Acknowledged => Pick(l, $"{who} nam de escalatie{about} in behandeling", $"{who} took up the escalation{about}"),
            EscalationEventKind.DeadlineSet => Pick(l, $"{who} gaf een nieuwe termijn{about}", $"{who} set a new deadline{about}"),
            EscalationEventKind.Reassigned => Pick(l, $"{who} legde de taak{about} bij iemand anders", $"{who} gave the task{about} to someone else"),
            EscalationEventKind.CasusoverlegCalled => Pick(l, $"{who} riep een casusoverleg bijeen{about}", $"{who} called a case conference{about}"),
            EscalationEventKind.DecisionRecorded => Pick(l, $"{who} nam een besluit{about}", $"{who} made a decision{about}"),
            EscalationEventKind.EscalatedToBoard => Pick(l, $"{who} legde de escalatie{about} voor aan het bestuur", $"{who} took the escalation{about} to the board"),
            EscalationEventKind.Deescalated => Pick(l, $"{who} haalde de escalatie{about} van tafel", $"{who} took the escalation{about} off the table"),
            _ => Pick(l, $"{who} handelde de escalatie{about} af", $"{who} dealt with the escalation{about}"),
        } : Pick(l, $"{who} handelde de escalatie{about} af", $"{who} dealt with the escalation{about}");
    }

    /// <summary>Detail is the notice kind, with ":step" for the ladder.</summary>
    private static string NoticeLine(Language l, FamilyState f, string who, int? n, string? detail)
    {
        var (kindText, stepText) = Split(detail, ':');
        var owner = n is { } number && f.FindAction(number) is { } a ? Name(f, a.OwnerUserId) : Pick(l, "de eigenaar", "the owner");
        if (!Enum.TryParse<NoticeKind>(kindText, out var kind)) return Pick(l, $"{who} stuurde een bericht over taak {n}", $"{who} sent a message about task {n}");
        return kind switch
        {
            NoticeKind.Ladder when Enum.TryParse<LadderStep>(stepText, out var step) => step switch
            {
                LadderStep.Due => Pick(l, $"{who} herinnerde {owner} aan taak {n}", $"{who} reminded {owner} of task {n}"),
                LadderStep.Late => Pick(l, $"{who} herinnerde {owner} nog eens aan taak {n} en liet het de regisseur weten", $"{who} reminded {owner} again of task {n} and told the regisseur"),
                LadderStep.RegisseurOptions => Pick(l, $"{who} vroeg de regisseur wat taak {n} nodig heeft", $"{who} asked the regisseur what task {n} needs"),
                LadderStep.Procesmanager => Pick(l, $"{who} stuurde de procesmanager de procesgegevens van taak {n}", $"{who} sent the procesmanager the process facts of task {n}"),
                _ => Pick(l, $"{who} stuurde een herinnering over taak {n}", $"{who} sent a reminder about task {n}"),
            },
            NoticeKind.WaitingEnded => Pick(l, $"{who} vroeg {owner} wat er in de tussentijd met taak {n} gebeurt", $"{who} asked {owner} what happens with task {n} in the meantime"),
            NoticeKind.Stall => Pick(l, $"{who} vroeg aandacht, omdat het stil was rond dit gezin", $"{who} asked for attention, as it had been quiet around this family"),
            NoticeKind.ReferralSilent => Pick(l, $"{who} vroeg om terugkoppeling over taak {n}", $"{who} asked for feedback on task {n}"),
            NoticeKind.MeetingAgenda => Pick(l, $"{who} zette de agenda van het casusoverleg in het gesprek", $"{who} posted the case conference's agenda in the chat"),
            NoticeKind.DatelessAsked => Pick(l, $"{who} vroeg {owner} om een datum voor taak {n}", $"{who} asked {owner} for a date for task {n}"),
            NoticeKind.Unreachable => Pick(l, $"{who} vroeg de regisseur wat we doen nu het gezin niet bereikbaar is", $"{who} asked the regisseur what to do now the family cannot be reached"),
            NoticeKind.PlanNotAgreed or NoticeKind.EvaluationDue or NoticeKind.ExtensionEnded or NoticeKind.AftercareEnded => LifecycleNoticeLine(l, kind, who)!,
            _ => Pick(l, $"{who} stuurde een bericht over taak {n}", $"{who} sent a message about task {n}"),
        };
    }

    private static string DateDetail(Language l, string? detail) =>
        DateOnly.TryParseExact(detail, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? DutchDates.Long(d, l) : "?";

    private static (string Key, string? Value) Split(string? detail, char separator)
    {
        if (string.IsNullOrEmpty(detail)) return ("", null);
        var at = detail.IndexOf(separator);
        return at < 0 ? (detail.Trim(), null) : (detail[..at].Trim(), detail[(at + 1)..].Trim());
    }
}
