namespace CoordinatieBot.Domain;

/// <summary>The family's language ("het gezin spreekt Engels"): their own version of the plan is in it.</summary>
public sealed partial class Family
{
    /// <summary>The history detail of a <see cref="HistoryKind.FamilyLanguageSet"/> entry: "nl" or "en".</summary>
    public static string LanguageDetail(FamilyLanguage language) => language == FamilyLanguage.English ? "en" : "nl";

    /// <summary>
    /// Any active member may set it: whoever speaks with the family knows which language they read. Recorded in the
    /// history with the language only.
    /// </summary>
    public DomainResult SetFamilyLanguage(Actor actor, FamilyLanguage language, DateTimeOffset now)
    {
        if (Guard(actor) is { Succeeded: false } refused) return refused;
        if (State.FamilyLanguage == language) return DomainError.Unchanged;
        Apply(actor, now, State with { FamilyLanguage = language }, HistoryKind.FamilyLanguageSet, detail: LanguageDetail(language));
        return DomainResult.Ok;
    }
}
