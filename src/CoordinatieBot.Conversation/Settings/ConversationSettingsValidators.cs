using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Escalation;
using CoordinatieBot.Conversation.Privacy;
using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Settings;

/// <summary>Escalation:* (the ladder's numbers, the working day, the sweep).</summary>
public sealed class EscalationOptionsValidator() : SettingsValidator<EscalationOptions>(EscalationOptions.Section)
{
    protected override IEnumerable<string?> Problems(EscalationOptions o)
    {
        yield return AtLeast(o.ReminderAfterWorkingDays, 0, nameof(o.ReminderAfterWorkingDays));
        yield return AtLeast(o.RegisseurOptionsAfterWorkingDays, 0, nameof(o.RegisseurOptionsAfterWorkingDays));
        yield return AtLeast(o.ProcesmanagerAfterWorkingDays, 0, nameof(o.ProcesmanagerAfterWorkingDays));
        yield return AtLeast(o.StallAfterDays, 0, nameof(o.StallAfterDays));
        yield return AtLeast(o.ReferralFeedbackAfterDays, 0, nameof(o.ReferralFeedbackAfterDays));
        yield return AtLeast(o.WaitingCheckAfterDays, 0, nameof(o.WaitingCheckAfterDays));
        yield return AtLeast(o.DatelessAskAfterDays, 1, nameof(o.DatelessAskAfterDays));
        yield return AtLeast(o.UnreachableAskAfterWorkingDays, 1, nameof(o.UnreachableAskAfterWorkingDays));
        yield return AtLeast(o.PatternEscalations, 1, nameof(o.PatternEscalations));
        yield return AtLeast(o.PatternMonths, 1, nameof(o.PatternMonths));
        yield return o.WorkStart < o.WorkEnd
            ? null
            : $"{Key(nameof(o.WorkStart))} ({o.WorkStart:HH\\:mm}) must be before {Key(nameof(o.WorkEnd))} ({o.WorkEnd:HH\\:mm})";
        yield return Positive(o.SweepInterval, nameof(o.SweepInterval));
        yield return Positive(o.ClaimLease, nameof(o.ClaimLease));
        yield return AtLeast(o.Lifecycle.PlanAgreedWithinDays, 1, "Lifecycle:" + nameof(o.Lifecycle.PlanAgreedWithinDays));
        yield return AtLeast(o.Lifecycle.EvaluationAfterMonths, 1, "Lifecycle:" + nameof(o.Lifecycle.EvaluationAfterMonths));
        yield return AtLeast(o.Lifecycle.ExtensionMonths, 1, "Lifecycle:" + nameof(o.Lifecycle.ExtensionMonths));
        yield return AtLeast(o.Lifecycle.NazorgMaxMonths, 0, "Lifecycle:" + nameof(o.Lifecycle.NazorgMaxMonths));
    }
}

/// <summary>Coordination:* (the plan's life domains, what "geschiedenis" shows).</summary>
public sealed class CoordinationOptionsValidator() : SettingsValidator<CoordinationOptions>(CoordinationOptions.Section)
{
    protected override IEnumerable<string?> Problems(CoordinationOptions o)
    {
        yield return o.Leefgebieden is { Count: > 0 } ? null : $"{Key(nameof(o.Leefgebieden))} must name at least one life domain";
        yield return o.Leefgebieden.Any(string.IsNullOrWhiteSpace) ? $"{Key(nameof(o.Leefgebieden))} must not contain an empty name" : null;
        yield return AtLeast(o.HistoryEntriesShown, 1, nameof(o.HistoryEntriesShown));
        yield return AtLeast(o.CaseloadLimit, 1, nameof(o.CaseloadLimit));
        foreach (var (h, i) in o.SchoolHolidays.Select((h, i) => (h, i)))
            yield return h.First == default || h.Last < h.First
                ? $"{Key($"{nameof(o.SchoolHolidays)}:{i}")} needs a First day and a Last day on or after it, not '{h.First:yyyy-MM-dd}' to '{h.Last:yyyy-MM-dd}'"
                : null;
    }
}

/// <summary>Coordination:DefaultProcesmanager and Coordination:ProcesmanagerAdmins.</summary>
public sealed class ProcesmanagerOptionsValidator() : SettingsValidator<ProcesmanagerOptions>(CoordinationOptions.Section)
{
    protected override IEnumerable<string?> Problems(ProcesmanagerOptions o)
    {
        yield return o.DefaultProcesmanager is { AadObjectId.Length: 0, Name.Length: > 0 }
            ? $"{Key("DefaultProcesmanager:AadObjectId")} must be set when {Key("DefaultProcesmanager:Name")} is"
            : null;
        yield return o.DefaultCoordinatorRisicogezinnen is { AadObjectId.Length: 0, Name.Length: > 0 }
            ? $"{Key("DefaultCoordinatorRisicogezinnen:AadObjectId")} must be set when {Key("DefaultCoordinatorRisicogezinnen:Name")} is"
            : null;
        yield return o.ProcesmanagerAdmins.Any(string.IsNullOrWhiteSpace) ? $"{Key(nameof(o.ProcesmanagerAdmins))} must not contain an empty id" : null;
    }
}

/// <summary>Privacy:* (retention).</summary>
public sealed class PrivacyOptionsValidator() : SettingsValidator<PrivacyOptions>(PrivacyOptions.Section)
{
    protected override IEnumerable<string?> Problems(PrivacyOptions o)
    {
        yield return AtLeast(o.RetentionDays, 0, nameof(o.RetentionDays));
        yield return o.RetentionRunsAt >= TimeSpan.Zero && o.RetentionRunsAt < TimeSpan.FromDays(1)
            ? null
            : $"{Key(nameof(o.RetentionRunsAt))} must be a time of day from 00:00 to 23:59, not '{o.RetentionRunsAt}'";
    }
}
