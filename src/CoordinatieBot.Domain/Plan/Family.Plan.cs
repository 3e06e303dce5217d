namespace CoordinatieBot.Domain;

/// <summary>The plan's content: goals per leefgebied, the family's own words, strengths, worries, agreement.</summary>
public sealed partial class Family
{
    public DomainResult AddGoal(Actor actor, string leefgebied, string text, string? familyWords, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (CheckText(text) is { Succeeded: false } bad) return bad;
        if (familyWords is not null && CheckText(familyWords) is { Succeeded: false } badWords) return badWords;

        var number = State.Plan.Goals.IsEmpty ? 1 : State.Plan.Goals.Max(g => g.Number) + 1;
        var goal = new Goal
        {
            Number = number, Leefgebied = leefgebied, Text = text.Trim(), FamilyWords = familyWords?.Trim(),
            CreatedAt = now, CreatedBy = actor.UserId,
        };
        Apply(actor, now, State with { Plan = State.Plan with { Goals = State.Plan.Goals.Add(goal) } },
            HistoryKind.GoalAdded, detail: $"{number}");
        return DomainResult.Ok;
    }

    public DomainResult AddFamilyWords(Actor actor, int goalNumber, string words, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (CheckText(words) is { Succeeded: false } bad) return bad;
        var goal = State.Plan.Goals.Find(g => g.Number == goalNumber);
        if (goal is null) return DomainError.NoSuchGoal;

        var goals = State.Plan.Goals.Replace(goal, goal with { FamilyWords = words.Trim() });
        Apply(actor, now, State with { Plan = State.Plan with { Goals = goals } }, HistoryKind.FamilyWordsAdded, detail: $"{goalNumber}");
        return DomainResult.Ok;
    }

    public DomainResult AddStrength(Actor actor, string text, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (CheckText(text) is { Succeeded: false } bad) return bad;
        Apply(actor, now, State with { Plan = State.Plan with { Strengths = State.Plan.Strengths.Add(text.Trim()) } }, HistoryKind.StrengthAdded);
        return DomainResult.Ok;
    }

    public DomainResult AddWorry(Actor actor, string text, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (CheckText(text) is { Succeeded: false } bad) return bad;
        Apply(actor, now, State with { Plan = State.Plan with { Worries = State.Plan.Worries.Add(text.Trim()) } }, HistoryKind.WorryAdded);
        return DomainResult.Ok;
    }

    /// <summary>Records whether the plan was discussed with the family. Without the family needs a reason.</summary>
    public DomainResult RecordAgreement(Actor actor, AgreementKind kind, DateOnly? on, string? reason, DateOnly today, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (kind == AgreementKind.WithoutFamily && string.IsNullOrWhiteSpace(reason)) return DomainError.ReasonRequired;
        var agreement = new PlanAgreement { Kind = kind, On = on ?? today, Reason = reason?.Trim() };
        Apply(actor, now, State with { Plan = State.Plan with { Agreement = agreement } }, HistoryKind.AgreementRecorded, detail: kind.ToString());
        AfterAgreement(kind);
        return DomainResult.Ok;
    }

    public DomainResult RecordConsent(Actor actor, ConsentRecord consent, DateOnly today, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (CheckText(consent.GivenBy) is { Succeeded: false } bad) return bad;
        if (consent.Organisations.IsEmpty) return DomainError.EmptyText;
        if (consent.Until is { } until && until < today) return DomainError.DateInPast;
        var recorded = consent with { RecordedAt = now, RecordedBy = actor.UserId };
        Apply(actor, now, State with { Consents = State.Consents.Add(recorded) }, HistoryKind.ConsentRecorded,
            detail: string.Join(", ", recorded.Organisations));
        return DomainResult.Ok;
    }
}
