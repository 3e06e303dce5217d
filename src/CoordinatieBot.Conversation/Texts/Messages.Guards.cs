using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Ports;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.Bilingual;

namespace CoordinatieBot.Conversation.Texts;

/// <summary>Who guards which level: the procesmanager or the coördinator risicogezinnen, named by their role.</summary>
public static partial class Messages
{
    /// <summary>The role's name as professionals say it (never the enum's name).</summary>
    public static string GuardRoleName(Language l, GuardRole role) => role switch
    {
        GuardRole.CoordinatorRisicogezinnen => Pick(l, "coördinator risicogezinnen", "coordinator risicogezinnen"),
        _ => "procesmanager",
    };

    public static string CoordinatorSet(Language l, Procesmanager coordinator) => Pick(l,
        $"**{UserText.Escape(coordinator.Name)}** is nu coördinator risicogezinnen voor de gezinnen van dit team op niveau regulier, risicogezin en MPG1; MPG2 en hoger blijven bij de procesmanager. Die ziet alleen procesgegevens, geen inhoud van plannen.",
        $"**{UserText.Escape(coordinator.Name)}** is now coordinator risicogezinnen for this team's families at level regulier, risicogezin and MPG1; MPG2 and up stay with the procesmanager. They see process facts only, never plan content.");

    public static string NotAllowedToSetCoordinator(Language l) => Pick(l,
        "Alleen een beheerder, de procesmanager of de huidige coördinator risicogezinnen kan de coördinator instellen.",
        "Only an administrator, the procesmanager or the current coordinator risicogezinnen can set the coordinator.");

    public static string WhoIsCoordinator(Language l, Procesmanager? coordinator, Procesmanager? procesmanager) => coordinator is null
        ? Pick(l, $"Er is geen coördinator risicogezinnen ingesteld voor dit team, dus de procesmanager{PmName(procesmanager)} bewaakt alle niveaus. Instellen: **coördinator is** @naam.",
            $"No coordinator risicogezinnen is set for this team, so the procesmanager{PmName(procesmanager)} guards every level. To set one: **coordinator is** @name.")
        : Pick(l, $"Coördinator risicogezinnen voor dit team: **{UserText.Escape(coordinator.Name)}** (regulier, risicogezin en MPG1). MPG2 en hoger: de procesmanager{PmName(procesmanager)}.",
            $"Coordinator risicogezinnen for this team: **{UserText.Escape(coordinator.Name)}** (regulier, risicogezin and MPG1). MPG2 and up: the procesmanager{PmName(procesmanager)}.");

    private static string PmName(Procesmanager? pm) => pm is null ? "" : $" (**{UserText.Escape(pm.Name)}**)";

    /// <summary>In a family's thread "wie is procesmanager?" also says who guards this family, when that is the coördinator.</summary>
    public static string FamilyGuardedBy(Language l, FamilyState f, Procesmanager guard) => Pick(l,
        $"Gezin **{UserText.Escape(f.Alias)}** ({LevelName(f.Level)}) wordt bewaakt door {GuardRoleName(l, guard.Role)} **{UserText.Escape(guard.Name)}**.",
        $"Family **{UserText.Escape(f.Alias)}** ({LevelName(f.Level)}) is guarded by {GuardRoleName(l, guard.Role)} **{UserText.Escape(guard.Name)}**.");

    /// <summary>To the new guard, before the escalation card: the family's level changed, so this is theirs now.</summary>
    public static string EscalationMovedToYou(Language l, FamilyState f, FamilyLevel from) => Pick(l,
        $"Gezin **{UserText.Escape(f.Alias)}** is van niveau {LevelName(from)} naar {LevelName(f.Level)} gegaan. Deze open escalatie ligt nu bij jou als {GuardRoleName(l, GuardRoleFor(f.Level))}:",
        $"Family **{UserText.Escape(f.Alias)}** went from level {LevelName(from)} to {LevelName(f.Level)}. This open escalation is now yours as {GuardRoleName(l, GuardRoleFor(f.Level))}:");

    /// <summary>In the thread, after the level change: who has the open escalations now.</summary>
    public static string EscalationsMoveWithLevel(Language l, Procesmanager to) => Pick(l,
        $"De open escalaties gaan mee naar {GuardRoleName(l, to.Role)} **{UserText.Escape(to.Name)}**.",
        $"The open escalations move to {GuardRoleName(l, to.Role)} **{UserText.Escape(to.Name)}**.");

    /// <summary>To the old guard: process facts only (alias, levels, number, who has it now).</summary>
    public static string EscalationMovedAway(Language l, FamilyState f, FamilyLevel from, FamilyEscalation e, Procesmanager to) => Pick(l,
        $"Gezin **{UserText.Escape(f.Alias)}** is van niveau {LevelName(from)} naar {LevelName(f.Level)} gegaan. Escalatie {e.Number} ligt nu bij {GuardRoleName(l, to.Role)} **{UserText.Escape(to.Name)}**; je hoeft er niets meer mee. Dank je wel!",
        $"Family **{UserText.Escape(f.Alias)}** went from level {LevelName(from)} to {LevelName(f.Level)}. Escalation {e.Number} is now with {GuardRoleName(l, to.Role)} **{UserText.Escape(to.Name)}**; nothing more to do for you. Thank you!");

    private static GuardRole GuardRoleFor(FamilyLevel level) =>
        Family.GuardedByCoordinator(level) ? GuardRole.CoordinatorRisicogezinnen : GuardRole.Procesmanager;

    /// <summary>History lines of absence and of escalations moving with the level (process facts, no plan content).</summary>
    private static string GuardHistoryLine(Language l, FamilyState f, HistoryEntry e, string who)
    {
        var until = DateOnly.TryParse(e.Detail, System.Globalization.CultureInfo.InvariantCulture, out var d) ? DutchDates.Long(d, l) : "?";
        switch (e.Kind)
        {
            case HistoryKind.AbsenceRecorded when e.SubjectUserId is { } cover:
                return Pick(l, $"{who} is afwezig tot {until}, vervanger {Name(f, cover)}", $"{who} is away until {until}, cover {Name(f, cover)}");
            case HistoryKind.AbsenceRecorded:
                return Pick(l, $"{who} is afwezig tot {until}, zonder vervanger", $"{who} is away until {until}, without cover");
            case HistoryKind.AbsenceEnded:
                return Pick(l, $"{who} is weer terug", $"{who} is back");
        }
        var parts = (e.Detail ?? "").Split(':', '-', '>');
        var number = parts.Length > 0 ? parts[0] : "?";
        var to = parts.Length > 0 && Enum.TryParse<FamilyLevel>(parts[^1], out var level) ? level : f.Level;
        return Pick(l, $"escalatie {number} ging mee naar de {GuardRoleName(l, GuardRoleFor(to))} (niveau {LevelName(to)})",
            $"escalation {number} moved to the {GuardRoleName(l, GuardRoleFor(to))} (level {LevelName(to)})");
    }
}
