using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Domain;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Conversation.Tabs;

/// <summary>
/// "Plan voor het gezin" on the host's page: the family's own version of the plan for its regisseur, and the record that
/// it was shared with the family. Only the family's regisseur (an active member, the family open, in the same tenant)
/// gets it; for anyone else, another family's id or an id that names no family the answer is the same
/// <see cref="FamilyPlanOutcome.NotFound"/>. The recording goes through the card buttons' operation, which checks
/// membership again, saves and records the history.
/// </summary>
public sealed class FamilyPlanTab(
    IFamilyRepository families,
    IConversationReferenceStore references,
    IPeopleDirectory directory,
    CoordinationService coordination,
    TimeProvider time,
    ILogger<FamilyPlanTab> log)
{
    private readonly TabFamilies _families = new(families, references);

    /// <summary>
    /// The page and the document. The document is in <paramref name="familyLanguage"/> when the page picks one, else in the
    /// family's language (<see cref="FamilyState.FamilyLanguage"/>); the page's words are the person's.
    /// </summary>
    public async Task<FamilyPlanResult> ReadAsync(MyTasksPerson person, string familyId, Language? familyLanguage, string? name, CancellationToken ct)
    {
        if (await RegisseursFamilyAsync(person, familyId, ct) is not { } found) return NotFound(person.Language);
        var (state, member) = found;
        var reach = member.AadObjectId is { Length: > 0 } aad ? await ReachAsync(state.TenantId, aad, ct) : null;
        var document = FamilyPlanReader.Build(state, Today(), familyLanguage ?? Messages.ReadingLanguage(state.FamilyLanguage), name, reach?.Mail, reach?.Phone);
        return new FamilyPlanResult(FamilyPlanOutcome.Ok, Page: new FamilyPlanPage(person.Language, FamilyPlanPageTexts.For(person.Language), document));
    }

    /// <summary>"Plan gedeeld met het gezin op &lt;vandaag&gt;", and with <paramref name="discussed"/> also "besproken met het gezin".</summary>
    public async Task<FamilyPlanResult> SharedAsync(MyTasksPerson person, string familyId, bool discussed, CancellationToken ct)
    {
        var l = person.Language;
        if (await RegisseursFamilyAsync(person, familyId, ct) is not { } found) return NotFound(l);
        var (state, member) = found;
        var data = new Dictionary<string, string>
        {
            [CardVerbs.Keys.FamilyId] = state.Id,
            [CardVerbs.Keys.Language] = CardVerbs.LanguageCode(l),
            [CardVerbs.Keys.Pick] = discussed ? CardVerbs.Yes : CardVerbs.No,
        };
        var where = new ConversationKey(person.TenantId, await _families.PersonalConversationAsync(person, member.UserId, ct), ConversationKind.Personal);
        var result = await coordination.HandleCardActionAsync(
            new IncomingCardAction(where, new Actor(member.UserId, member.Name, person.AadObjectId), CardVerbs.PlanSharedWithFamily, data, CardActivityId: null), ct);
        if (result.ActionError is { } error)
        {
            if (error == Messages.StorageDown(l)) return new FamilyPlanResult(FamilyPlanOutcome.Unavailable, error);
            if (error == Messages.Refused(l, DomainError.NotAMember) || error == Messages.Refused(l, DomainError.OnlyRegisseur)) return NotFound(l);
            return new FamilyPlanResult(FamilyPlanOutcome.Invalid, error);
        }
        log.LogInformation("Family plan shared with the family (discussed: {Discussed})", discussed);
        return new FamilyPlanResult(FamilyPlanOutcome.Ok, TabTexts.FamilyPlan.Recorded(l, Today(), discussed), PlanChanged: result.PlanChanged);
    }

    private static FamilyPlanResult NotFound(Language l) => new(FamilyPlanOutcome.NotFound, TabTexts.FamilyPlan.NotFound(l));

    /// <summary>The family, when the person is its regisseur: same tenant, open, an active member who holds the regie.</summary>
    private async Task<(FamilyState State, Member Regisseur)?> RegisseursFamilyAsync(MyTasksPerson person, string familyId, CancellationToken ct)
    {
        if (await _families.MemberFamilyAsync(person, familyId, ct) is not var (state, member) || !Family.MayShareWithFamily(state, member.UserId)) return null;
        return (state, member);
    }

    /// <summary>
    /// The regisseur's mail and phone from the directory, where it has them; the plan goes without them when the directory
    /// cannot answer.
    /// </summary>
    private async Task<DirectoryPerson?> ReachAsync(string tenantId, string aadObjectId, CancellationToken ct)
    {
        var lookup = await directory.GetPersonAsync(tenantId, aadObjectId, ct);
        return lookup.IsFound ? lookup.Person : null;
    }

    private DateOnly Today() => DutchTime.DateOf(time.GetUtcNow());
}
