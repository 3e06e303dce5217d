using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Conversation.Texts;

namespace CoordinatieBot.Conversation.Tabs;

/// <summary>What a line of the family's plan is, for the page and the PDF to lay it out; never shown.</summary>
public enum FamilyPlanLineKind
{
    /// <summary>A heading inside a section (a life domain in everyday words, or what someone will do).</summary>
    Subheading,
    /// <summary>The family's own words, shown first and as a quote.</summary>
    Quote,
    Text,
    /// <summary>A smaller line under the one before it (who does it, by when).</summary>
    Detail,
    /// <summary>A label with room after it to write: a date or a signature.</summary>
    SignLine,
}

public sealed record FamilyPlanLine(FamilyPlanLineKind Kind, string Text);

public sealed record FamilyPlanSection(string Heading, IReadOnlyList<FamilyPlanLine> Lines);

/// <summary>
/// The family's own version of the plan, in the family's language, as plain words only: what the page shows and the
/// PDF prints. It holds the family's words, the goals, the open actions (the family's own first), the contact person,
/// the next moment to talk and a place to sign; never worries, notes between professionals, process facts (level,
/// phase, escalations, lateness) or internal codes (task numbers, statuses).
/// </summary>
public sealed record FamilyPlanDocument(Language Language, string Title, string Intro, string MadeOn, IReadOnlyList<FamilyPlanSection> Sections)
{
    /// <summary>Every word of the document, in order: for tests and for a search in it.</summary>
    public IEnumerable<string> AllText() =>
        new[] { Title, Intro, MadeOn }.Concat(Sections.SelectMany(s => s.Lines.Select(l => l.Text).Prepend(s.Heading)));
}

/// <summary>The words of the page around the document, in the regisseur's language.</summary>
public sealed record FamilyPlanPageTexts(
    string Title, string Intro, string NameLabel, string NameHint, string LanguageLabel, string Dutch, string English, string Download,
    string SharedHeading, string DiscussedLabel, string RecordShared, string SharedHint, string Failed)
{
    public static FamilyPlanPageTexts For(Language l) => new(
        TabTexts.FamilyPlan.PageTitle(l), TabTexts.FamilyPlan.PageIntro(l), TabTexts.FamilyPlan.NameLabel(l), TabTexts.FamilyPlan.NameHint(l),
        TabTexts.FamilyPlan.LanguageLabel(l), TabTexts.FamilyPlan.Dutch(l), TabTexts.FamilyPlan.English(l), TabTexts.FamilyPlan.Download(l),
        TabTexts.FamilyPlan.SharedHeading(l), TabTexts.FamilyPlan.DiscussedLabel(l), TabTexts.FamilyPlan.RecordShared(l),
        TabTexts.FamilyPlan.SharedHint(l), TabTexts.FamilyPlan.Failed(l));
}

/// <summary>The page: its own words (the regisseur's language) and the family's plan (the family's language).</summary>
public sealed record FamilyPlanPage(Language Language, FamilyPlanPageTexts Texts, FamilyPlanDocument Document);

public enum FamilyPlanOutcome
{
    Ok,
    /// <summary>Not the regisseur, not a member, another tenant, or no such family: one answer for all, so nothing leaks.</summary>
    NotFound,
    Unavailable,
    Invalid,
}

/// <summary>The outcome, the page (for a read) and the bot's words.</summary>
public sealed record FamilyPlanResult(FamilyPlanOutcome Outcome, string? Message = null, FamilyPlanPage? Page = null,
    Views.PlanCardView? PlanChanged = null)
{
    public bool Found => Outcome == FamilyPlanOutcome.Ok;
}
