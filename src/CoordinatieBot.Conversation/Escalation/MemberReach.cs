using CoordinatieBot.Conversation.Coordination;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Conversation.Texts;
using CoordinatieBot.Conversation.Turns;
using CoordinatieBot.Domain;
using Microsoft.Extensions.Logging;

namespace CoordinatieBot.Conversation.Escalation;

/// <summary>
/// Reaching a member of a family: in their 1:1 chat, or, when Teams refuses one for them (a guest or someone from
/// another organisation for whom the app is not installed), with an @mention in the family's thread. The regisseur
/// hears once per person and family that this person can only be reached in the thread.
/// </summary>
public sealed class MemberReach(INoticeSender sender, INoticeClaims claims, IConversationReferenceStore references, TimeProvider time, ILogger log)
{
    private static readonly TimeSpan TellLease = TimeSpan.FromMinutes(5);
    private readonly string _host = ClaimOwner.New();

    /// <summary>
    /// A message to a member; observers never get one. True when it reached them, 1:1 or in the thread. While the member
    /// is away (<see cref="Family.StandInFor"/>) it goes to their vervanger (or the regisseur), who reads that they stand in.
    /// </summary>
    public async Task<bool> ToMemberAsync(FamilyState f, string userId, Reply message, CancellationToken ct)
    {
        var today = DutchTime.DateOf(time.GetUtcNow());
        var standIn = Family.StandInFor(f, userId, today);
        if (standIn == userId || Family.ActiveAbsence(f, userId, today) is not { } absence) return await DirectAsync(f, userId, message, ct);
        var note = Messages.StandingIn(Language.Dutch, f, absence);
        return message is TextReply text
            ? await DirectAsync(f, standIn, text with { Text = note + "\n\n" + text.Text }, ct)
            : await DirectAsync(f, standIn, new TextReply(note), ct) & await DirectAsync(f, standIn, message, ct);
    }

    /// <summary>Who gets what is meant for this member today (themselves, or who stands in while they are away).</summary>
    public string WhoGets(FamilyState f, string userId) => Family.StandInFor(f, userId, DutchTime.DateOf(time.GetUtcNow()));

    private async Task<bool> DirectAsync(FamilyState f, string userId, Reply message, CancellationToken ct)
    {
        if (f.FindMember(userId) is not { Active: true } member || member.Role == MemberRole.Observer) return false;
        var outcome = await sender.SendToPersonAsync(f.TenantId, new Recipient(member.UserId, member.AadObjectId, member.Name), message, ct);
        switch (outcome)
        {
            case SendResult.Sent:
                ReachTally.Current?.CountDirect();
                return true;
            case SendResult.Failed:
                ReachTally.Current?.CountUnreachable();
                return false;
        }

        if (!await InThreadAsync(f, member, message, ct))
        {
            log.LogWarning("Member of family {FamilyId} reached neither 1:1 nor in the thread", f.Id);
            ReachTally.Current?.CountUnreachable();
            return false;
        }
        ReachTally.Current?.CountViaThread();
        if (f.Regisseur is { } regisseur && regisseur.UserId != member.UserId) await TellRegisseurOnceAsync(f, member, regisseur.UserId, ct);
        return true;
    }

    /// <summary>True when Teams refused the last 1:1 chat with this person: they were only reached in the thread, if at all.</summary>
    public async Task<bool> OnlyInThreadAsync(FamilyState f, string userId, CancellationToken ct) =>
        await references.GetUserAsync(f.TenantId, userId, ct) is { PersonalChatRefusedAt: not null };

    private async Task<bool> InThreadAsync(FamilyState f, Member member, Reply message, CancellationToken ct)
    {
        const Language l = Language.Dutch;
        var mention = new PersonMention(member.UserId, member.Name);
        return message switch
        {
            TextReply text => await sender.ToThreadAsync(f, new TextReply(Messages.InThreadForYou(l, mention.Placeholder) + "\n\n" + text.Text) { Mentions = [mention, .. text.Mentions] }, ct),
            _ => await sender.ToThreadAsync(f, TextReply.Mentioning(Messages.InThreadForYou(l, mention.Placeholder), mention), ct)
                 && await sender.ToThreadAsync(f, message, ct),
        };
    }

    private async Task TellRegisseurOnceAsync(FamilyState f, Member member, string regisseurUserId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var claim = await claims.TryClaimAsync(f.Id, "only-in-thread:" + member.UserId, _host, now, TellLease, ct);
        if (claim.Outcome != ClaimOutcome.Claimed) return;
        var told = await ToMemberAsync(f, regisseurUserId, new TextReply(Messages.OnlyReachableInThread(Language.Dutch, f, member.UserId)), ct);
        // Not marked when it did not arrive: after the lease the next message to this person tries again.
        if (told) await claims.MarkSentAsync(claim, now, ct);
    }
}
