using CoordinatieBot.Conversation.Parsing;
using CoordinatieBot.Domain;
using static CoordinatieBot.Conversation.Texts.TabTexts;

namespace CoordinatieBot.Conversation.Tabs;

/// <summary>
/// The family's own version of the plan, made from the plan (pure: no IO). What goes in is chosen here, and only this:
/// the goals per life domain with the family's words first, the open actions (the family's own as "wat jullie zelf
/// doen", then the professionals' with who and by when), the regisseur and how to reach them, the next casusoverleg or
/// evaluation, and a place to sign. Worries, strengths noted by the team, decisions, consent, the level, the phase,
/// escalations, lateness, statuses and task numbers stay out.
/// </summary>
public static class FamilyPlanReader
{
    /// <param name="name">The name the regisseur typed for the print; null or empty: the family's alias.</param>
    /// <param name="regisseurMail">The regisseur's mail address from the directory, where it has one.</param>
    /// <param name="regisseurPhone">The regisseur's phone number from the directory, where it has one.</param>
    public static FamilyPlanDocument Build(FamilyState s, DateOnly today, Language l, string? name = null, string? regisseurMail = null, string? regisseurPhone = null)
    {
        var shownName = string.IsNullOrWhiteSpace(name) ? s.Alias : Clean(name);
        var regisseur = s.Regisseur is { } r ? s.FindMember(r.UserId) : null;
        var sections = new List<FamilyPlanSection>
        {
            Goals(s, l),
            OwnActions(s, today, l),
            HelpersActions(s, today, l),
            Contact(regisseur, regisseurMail, regisseurPhone, l),
            Next(s, today, regisseur, l),
            Sign(regisseur, l),
        };
        return new FamilyPlanDocument(l, FamilyPlan.DocumentTitle(l, shownName), FamilyPlan.DocumentIntro(l), FamilyPlan.MadeOn(l, today), sections);
    }

    /// <summary>At most this many characters of a typed name: a name, not a letter.</summary>
    public const int MaxNameLength = 60;

    /// <summary>The typed name as one plain line: no control characters, no more than <see cref="MaxNameLength"/>.</summary>
    public static string Clean(string name)
    {
        var plain = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return plain.Length <= MaxNameLength ? plain : plain[..MaxNameLength].Trim();
    }

    private static FamilyPlanSection Goals(FamilyState s, Language l)
    {
        var lines = new List<FamilyPlanLine>();
        // Goals that ended in a closing stay out: the plan for the family is about what is still ahead.
        var goals = s.Plan.Goals.Where(g => g.Outcome is null).ToList();
        foreach (var area in goals.GroupBy(g => g.Leefgebied))
        {
            lines.Add(new FamilyPlanLine(FamilyPlanLineKind.Subheading, FamilyPlan.Area(l, area.Key)));
            foreach (var goal in area)
            {
                if (goal.FamilyWords is { Length: > 0 } words)
                {
                    lines.Add(new FamilyPlanLine(FamilyPlanLineKind.Detail, FamilyPlan.InYourWords(l)));
                    lines.Add(new FamilyPlanLine(FamilyPlanLineKind.Quote, $"“{words}”"));
                    if (!string.Equals(words.Trim(), goal.Text.Trim(), StringComparison.OrdinalIgnoreCase))
                    {
                        lines.Add(new FamilyPlanLine(FamilyPlanLineKind.Detail, FamilyPlan.WhatWeAgree(l)));
                        lines.Add(new FamilyPlanLine(FamilyPlanLineKind.Text, goal.Text));
                    }
                }
                else
                {
                    lines.Add(new FamilyPlanLine(FamilyPlanLineKind.Text, goal.Text));
                }
            }
        }
        if (lines.Count == 0) lines.Add(new FamilyPlanLine(FamilyPlanLineKind.Text, FamilyPlan.NoGoals(l)));
        return new FamilyPlanSection(FamilyPlan.GoalsHeading(l), lines);
    }

    private static IEnumerable<PlanAction> Open(FamilyState s, bool forFamily) =>
        s.Actions.Where(a => !a.IsClosed && a.ForFamily == forFamily).OrderBy(a => a.Due ?? DateOnly.MaxValue).ThenBy(a => a.Number);

    /// <summary>By when: the date ahead; a date that has passed says "as soon as possible", so the plan never says late.</summary>
    private static string When(PlanAction a, DateOnly today, Language l) => a.Due switch
    {
        null => FamilyPlan.NoDate(l),
        { } due when due < today => FamilyPlan.Soon(l),
        { } due => FamilyPlan.ByDate(l, due) + ".",
    };

    /// <summary>Who does it or helps: an active member of the family's thread; someone who left it is not named to the family.</summary>
    private static Member? Helper(FamilyState s, PlanAction a) => s.FindMember(a.OwnerUserId) is { Active: true } m ? m : null;

