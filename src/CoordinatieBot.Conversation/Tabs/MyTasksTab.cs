using System.Collections.Concurrent;
using System.Globalization;
using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Conversation.Views;
using CoordinatieBot.Domain;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Conversation.Tabs;

/// <summary>
/// "Mijn taken" as a tab: the signed-in person's open actions over the families of their tenant they are an active
/// member of (as <see cref="MyTasksReader"/> reads them), and the buttons done / in progress / new date, made by the
/// same operation as the card buttons (<see cref="CoordinationService.HandleCardActionAsync"/>). The tab knows the
/// person by Entra object id; in each family the member with that id is the one whose Teams user id owns the actions.
/// </summary>
public sealed class MyTasksTab(
    IFamilyRepository families,
    IConversationReferenceStore references,
    CoordinationService coordination,
    TimeProvider time,
    ILogger<MyTasksTab> log)
{
    private readonly TabFamilies _families = new(families, references);

    /// <summary>Families read at once: 50 families answer in a few round trips, without flooding storage.</summary>
    public const int ParallelReads = 8;

    public async Task<MyTasksPage> ReadAsync(MyTasksPerson person, CancellationToken ct)
    {
        var l = person.Language;
        var today = Today();
        var (familyIds, knownUserId) = await FamiliesOfAsync(person, ct);
        var rows = new ConcurrentBag<MyTaskRow>();
        await Parallel.ForEachAsync(familyIds, new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = ct }, async (id, token) =>
        {
            if ((await families.GetAsync(id, token))?.Family.State is not { } state) return;
            if (state.TenantId != person.TenantId || !state.Phase.IsOpen() || TabFamilies.MemberOf(state, person.AadObjectId, knownUserId) is not { } member) return;
            foreach (var action in MyTasksReader.OwnOpenActions(state, member.UserId))
                rows.Add(Row(state, action, today, l));
        });
        var sorted = rows.OrderBy(r => r.Due ?? DateOnly.MaxValue).ThenBy(r => r.Family, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.Number).ToList();
        return new MyTasksPage(l, today, MyTasksTexts.For(l), sorted);
    }

    /// <summary>
    /// Done, in progress or a new date for one of the person's own open actions. The family must be in the person's
    /// tenant, the person an active member and the action theirs; anything else is <see cref="MyTaskOutcome.NotFound"/>
    /// with the same words. The change itself goes through the card buttons' operation: it checks membership again,
    /// saves, and tells the thread.
    /// </summary>
    public async Task<MyTaskResult> UpdateAsync(MyTasksPerson person, string familyId, int number, MyTaskUpdate update, CancellationToken ct)
    {
        var l = person.Language;
        var today = Today();
        var verb = update.Action switch
        {
            "done" => CardVerbs.ActionDone,
            "inProgress" => CardVerbs.ActionInProgress,
            "newDate" => CardVerbs.ActionNewDate,
            _ => null,
        };
        if (verb is null) return new MyTaskResult(MyTaskOutcome.Invalid, TabTexts.Tasks.UnknownAction(l));
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(update.Date))
        {
            if (!DateOnly.TryParseExact(update.Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                return new MyTaskResult(MyTaskOutcome.Invalid, Messages.DateUnreadable(l));
            if (parsed < today) return new MyTaskResult(MyTaskOutcome.Invalid, Messages.DateInPast(l, parsed));
            date = parsed;
        }
        if (verb == CardVerbs.ActionNewDate && date is null) return new MyTaskResult(MyTaskOutcome.Invalid, TabTexts.Tasks.DateNeeded(l));

        var notFound = new MyTaskResult(MyTaskOutcome.NotFound, TabTexts.Tasks.NotYours(l));
        if (await _families.MemberFamilyAsync(person, familyId, ct) is not var (state, member)) return notFound;
        if (!MyTasksReader.OwnOpenActions(state, member.UserId).Any(a => a.Number == number)) return notFound;

        var data = new Dictionary<string, string>
        {
            [CardVerbs.Keys.FamilyId] = state.Id,
            [CardVerbs.Keys.Action] = number.ToString(CultureInfo.InvariantCulture),
            [CardVerbs.Keys.Language] = CardVerbs.LanguageCode(l),
        };
        if (date is { } d) data[CardVerbs.Keys.Date] = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var where = new ConversationKey(person.TenantId, await _families.PersonalConversationAsync(person, member.UserId, ct), ConversationKind.Personal);
        var result = await coordination.HandleCardActionAsync(
            new IncomingCardAction(where, new Actor(member.UserId, member.Name, person.AadObjectId), verb, data, CardActivityId: null), ct);

        if (result.ActionError is { } error)
        {
            if (error == Messages.StorageDown(l)) return new MyTaskResult(MyTaskOutcome.Unavailable, error);
            if (error == Messages.Refused(l, DomainError.NotAMember)) return notFound;
            return new MyTaskResult(MyTaskOutcome.Invalid, error);
        }
        var message = (result.RefreshedCard as TaskCardView)?.Outcome
                      ?? result.Replies.OfType<TextReply>().FirstOrDefault()?.PlainText
                      ?? TabTexts.Tasks.Saved(l);
        var now = result.PlanChanged?.Family ?? (await families.GetAsync(state.Id, ct))?.Family.State;
        var row = now is null ? null : MyTasksReader.OwnOpenActions(now, member.UserId).FirstOrDefault(a => a.Number == number) is { } after
            ? Row(now, after, Today(), l)
            : null;
        log.LogInformation("Tab task update {Verb}: {Outcome}", verb, result.PlanChanged is null ? "unchanged" : "changed");
        return new MyTaskResult(MyTaskOutcome.Saved, message, row, result.PlanChanged);
    }

    /// <summary>
    /// The families to look in: the member index by Entra object id, and by the Teams user id the person was last seen
    /// with (families stored before members' Entra ids were indexed). Also that user id, for members stored without an
    /// Entra id.
    /// </summary>
    private async Task<(IReadOnlyList<string> Ids, string? KnownUserId)> FamiliesOfAsync(MyTasksPerson person, CancellationToken ct)
    {
        var byEntra = families.FamilyIdsOfEntraUserAsync(person.TenantId, person.AadObjectId, ct);
        var reference = await references.GetByAadObjectIdAsync(person.TenantId, person.AadObjectId, ct);
        var ids = new HashSet<string>(await byEntra, StringComparer.Ordinal);
        if (reference?.UserId is { Length: > 0 } userId)
            ids.UnionWith(await families.FamilyIdsOfMemberAsync(person.TenantId, userId, ct));
        return (ids.ToList(), reference?.UserId);
    }

    private static MyTaskRow Row(FamilyState family, PlanAction a, DateOnly today, Language l) => new(
        family.Id,
        family.Alias,
        a.Number,
        a.Description,
        a.Due,
        a.Due is not { } due ? TabTexts.Tasks.NoDate(l) : due == today ? TabTexts.Tasks.Today(l) : DutchDates.Short(due, today, l),
        a.Status switch { ActionStatus.InProgress => "inProgress", ActionStatus.Waiting => "waiting", _ => "open" },
        Messages.StatusName(l, a),
        a.IsOverdueOn(today),
        a.Status == ActionStatus.Waiting,
        a.ForFamily,
        family.ConversationId);

    private DateOnly Today() => DutchTime.DateOf(time.GetUtcNow());
}
