using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

public static partial class Messages
{
    public static string Regisseur(Language l, FamilyState family, DateOnly today)
    {
        var alias = UserText.Escape(family.Alias);
        if (family.Regisseur is not { } term)
            return Pick(l,
                $"Gezin **{alias}** heeft nog geen regisseur. Wie de regie neemt, zegt: **ik neem de regie**.",
                $"Family **{alias}** has no regisseur yet. Whoever takes the lead says: **I take the lead**.");

        var who = Person(family, term.UserId);
        var since = DutchDates.Long(term.Since, l);
        var answer = Pick(l, $"Regisseur van gezin **{alias}**: {who}, sinds {since}.", $"Regisseur of family **{alias}**: {who}, since {since}.");
        if (family.PendingHandover is { } h)
            answer += Pick(l,
                $" De regie wordt overgedragen aan {Person(family, h.ToUserId)}; tot die accepteert blijft {Name(family, term.UserId)} regisseur.",
                $" The lead is being handed over to {Person(family, h.ToUserId)}; until they accept, {Name(family, term.UserId)} stays regisseur.");
        return answer;
    }

    public static string RegieTaken(Language l, FamilyState family) => Pick(l,
        $"{Person(family, family.Regisseur!.UserId)} is nu regisseur van gezin **{UserText.Escape(family.Alias)}**.",
        $"{Person(family, family.Regisseur!.UserId)} is now the regisseur of family **{UserText.Escape(family.Alias)}**.");

    public static string HandoverProposed(Language l, FamilyState family) => Pick(l,
        $"Voorstel: de regie gaat naar {Name(family, family.PendingHandover!.ToUserId)}. {Name(family, family.PendingHandover.ToUserId)}, accepteer of weiger op de kaart. Tot dan blijft {Name(family, family.Regisseur!.UserId)} regisseur.",
        $"Proposal: the lead goes to {Name(family, family.PendingHandover!.ToUserId)}. {Name(family, family.PendingHandover.ToUserId)}, please accept or decline on the card. Until then {Name(family, family.Regisseur!.UserId)} stays regisseur.");

    public static string HandoverAccepted(Language l, FamilyState family) => Pick(l,
        $"{Person(family, family.Regisseur!.UserId)} heeft de regie geaccepteerd en is nu regisseur.",
        $"{Person(family, family.Regisseur!.UserId)} accepted the lead and is now the regisseur.");

    public static string HandoverDeclined(Language l, FamilyState family, string declinerUserId, string reason) => Pick(l,
        $"{Name(family, declinerUserId)} heeft de regie niet overgenomen: {UserText.Escape(reason)}. {Name(family, family.Regisseur!.UserId)} blijft regisseur.",
        $"{Name(family, declinerUserId)} declined the lead: {UserText.Escape(reason)}. {Name(family, family.Regisseur!.UserId)} stays regisseur.");

    /// <summary>"**Fatima** (Wijkteam Noord)".</summary>
    public static string Person(FamilyState family, string userId)
    {
        var member = family.FindMember(userId);
        var organisation = member?.Organisation is { } o ? $" ({UserText.Escape(o)})" : "";
        return $"**{Name(family, userId)}**{organisation}";
    }

    public static string Name(FamilyState family, string userId) =>
        UserText.Escape(family.FindMember(userId)?.Name ?? "?");
}