    private static FamilyPlanSection OwnActions(FamilyState s, DateOnly today, Language l)
    {
        var lines = new List<FamilyPlanLine>();
        foreach (var a in Open(s, forFamily: true))
        {
            lines.Add(new FamilyPlanLine(FamilyPlanLineKind.Subheading, a.Description));
            var helper = Helper(s, a)?.Name;
            var when = When(a, today, l);
            lines.Add(new FamilyPlanLine(FamilyPlanLineKind.Detail, helper is null ? when : $"{when} {FamilyPlan.HelpedBy(l, helper)}"));
        }
        if (lines.Count == 0) lines.Add(new FamilyPlanLine(FamilyPlanLineKind.Text, FamilyPlan.NothingYet(l)));
        return new FamilyPlanSection(FamilyPlan.OwnActionsHeading(l), lines);
    }

    private static FamilyPlanSection HelpersActions(FamilyState s, DateOnly today, Language l)
    {
        var lines = new List<FamilyPlanLine>();
        foreach (var a in Open(s, forFamily: false))
        {
            lines.Add(new FamilyPlanLine(FamilyPlanLineKind.Subheading, a.Description));
            var owner = Helper(s, a);
            var when = When(a, today, l);
            lines.Add(new FamilyPlanLine(FamilyPlanLineKind.Detail, owner is null ? when : $"{FamilyPlan.Who(l, owner.Name, owner.Organisation)} · {when}"));
        }
        if (lines.Count == 0) lines.Add(new FamilyPlanLine(FamilyPlanLineKind.Text, FamilyPlan.NothingYet(l)));
        return new FamilyPlanSection(FamilyPlan.HelpersHeading(l), lines);
    }

    private static FamilyPlanSection Contact(Member? regisseur, string? mail, string? phone, Language l)
    {
        if (regisseur is null) return new FamilyPlanSection(FamilyPlan.ContactHeading(l), [new FamilyPlanLine(FamilyPlanLineKind.Text, FamilyPlan.NoContactYet(l))]);
        var lines = new List<FamilyPlanLine>
        {
            new(FamilyPlanLineKind.Subheading, FamilyPlan.ContactIs(l, regisseur.Name, regisseur.Organisation)),
            new(FamilyPlanLineKind.Text, FamilyPlan.RegisseurExplained(l, regisseur.Name)),
        };
        if (mail is { Length: > 0 } && mail.Contains('@', StringComparison.Ordinal))
            lines.Add(new FamilyPlanLine(FamilyPlanLineKind.Text, FamilyPlan.ReachByMail(l, mail.Trim())));
        if (phone is { Length: > 0 } && phone.Any(char.IsDigit))
            lines.Add(new FamilyPlanLine(FamilyPlanLineKind.Text, FamilyPlan.ReachByPhone(l, phone.Trim())));
        return new FamilyPlanSection(FamilyPlan.ContactHeading(l), lines);
    }

    /// <summary>The next casusoverleg when one is planned; otherwise the evaluation while the support runs.</summary>
    private static FamilyPlanSection Next(FamilyState s, DateOnly today, Member? regisseur, Language l)
    {
        var lines = new List<FamilyPlanLine>();
        if (Family.NextMeeting(s, today) is { } meeting)
        {
            var text = FamilyPlan.NextMeeting(l, meeting.Date, meeting.Time);
            text += " " + (meeting.FamilyJoins == true ? FamilyPlan.YouJoin(l) : regisseur is { } r ? FamilyPlan.YouHear(l, r.Name) : "");
            lines.Add(new FamilyPlanLine(FamilyPlanLineKind.Text, text.Trim()));
        }
        if (s.Phase is FamilyPhase.Active or FamilyPhase.Evaluation && s.NextNormOn is { } evaluation && evaluation >= today)
            lines.Add(new FamilyPlanLine(FamilyPlanLineKind.Text, FamilyPlan.LookBack(l, evaluation)));
        if (lines.Count == 0) lines.Add(new FamilyPlanLine(FamilyPlanLineKind.Text, FamilyPlan.NoDateYet(l)));
        return new FamilyPlanSection(FamilyPlan.NextHeading(l), lines);
    }

    private static FamilyPlanSection Sign(Member? regisseur, Language l) => new(FamilyPlan.SignHeading(l),
    [
        new(FamilyPlanLineKind.Text, FamilyPlan.SignText(l)),
        new(FamilyPlanLineKind.SignLine, FamilyPlan.SignDate(l)),
        new(FamilyPlanLineKind.SignLine, FamilyPlan.SignFamily(l)),
        new(FamilyPlanLineKind.SignLine, FamilyPlan.SignRegisseur(l, regisseur?.Name)),
    ]);
}
