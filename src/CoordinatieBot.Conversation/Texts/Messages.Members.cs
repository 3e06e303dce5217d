using System.Text;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

public static partial class Messages
{
    public static string WhoIsWho(Language l, FamilyState family)
    {
        var sb = new StringBuilder(Pick(l, $"Betrokken bij gezin **{UserText.Escape(family.Alias)}**:", $"Involved with family **{UserText.Escape(family.Alias)}**:"));
        foreach (var m in family.Members.Where(m => m.Active).OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase))
        {
            sb.Append("\n- **").Append(UserText.Escape(m.Name)).Append("**");
            sb.Append(" · ").Append(m.Organisation is { } o ? UserText.Escape(o) : Pick(l, "organisatie onbekend", "organisation unknown"));
            sb.Append(" · ").Append(RoleName(l, m.Role));
            if (family.Regisseur?.UserId == m.UserId) sb.Append(Pick(l, " · **regisseur**", " · **regisseur**"));
        }
        sb.Append(Pick(l,
            "\n\nVul aan met **ik ben van** organisatie en **mijn rol:** uitvoerder, verwijzer of observer.",
            "\n\nAdd yours with **I'm from** organisation and **my role:** executor, referrer or observer."));
        return sb.ToString();
    }

    public static string RoleName(Language l, MemberRole role) => role switch
    {
        MemberRole.Uitvoerder => Pick(l, "uitvoerder", "executor"),
        MemberRole.Verwijzer => Pick(l, "verwijzer", "referrer"),
        MemberRole.Observer => Pick(l, "observer (consultatie)", "observer (consultation)"),
        _ => role.ToString(),
    };

    public static string OrganisationSet(Language l, string name, string organisation) => Pick(l,
        $"Genoteerd: **{UserText.Escape(name)}** is van {UserText.Escape(organisation)}.",
        $"Noted: **{UserText.Escape(name)}** is from {UserText.Escape(organisation)}.");

    public static string RoleSet(Language l, string name, MemberRole role) => Pick(l,
        $"Genoteerd: de rol van **{UserText.Escape(name)}** in dit gezin is {RoleName(l, role)}.",
        $"Noted: **{UserText.Escape(name)}**'s role in this family is {RoleName(l, role)}.");

    public static string ConsentIncomplete(Language l) => Pick(l,
        "Voor toestemming heb ik nodig: wie gaf die (rol, geen naam), hoe (schriftelijk of mondeling) en voor welke organisaties. Bijvoorbeeld: **toestemming:** moeder, schriftelijk, voor Wijkteam, School, doel: afstemming hulp, tot 1 juni 2027.",
        "For consent I need: who gave it (a role, not a name), how (written or verbal) and for which organisations. For example: **consent:** mother, written, for Wijkteam, School, purpose: coordinating help, until 1 June 2027.");

    public static string ConsentRecorded(Language l, ConsentRecord consent) => Pick(l,
        $"Toestemming vastgelegd: gegeven door {UserText.Escape(consent.GivenBy)} ({UserText.Escape(consent.How)}), voor {UserText.Escape(string.Join(", ", consent.Organisations))}" +
        (consent.Until is { } u ? $", tot {DutchDates.Long(u, l)}." : "."),
        $"Consent recorded: given by {UserText.Escape(consent.GivenBy)} ({UserText.Escape(consent.How)}), for {UserText.Escape(string.Join(", ", consent.Organisations))}" +
        (consent.Until is { } u2 ? $", until {DutchDates.Long(u2, l)}." : "."));
}
