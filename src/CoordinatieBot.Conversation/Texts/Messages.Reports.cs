using System.Text;
using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

/// <summary>
/// What the bot sends on its own schedule: the daily overview's marks and the weekly "regie op regie" overview. The
/// weekly overview goes to the procesmanager in Dutch only, with process facts only.
/// </summary>
public static partial class Messages
{
    /// <summary>After an overdue action in "mijn taken" and the daily overview.</summary>
    public static string OverdueMark(Language l) => Pick(l, " · **te laat**", " · **overdue**");

    /// <summary>One family's line in the weekly overview: alias, level, the regisseur's organisation and what needs attention.</summary>
    public static string WeeklyOverviewFamily(FamilyState f, int overdue, int mostLateWorkingDays, DateTimeOffset? stalledSince, int openEscalations)
    {
        var facts = new List<string>();
        if (overdue > 0) facts.Add($"{overdue} te late {(overdue == 1 ? "taak" : "taken")} (langst {mostLateWorkingDays} {(mostLateWorkingDays == 1 ? "werkdag" : "werkdagen")})");
        if (stalledSince is { } since) facts.Add($"stil sinds {DutchDates.Long(since, Language.Dutch)}");
        if (openEscalations > 0) facts.Add($"{openEscalations} open {(openEscalations == 1 ? "escalatie" : "escalaties")}");
        var regisseur = f.Regisseur is { } r && f.FindMember(r.UserId) is { } m ? m.Organisation ?? "regisseur bekend" : "geen regisseur";
        return $"- **{UserText.Escape(f.Alias)}** ({LevelName(f.Level)}, regie: {UserText.Escape(regisseur)}): {string.Join(", ", facts)}";
    }

    /// <summary>The weekly overview: the week's number, how many families are active, and the lines of those that need attention.</summary>
    /// <param name="patterns">Process facts across families: caseloads above the limit, organisations that miss their actions repeatedly.</param>
    public static string WeeklyOverview(string weekNumber, int activeFamilies, IReadOnlyList<string> familyLines, IReadOnlyList<string>? patterns = null)
    {
        var sb = new StringBuilder($"**Regie op regie**, week {weekNumber}: {activeFamilies} {(activeFamilies == 1 ? "actief gezin" : "actieve gezinnen")}");
        sb.Append(familyLines.Count == 0 ? ". Nergens loopt iets vast. Mooi!" : $", {familyLines.Count} met aandacht nodig:");
        foreach (var line in familyLines) sb.Append('\n').Append(line);
        if (patterns is { Count: > 0 })
        {
            sb.Append("\n\n**Patronen**");
            foreach (var line in patterns) sb.Append("\n- ").Append(line);
        }
        sb.Append("\n\nAlleen procesgegevens; de inhoud blijft bij de professionals rond het gezin.");
        return sb.ToString();
    }
}
