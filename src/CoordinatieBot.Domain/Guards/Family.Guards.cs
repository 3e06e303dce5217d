namespace CoordinatieBot.Domain;

/// <summary>Who guards the family's level: a level change can move its open escalations to another guard.</summary>
public sealed partial class Family
{
    /// <summary>Risicogezin and MPG1 (and regulier) are guarded by a coördinator risicogezinnen, MPG2 and up by the procesmanager.</summary>
    public static bool GuardedByCoordinator(FamilyLevel level) => level <= FamilyLevel.Mpg1;

    /// <summary>
    /// After a level change that gave the family another guard: its open escalations go to the new guard and the old
    /// one hears they moved (pending notices, told in working hours), recorded in the history.
    /// </summary>
    public void MoveOpenEscalations(Actor actor, FamilyLevel from, DateTimeOffset now)
    {
        foreach (var open in State.Escalations.Where(e => e.Status != EscalationStatus.Resolved).ToList())
        {
            AddPending(new PendingNotice
            {
                Kind = PendingNoticeKind.EscalationMoved,
                At = now,
                ActorUserId = actor.UserId,
                ActionNumber = open.ActionNumber,
                EscalationNumber = open.Number,
                Detail = from.ToString(),
            });
            Record(now, actor.UserId, HistoryKind.EscalationMoved, open.ActionNumber, detail: $"{open.Number}:{from}->{State.Level}");
        }
    }
}
