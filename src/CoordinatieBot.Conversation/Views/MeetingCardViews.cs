using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Views;

/// <summary>An action on an agenda or a summary: its number, short title, owner's name and status words (no more than the plan card shows).</summary>
public sealed record AgendaAction(int Number, string Title, string OwnerName, string Status);

/// <summary>A goal on an agenda or a summary: its number, leefgebied, short text, and the family's words where the summary shows them.</summary>
public sealed record AgendaGoal(int Number, string Leefgebied, string Text, string? FamilyWords = null);

/// <summary>
/// The agenda the thread gets the morning of a casusoverleg: when, whether the family joins, and what to discuss: the
/// late and waiting actions, the goals without an open action, the open escalations (numbers only).
/// </summary>
public sealed record MeetingAgendaCardView(
    string FamilyId,
    string Alias,
    Meeting Meeting,
    IReadOnlyList<AgendaAction> Late,
    IReadOnlyList<AgendaAction> Waiting,
    IReadOnlyList<AgendaGoal> GoalsWithoutActions,
    IReadOnlyList<(int Number, int? ActionNumber)> OpenEscalations,
    DateOnly Today,
    Language Language) : CardView(Language)
{
    public const int MaxShown = 10;

    public static MeetingAgendaCardView For(FamilyState f, Meeting m, DateOnly today, Language l)
    {
        var open = f.Actions.Where(a => !a.IsClosed).ToList();
        var late = open.Where(a => a.IsOverdueOn(today)).OrderBy(a => a.LatenessCountsFrom()).ThenBy(a => a.Number).Select(a => Item(f, a, today, l)).ToList();
        var waiting = open.Where(a => a.Status == ActionStatus.Waiting && !a.IsOverdueOn(today)).OrderBy(a => a.Number).Select(a => Item(f, a, today, l)).ToList();
        var goals = GoalsWithoutOpenActions(f).Select(g => new AgendaGoal(g.Number, g.Leefgebied, g.Text)).ToList();
        var escalations = f.Escalations.Where(e => e.Status != EscalationStatus.Resolved).Select(e => (e.Number, e.ActionNumber)).ToList();
        return new MeetingAgendaCardView(f.Id, f.Alias, m, late, waiting, goals, escalations, today, l);
    }

    /// <summary>Goals whose leefgebied has no open action.</summary>
    public static IEnumerable<Goal> GoalsWithoutOpenActions(FamilyState f) =>
        f.Plan.Goals.Where(g => !f.Actions.Any(a => !a.IsClosed && string.Equals(a.Leefgebied, g.Leefgebied, StringComparison.OrdinalIgnoreCase)));

    internal static AgendaAction Item(FamilyState f, PlanAction a, DateOnly today, Language l)
    {
        var status = a.Status == ActionStatus.Waiting && a.WaitingUntil is { } until
            ? Texts.Messages.StatusName(l, a) + Texts.CardTexts.PlanCard.WaitingUntil(l, until, today)
            : $"{Texts.Messages.StatusName(l, a)} · {(a.Due is { } d ? Texts.DutchDates.Short(d, today, l) : Texts.CardTexts.NoDate(l))}";
        return new AgendaAction(a.Number, a.Description, f.FindMember(a.OwnerUserId)?.Name ?? "?", status);
    }
}

/// <summary>
/// The 1:1 summary for the new regisseur after a handover (warme overdracht): goals with the family's words, open and
/// waiting actions, consent, the last decisions of the casusoverleggen, and who is involved.
/// </summary>
public sealed record HandoverSummaryCardView(
    string FamilyId,
    string Alias,
    string FromName,
    IReadOnlyList<AgendaGoal> Goals,
    IReadOnlyList<AgendaAction> Actions,
    IReadOnlyList<(string Organisations, DateOnly? Until, string GivenBy)> Consents,
    IReadOnlyList<(DateOnly On, string Text, int? ActionNumber)> Decisions,
    IReadOnlyList<(string Name, string? Organisation, MemberRole Role, bool IsRegisseur)> People,
    Meeting? NextMeeting,
    DateOnly Today,
    Language Language) : CardView(Language)
{
    public const int MaxShown = 15;

    public static HandoverSummaryCardView For(FamilyState f, string fromUserId, DateOnly today, Language l) => new(
        f.Id,
        f.Alias,
        f.FindMember(fromUserId)?.Name ?? "?",
        [.. f.Plan.Goals.Select(g => new AgendaGoal(g.Number, g.Leefgebied, g.Text, g.FamilyWords))],
        [.. f.Actions.Where(a => !a.IsClosed).OrderBy(a => a.Number).Select(a => MeetingAgendaCardView.Item(f, a, today, l))],
        [.. f.Consents.Where(c => c.IsValidOn(today)).Select(c => (string.Join(", ", c.Organisations), c.Until, c.GivenBy))],
        [.. Family.LastDecisions(f).Select(d => (DutchTime.DateOf(d.DecidedAt), d.Text, d.ActionNumber))],
        [.. f.Members.Where(m => m.Active).Select(m => (m.Name, m.Organisation, m.Role, f.Regisseur?.UserId == m.UserId))],
        Family.NextMeeting(f, today),
        today,
        l);
}

/// <summary>"Heeft het gezin de nieuwe regisseur ontmoet?": ja / gepland / nog niet, to the new and the previous regisseur, 1:1.</summary>
public sealed record FamilyMetCardView(string FamilyId, string Alias, string NewRegisseurName, bool ForNewRegisseur, Language Language) : CardView(Language)
{
    /// <summary>Once answered: what was recorded; the card then has no buttons.</summary>
    public string? Answered { get; init; }
}
