using CoordinatieBot.Conversation.Escalation;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Conversation.Coordination;

/// <summary>
/// Load, change, save: the one way a turn changes a family. Optimistic concurrency with retries, serialised
/// per family in this process, and never a half-written plan: the save is all or nothing.
/// </summary>
public sealed class FamilyTurns(
    IFamilyRepository families,
    EscalationPolicy policy,
    FollowUps followUps,
    TimeProvider time,
    StripedLock locks,
    ILogger<FamilyTurns> log)
{
    private const int MaxAttempts = 8;
    private static readonly TimeSpan QuietWrite = TimeSpan.FromHours(1);

    public Moment Now()
    {
        var now = time.GetUtcNow();
        return new Moment(now, DutchTime.DateOf(now));
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the turn's family and saves it; then the follow-ups of what it did run, after the
    /// turn's replies where the channel leaves them for then (<see cref="AfterReply"/>).
    /// The family is the conversation's, or the one the turn names (<see cref="TurnContext.FindsFamilyById"/>), whose
    /// membership is checked unless the turn acts as procesmanager or bot.
    /// </summary>
    /// <param name="applied">What else the save does to the family's record of applied activities (e.g. forget the replies kept for a deleted message).</param>
    public async Task<ChangeOutcome> ChangeAsync(TurnContext turn, Func<Family, Moment, FamilyChange> change, CancellationToken ct,
        Func<AppliedTurns, AppliedTurns>? applied = null)
    {
        if (turn.IsPersonal && turn.FamilyId is null) return new ChangeOutcome(TurnResult.Say(Messages.FamilyNeedsGroup(turn.Language)));
        var outcome = await RunAsync(turn, Load(turn, ct, Freshness.ForChange), Load(turn, ct), Checked(turn, change), applied, ct);
        if (outcome.State is { } saved && outcome.Events.Count > 0)
        {
            var (events, today) = (outcome.Events, Now().Today);
            await AfterReply.RunOrLeaveAsync(token => followUps.RunAsync(saved, events, turn.Actor, today, token), ct);
        }
        return outcome;
    }

    /// <summary><see cref="ChangeAsync"/> for a caller that only says what happened.</summary>
    public async Task<TurnResult> ApplyAsync(TurnContext turn, Func<Family, Moment, FamilyChange> change, CancellationToken ct) =>
        (await ChangeAsync(turn, change, ct)).Result;

    private Func<Task<VersionedFamily?>> Load(TurnContext turn, CancellationToken ct, Freshness freshness = Freshness.Checked) => turn.FindsFamilyById
        ? () => families.GetAsync(turn.FamilyId!, ct, freshness)
        : () => families.FindByConversationAsync(turn.Where.TenantId, turn.Where.ConversationId, ct, freshness);

    /// <summary>
    /// The turn's own checks around the change: a family named by a card must be the one found, in the turn's tenant;
    /// found by id, a member must still be one. A change made on a 1:1 card is told in the thread, in working hours.
    /// </summary>
    private static Func<Family, Moment, FamilyChange> Checked(TurnContext turn, Func<Family, Moment, FamilyChange> change) => (family, at) =>
    {
        if (!MayUse(turn, family.State)) return FamilyChange.Refuse(DomainError.NotAMember);
        var before = family.State;
        var outcome = change(family, at);
        if (turn is { IsPersonal: true, ActingAs: ActingAs.Member, Card: { ThreadNote: not ThreadNote.None } card } && outcome is { Answer: null, Offer: null, Result.Succeeded: true } &&
            (!ReferenceEquals(before, family.State) || card.ThreadNote == ThreadNote.Always))
            family.TellThread(turn.Actor.UserId, card.ActionNumber > 0 ? card.ActionNumber : null, card.Verb, at.Now);
        return outcome;
    };

    /// <summary>The family a card names is the one found, in the turn's tenant; found by id, the one asking is an active member.</summary>
    private static bool MayUse(TurnContext turn, FamilyState state) =>
        (turn.FamilyId is not { } id || (state.Id == id && state.TenantId == turn.Where.TenantId)) &&
        (!turn.FindsFamilyById || turn.ActingAs != ActingAs.Member || state.IsActiveMember(turn.Actor.UserId));

    /// <summary>A short, jittered wait on the real clock: contention is about now, not about the bot's domain time.</summary>
    private static Task Backoff(int attempt, CancellationToken ct) =>
        Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(2, 10 * attempt)), ct);

    /// <summary>Sets the moment the timers next look at the family; storage files it in the due index.</summary>
    public void Schedule(Family family)
    {
        family.NoteNextNorm(policy.Lifecycle);
        family.ScheduleNextCheck(policy.NextCheck(family.State));
    }

    /// <summary>Records what the timers told (idempotent) and moves the family to its next check.</summary>
    /// <remarks>The first attempt saves on <paramref name="known"/>, the state the notices were decided on; a conflict loads it again.</remarks>
    public async Task RecordNoticesAsync(VersionedFamily known, IReadOnlyList<DueNotice> notices, CancellationToken ct)
    {
        var familyId = known.Family.Id;
        using var _ = await locks.AcquireAsync(familyId, ct);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var loaded = attempt == 1 ? known with { Family = new Family(known.Family.State) } : await families.GetAsync(familyId, ct);
            if (loaded is null) return;
            var family = loaded.Family;
            var now = time.GetUtcNow();
            foreach (var notice in notices) family.RecordNotice(notice, now);
            Schedule(family);
            if (ReferenceEquals(family.State, family.Loaded)) return;
            try
            {
                await families.SaveAsync(family, loaded.Version, loaded.Applied, ct);
                return;
            }
            catch (ConcurrencyConflictException)
            {
                await Backoff(attempt, ct);
            }
        }
        log.LogWarning("Could not record notices for family {FamilyId} after {Attempts} attempts", familyId, MaxAttempts);
    }

    /// <summary>Reads the family of this conversation; notes the reader as member (a write only when something changed).</summary>
    public async Task<TurnResult> ReadAsync(TurnContext turn, Func<FamilyState, Moment, Task<TurnResult>> read, CancellationToken ct)
    {
        var l = turn.Language;
        if (turn.IsPersonal && turn.FamilyId is null) return TurnResult.Say(Messages.FamilyNeedsGroup(l));
        var loaded = await Load(turn, ct)();
        if (loaded is null) return TurnResult.Say(Messages.NoFamilyHere(l));
        var moment = Now();
        var state = loaded.Family.State;
        var stale = !state.IsActiveMember(turn.Actor.UserId) || moment.Now - state.LastMessageAt > QuietWrite;
        if (stale && state.Phase.IsOpen())
        {
            var noted = await ChangeAsync(turn, (_, _) => FamilyChange.None, ct);
            if (noted.State is null) return noted.Result;
            state = noted.State;
        }
        return await read(state, moment);
    }

    /// <summary>
    /// Only reads the turn's family, for what is asked at every look (a card's refresh, once per viewer): the checks of
    /// a change (<see cref="MayUse"/>), the family as storage has it (the repository's cached read), and no write at
    /// all, not even the reader noted as member. A refusal is for the reader alone (<see cref="TurnResult.ActionError"/>).
    /// </summary>
    public async Task<TurnResult> PeekAsync(TurnContext turn, Func<FamilyState, Moment, TurnResult> read, CancellationToken ct)
    {
        var l = turn.Language;
        if (turn.IsPersonal && turn.FamilyId is null) return Refused(Messages.FamilyNeedsGroup(l));
        var loaded = await Load(turn, ct)();
        if (loaded is null) return Refused(Messages.NoFamilyHere(l));
        if (!MayUse(turn, loaded.Family.State)) return Refused(Messages.Refused(l, DomainError.NotAMember));
        return read(loaded.Family.State, Now());

        static TurnResult Refused(string text) => TurnResult.Nothing with { ActionError = text };
    }

    /// <summary>
    /// A read for a surface outside the chat (a dialog, a search result): <see cref="PeekAsync"/>'s checks, giving the
    /// value read, or why not: no family in this conversation (<see cref="FamilyRead{T}.OutsideFamily"/>) or a refusal.
    /// </summary>
    public async Task<FamilyRead<T>> PeekStateAsync<T>(TurnContext turn, Func<FamilyState, Moment, T> read, CancellationToken ct)
        where T : class
    {
        if (turn.IsPersonal && turn.FamilyId is null) return new FamilyRead<T>(null, null, OutsideFamily: true);
        var loaded = await Load(turn, ct)();
        if (loaded is null) return new FamilyRead<T>(null, null, OutsideFamily: true);
        if (!MayUse(turn, loaded.Family.State)) return new FamilyRead<T>(null, Messages.Refused(turn.Language, DomainError.NotAMember), OutsideFamily: false);
        return new FamilyRead<T>(read(loaded.Family.State, Now()), null, OutsideFamily: false);
    }

    /// <summary>
    /// A refused or answered command from a known member only moved "last message": not worth a write (and not a change)
    /// unless the last recorded message is older than <see cref="QuietWrite"/>.
    /// </summary>
    private static bool OnlyNotedRecently(FamilyState before, Family family, Moment moment) =>
        family.Changes.Count == 0 && moment.Now - before.LastMessageAt < QuietWrite &&
        family.State == before with { LastMessageAt = family.State.LastMessageAt };

    /// <remarks>
    /// The family is read before the lock, since only the read tells which family (and so which lock) a conversation
    /// means; it is read again only when another turn held the lock meanwhile. The first read may be this process's
    /// copy unchecked (<paramref name="loadForChange"/>): a save on it fails if another host changed the family, and a
    /// turn that saves nothing answers only from a checked read.
    /// </remarks>
    private async Task<ChangeOutcome> RunAsync(TurnContext context, Func<Task<VersionedFamily?>> loadForChange, Func<Task<VersionedFamily?>> load,
        Func<Family, Moment, FamilyChange> change, Func<AppliedTurns, AppliedTurns>? applied, CancellationToken ct)
    {
        var (l, actor) = (context.Language, context.Actor);
        var joinAsMember = !context.FindsFamilyById;
        var turn = TurnIdentity.Current;
        var first = await loadForChange();
        if (first is null) return new ChangeOutcome(TurnResult.Say(Messages.NoFamilyHere(l)));
        using var held = await locks.AcquireAsync(first.Family.Id, ct);
        var known = held.Waited ? null : first;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var loaded = known ?? await load();
            known = null;
            if (loaded is null) return new ChangeOutcome(TurnResult.Say(Messages.NoFamilyHere(l)));
            if (Replay(loaded.Applied, turn) is { } replay) return new ChangeOutcome(AlreadyApplied(loaded.Family.State, replay, l));

            var family = loaded.Family;
            var before = family.State;
            var moment = Now();
            if (joinAsMember && before.Phase.IsOpen()) family.NoteMessage(actor, moment.Now);

            var outcome = change(family, moment);
            var result = Result(outcome, family.State, moment, l);
            var saves = !ReferenceEquals(before, family.State) && !OnlyNotedRecently(before, family, moment);
            if (!saves && loaded.Unchecked) continue; // nothing to save on it: the answer comes from a checked read
            if (saves)
            {
                try
                {
                    Schedule(family);
                    await families.SaveAsync(family, loaded.Version, Record(applied?.Invoke(loaded.Applied) ?? loaded.Applied, turn, result, moment), ct);
                }
                catch (ConcurrencyConflictException)
                {
                    log.LogDebug("Family {FamilyId} changed concurrently; attempt {Attempt}", family.Id, attempt);
                    await Backoff(attempt, ct);
                    continue;
                }
            }
            return outcome is { Answer: null, Offer: null, Result.Succeeded: true }
                ? new ChangeOutcome(result) { State = family.State, Events = family.Events }
                : new ChangeOutcome(result);
        }

        log.LogWarning("Gave up after {Attempts} concurrent attempts", MaxAttempts);
        return new ChangeOutcome(TurnResult.Say(Messages.Busy(l)));
    }

    private static TurnResult Result(FamilyChange outcome, FamilyState state, Moment moment, Language l)
    {
        if (outcome.Answer is { } answer) return TurnResult.Say(answer);
        if (outcome.Offer is { } offer) return offer;
        if (!outcome.Result.Succeeded)
        {
            var refusal = Messages.Refused(l, outcome.Result.Error);
            return TurnResult.Say(refusal) with { ActionError = refusal };
        }
        var result = outcome.OnSuccess(state);
        return outcome.ChangesPlan ? result with { PlanChanged = new PlanCardView(state, moment.Today, l) } : result;
    }

    /// <summary>The activity goes into the family with the change, with what the turn says, in case its host dies before saying it.</summary>
    public static AppliedTurns Record(AppliedTurns applied, TurnIdentity? turn, TurnResult result, Moment moment) =>
        turn is null
            ? applied
            : applied.With(new AppliedTurn(turn.ActivityId, turn.DeliveryId, result.Replies.OfType<TextReply>().Select(r => r.Text).ToList(), moment.Now));

    /// <summary>
    /// What to do with an activity the family already holds, or null when it does not. A second delivery changes
    /// nothing and says nothing, unless it is the same delivery come back after its host stopped: then the replies
    /// may never have gone out, so they are given again.
    /// </summary>
    public static TurnResult? Replay(AppliedTurns applied, TurnIdentity? turn)
    {
        if (turn is null || applied.Find(turn.ActivityId) is not { } found) return null;
        var sameDelivery = turn.IsRedelivery && turn.DeliveryId is not null && string.Equals(found.DeliveryId, turn.DeliveryId, StringComparison.Ordinal);
        return sameDelivery
            ? new TurnResult { Replies = found.Replies.Select(text => (Reply)new TextReply(text)).ToList(), AlreadyApplied = true }
            : TurnResult.Nothing with { AlreadyApplied = true };
    }

    private TurnResult AlreadyApplied(FamilyState state, TurnResult replay, Language l)
    {
        log.LogInformation("Activity already applied to family {FamilyId}", state.Id);
        // The same delivery again: the living card is brought up to date as well (an update in place, harmless twice).
        return replay.Replies.Count > 0 ? replay with { PlanChanged = new PlanCardView(state, Now().Today, l) } : replay;
    }
}
