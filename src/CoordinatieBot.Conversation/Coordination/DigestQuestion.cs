using CoordinatieBot.Domain;

namespace CoordinatieBot.Conversation.Coordination;

/// <summary>
/// A question of the method (not a reminder) that is still open for a person: people on the daily overview get
/// these in it instead of on separate cards, every day until the action has news.
/// </summary>
public sealed record DigestQuestion(FamilyState Family, PlanAction Action, NoticeKind Kind, bool ToReferrer)
{
    public static IEnumerable<DigestQuestion> OpenFor(FamilyState family, string userId, DateOnly today)
    {
        foreach (var a in family.Actions.Where(a => !a.IsClosed))
        {
            // Each was asked (recorded by the timers) and nothing happened to the action since.
            var referralAsked = a.ReferrerUserId is not null && a.ReferralAskedAt is { } r && r >= a.UpdatedAt;
            if (a.OwnerUserId == userId)
            {
                if (a is { Status: ActionStatus.Waiting, WaitingUntil: { } until, WaitingCheckSent: true } && until <= today)
                    yield return new DigestQuestion(family, a, NoticeKind.WaitingEnded, false);
                if (a.IsWaitingWithoutDate && a.WaitingAskedAt is { } asked && asked >= a.UpdatedAt)
                    yield return new DigestQuestion(family, a, NoticeKind.StillWaiting, false);
                if (referralAsked) yield return new DigestQuestion(family, a, NoticeKind.ReferralSilent, false);
                if (a is { Due: null, DateAskedAt: { } dateAsked } && dateAsked >= a.UpdatedAt && a.ExpectedOn is null && !a.IsWaitingWithoutDate)
                    yield return new DigestQuestion(family, a, NoticeKind.DatelessAsked, false);
            }
            else if (a.ReferrerUserId == userId && referralAsked)
            {
                yield return new DigestQuestion(family, a, NoticeKind.ReferralSilent, true);
            }
        }
    }
}
