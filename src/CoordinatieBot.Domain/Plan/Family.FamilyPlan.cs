using System.Globalization;

namespace CoordinatieBot.Domain;

/// <summary>The family's own version of the plan: who may share it, and the record that it was shared.</summary>
public sealed partial class Family
{
    /// <summary>
    /// Only the family's regisseur shares the plan with the family: the one the family knows as its contact. Read-only
    /// check, for the pages that show it.
    /// </summary>
    public static bool MayShareWithFamily(FamilyState state, string userId) =>
        state.Phase.IsOpen() && state.Regisseur?.UserId == userId && state.IsActiveMember(userId);

    /// <summary>
    /// "Plan gedeeld met het gezin op &lt;datum&gt;": recorded in the history (who, when), not what was in it. With
    /// <paramref name="discussed"/> the plan is also recorded as discussed with the family on that day, as
    /// "plan besproken met gezin" would.
    /// </summary>
    public DomainResult RecordPlanShared(Actor actor, bool discussed, DateOnly today, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (State.Regisseur?.UserId != actor.UserId) return DomainError.OnlyRegisseur;
        Apply(actor, now, State, HistoryKind.PlanSharedWithFamily, detail: today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return discussed ? RecordAgreement(actor, AgreementKind.WithFamily, today, null, today, now) : DomainResult.Ok;
    }
}
